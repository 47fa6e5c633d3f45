package dev.chatsdk.googlechat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chatsdk.core.json.ChatJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Assumptions;

/**
 * Google's discovery document from {@code ../shared/specs}, read once. A test that needs it is
 * skipped (with the reason) when the specs are absent, so a fresh clone still builds.
 */
final class DiscoveryDocument {
  private static JsonNode root;

  private DiscoveryDocument() {}

  static synchronized JsonNode root() {
    if (root == null) {
      Path base = Path.of(System.getProperty("chatsdk.root", "../.."));
      Path spec = base.resolve("../shared/specs/google-chat-v1-discovery.json");
      Assumptions.assumeTrue(Files.isRegularFile(spec), "skipped: " + spec + " is not present");
      try {
        root = ChatJson.readTree(Files.readString(spec));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return root;
  }

  /** Every method of the document, by id ({@code chat.spaces.messages.create}). */
  static Map<String, JsonNode> methods() {
    Map<String, JsonNode> found = new TreeMap<>();
    collect(root().get("resources"), found);
    return found;
  }

  private static void collect(JsonNode resources, Map<String, JsonNode> found) {
    if (resources == null) {
      return;
    }
    for (JsonNode resource : resources) {
      for (JsonNode m : resource.path("methods")) {
        found.put(m.path("id").asText(), m);
      }
      collect(resource.get("resources"), found);
    }
  }

  /** A schema by name; a missing node when the document has none of that name. */
  static JsonNode schema(String name) {
    return root().path("schemas").path(name);
  }

  /** Follows {@code $ref} until a schema with its own content. */
  static JsonNode resolve(JsonNode schema) {
    JsonNode s = schema;
    while (s.has("$ref")) {
      s = schema(s.get("$ref").asText());
    }
    return s;
  }
}
