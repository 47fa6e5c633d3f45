package dev.chatsdk.stream;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.chatsdk.core.json.ChatJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Against Stream's API description (skipped when {@code ../shared/specs} is absent): the SDK maps
 * exactly the event types of the description's event catalogue, and an event with every declared
 * field set decodes into its class and writes back unchanged, for every event schema.
 */
class StreamEventSpecTest {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  private static JsonNode schemas;
  private static JsonNode catalogue;

  @BeforeAll
  static void load() throws IOException {
    Path root = Paths.get(System.getProperty("chatsdk.root", "../..")).toAbsolutePath().normalize();
    Path spec = root.resolveSibling("shared").resolve("specs").resolve("stream-chat-openapi.yaml");
    Assumptions.assumeTrue(Files.isRegularFile(spec), "Stream description not found at " + spec);
    JsonNode doc = new ObjectMapper(new YAMLFactory()).readTree(spec.toFile());
    schemas = doc.path("components").path("schemas");
    catalogue = schemas.path("ChatEvent").path("discriminator").path("mapping");
  }

  private static String schemaName(String ref) {
    return ref.substring(ref.lastIndexOf('/') + 1);
  }

  @Test
  void theTypeTableIsTheDescriptionsCatalogue() {
    Map<String, String> expected = new TreeMap<>();
    catalogue.fields().forEachRemaining(e -> expected.put(e.getKey(), schemaName(e.getValue().asText())));
    Map<String, String> actual = new TreeMap<>();
    StreamEventTypes.known().forEach((k, v) -> actual.put(k, v.getSimpleName()));
    assertThat(actual).isEqualTo(expected);
  }

  @Test
  void everyEventSchemaRoundTripsWithAllItsFields() {
    int checked = 0;
    Iterator<Map.Entry<String, JsonNode>> it = catalogue.fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> entry = it.next();
      String type = entry.getKey();
      JsonNode schema = schemas.path(schemaName(entry.getValue().asText()));
      ObjectNode sample = F.objectNode();
      schema.path("properties").fields().forEachRemaining(p -> sample.set(p.getKey(), sampleValue(p.getValue())));
      sample.put("type", type);
      sample.put("custom_field", "kept");
      StreamEvent event = StreamWebhooks.parseEvent(sample.toString().getBytes(StandardCharsets.UTF_8));
      assertThat(event.getClass().getSimpleName()).as(type).isEqualTo(schemaName(entry.getValue().asText()));
      assertThat(event.getAdditionalProperties()).as(type).containsOnlyKeys("custom_field");
      assertThat(ChatJson.toTree(event)).as(type).isEqualTo(sample);
      checked++;
    }
    assertThat(checked).isEqualTo(catalogue.size());
  }

  /** A value of the property's declared type; referenced objects are written as {@code {}}. */
  private static JsonNode sampleValue(JsonNode p) {
    if (p.has("$ref")) {
      return F.objectNode();
    }
    if (p.has("enum")) {
      return p.get("enum").get(0);
    }
    switch (p.path("type").asText()) {
      case "string":
        return F.textNode("date-time".equals(p.path("format").asText()) ? "2026-05-01T10:00:00.123456Z" : "text");
      case "integer":
        return F.numberNode(7);
      case "number":
        return F.numberNode(1.5);
      case "boolean":
        return F.booleanNode(true);
      case "array":
        ArrayNode a = F.arrayNode();
        a.add(sampleValue(p.path("items")));
        return a;
      case "object":
        ObjectNode o = F.objectNode();
        if (p.path("additionalProperties").isObject()) {
          o.set("k", sampleValue(p.path("additionalProperties")));
        }
        return o;
      default:
        return F.textNode("value");
    }
  }
}
