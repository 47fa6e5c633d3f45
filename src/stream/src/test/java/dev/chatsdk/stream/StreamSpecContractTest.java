package dev.chatsdk.stream;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.chatsdk.core.json.ChatJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks what each operation sends against Stream's OpenAPI description in {@code ../shared/specs}:
 * the operation exists with that method and path, every query parameter and body or form field we
 * send is declared, required body fields are present, and the response fixtures use only declared
 * fields (plus custom data where the schema allows it, and the one deliberately unknown field).
 * Skipped, with a message, when the description is not there.
 */
class StreamSpecContractTest extends StreamTestSupport {
  private static final String UNKNOWN_FIXTURE_FIELD = "x_edge_region";
  private static JsonNode spec;

  @BeforeAll
  static void readSpec() throws IOException {
    Path root = Paths.get(System.getProperty("chatsdk.root", "../..")).toAbsolutePath().normalize();
    Path file = root.resolve("../shared/specs/stream-chat-openapi.yaml").normalize();
    Assumptions.assumeTrue(Files.isRegularFile(file),
        "Stream OpenAPI description not found at " + file + "; contract checks skipped");
    spec = new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
    correct(new ObjectMapper(new YAMLFactory()).readTree(
        root.resolve("src/codegen/src/main/resources/dev/chatsdk/codegen/stream-overlay.yaml").toFile()));
  }

  /**
   * Applies the overlay's spec corrections (docs/codegen.md, "Spec corrections") to the description,
   * so requests are checked against what the service takes, the way the generator sees it.
   */
  private static void correct(JsonNode overlay) {
    ObjectNode schemas = (ObjectNode) spec.path("components").path("schemas");
    overlay.path("schemaAdditions").fields().forEachRemaining(e -> schemas.set(e.getKey(), e.getValue()));
    overlay.path("schemaFixes").fields().forEachRemaining(e -> {
      ObjectNode schema = (ObjectNode) schemas.path(e.getKey());
      List<String> dropped = new ArrayList<>();
      e.getValue().path("remove").forEach(f -> {
        ((ObjectNode) schema.path("properties")).remove(f.asText());
        dropped.add(f.asText());
      });
      e.getValue().path("optional").forEach(f -> dropped.add(f.asText()));
      e.getValue().path("retype").fields().forEachRemaining(t ->
          ((ObjectNode) schema.path("properties")).putObject(t.getKey()).put("type", t.getValue().asText()));
      List<String> before = new ArrayList<>();
      schema.path("required").forEach(r -> before.add(r.asText()));
      ArrayNode required = schema.putArray("required");
      before.stream().filter(r -> !dropped.contains(r)).forEach(required::add);
    });
    overlay.path("methods").fields().forEachRemaining(m -> {
      if (m.getValue().has("body")) {
        JsonNode op = operationById(m.getKey());
        ((ObjectNode) op.path("requestBody").path("content").path("application/json").path("schema"))
            .put("$ref", "#/components/schemas/" + m.getValue().path("body").asText());
      }
    });
  }

  static Stream<Arguments> operations() {
    return StreamCase.ALL.keySet().stream().map(Arguments::of);
  }

  /** The operations a server calls: all of the description but the client-only or retired ones. */
  private static final Set<String> NOT_SERVER_SIDE = Set.of("Connect", "LongPoll", "Sync", "StopWatchingChannel",
      "CreateGuest", "GetCallToken__1", "GetCallToken_call_id_0", "CreateCall");

  /** The full form (ending in RequestOptions) of every operation of every API class the client hands out. */
  static List<java.lang.reflect.Method> generatedOperations() {
    List<java.lang.reflect.Method> ops = new ArrayList<>();
    for (java.lang.reflect.Method getter : StreamChatClient.class.getMethods()) {
      if (getter.getParameterCount() != 0 || !getter.getReturnType().getSimpleName().endsWith("Api")) {
        continue;
      }
      for (java.lang.reflect.Method m : getter.getReturnType().getMethods()) {
        Class<?>[] types = m.getParameterTypes();
        boolean full = types.length > 0 && types[types.length - 1] == dev.chatsdk.core.RequestOptions.class;
        if (m.getDeclaringClass() == getter.getReturnType() && full && !m.getName().endsWith("WithHttpInfo")
            && !m.getName().endsWith("Async") && !m.getName().endsWith("All")) {
          ops.add(m);
        }
      }
    }
    return ops;
  }

  @Test
  void coversEveryServerSideOperationOfTheDescription() {
    Set<String> described = new TreeSet<>();
    spec.path("paths").fields().forEachRemaining(p -> p.getValue().fields().forEachRemaining(m -> {
      String id = m.getValue().path("operationId").asText(m.getKey().toUpperCase(java.util.Locale.ROOT) + " " + p.getKey());
      if (!NOT_SERVER_SIDE.contains(id)) {
        described.add(id);
      }
    }));
    Set<String> covered = new TreeSet<>();
    for (StreamCase c : StreamCase.ALL.values()) {
      covered.add(c.operationId != null ? c.operationId : c.method.toUpperCase(java.util.Locale.ROOT) + " " + c.template);
    }
    assertThat(described).hasSize(108);
    assertThat(covered).isEqualTo(described);
    // A generated operation without a case makes the counts differ.
    assertThat(generatedOperations()).hasSize(StreamCase.ALL.size());
    Set<String> messages = new TreeSet<>();
    for (java.lang.reflect.Method m : generatedOperations()) {
      if (m.getDeclaringClass() == MessagesApi.class) {
        messages.add(m.getName());
      }
    }
    assertThat(messages).hasSize(24);
  }

  @ParameterizedTest
  @MethodSource("operations")
  void requestMatchesTheDescription(String op) {
    StreamCase c = StreamCase.ALL.get(op);
    JsonNode operation = spec.path("paths").path(c.template).path(c.method);
    assertThat(operation.isObject()).as("%s %s is described", c.method, c.template).isTrue();
    assertThat(operation.path("operationId").asText(null)).as("operationId of %s %s", c.method, c.template).isEqualTo(c.operationId);

    WM.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "application/json").withBody(fixture(op))));
    c.call.apply(client);
    LoggedRequest request = onlyRequest();

    assertThat(request.getMethod().getName()).isEqualToIgnoringCase(c.method);
    assertThat(rawPath(request)).matches(c.template.replaceAll("\\{[a-z_]+}", "[^/]+"));

    Map<String, JsonNode> declaredQuery = new LinkedHashMap<>();
    for (JsonNode p : operation.path("parameters")) {
      if (p.path("in").asText().equals("query")) {
        declaredQuery.put(p.path("name").asText(), p);
      }
    }
    Map<String, List<String>> sent = new LinkedHashMap<>(query(request));
    sent.remove("api_key"); // declared by the spec's security scheme
    assertThat(declaredQuery.keySet()).as("query parameters of %s", op).containsAll(sent.keySet());
    for (String name : sent.keySet()) {
      JsonNode schema = parameterSchema(declaredQuery.get(name));
      if (schema.has("$ref")) { // a JSON object in one query parameter (search, queryUsers, ...)
        assertDeclared(ChatJson.readTree(sent.get(name).get(0)), resolve(schema), op + " query " + name);
      }
    }

    JsonNode content = operation.path("requestBody").path("content");
    if (content.has("application/json")) {
      JsonNode schema = resolve(content.path("application/json").path("schema"));
      JsonNode body = ChatJson.readTree(request.getBodyAsString());
      assertDeclared(body, schema, op + " body");
      for (JsonNode required : schema.path("required")) {
        assertThat(body.has(required.asText())).as("%s body has required %s", op, required.asText()).isTrue();
      }
    } else if (content.has("multipart/form-data")) {
      JsonNode schema = resolve(content.path("multipart/form-data").path("schema"));
      List<String> parts = new ArrayList<>();
      for (Request.Part part : request.getParts()) {
        parts.add(part.getName());
      }
      assertThat(fieldNames(schema.path("properties"))).as("form fields of %s", op).containsAll(parts);
    } else {
      assertThat(request.getBody()).as("%s sends no body", op).isEmpty();
    }
  }

  @ParameterizedTest
  @MethodSource("operations")
  void fixtureMatchesTheDescribedResponse(String op) {
    StreamCase c = StreamCase.ALL.get(op);
    JsonNode responses = spec.path("paths").path(c.template).path(c.method).path("responses");
    String success = responses.has("201") ? "201" : "200";
    assertThat(responses.has(success)).as("%s answers %s", op, success).isTrue();
    JsonNode schema = resolve(responses.path(success).path("content").path("application/json").path("schema"));
    JsonNode fixture = ChatJson.readTree(fixture(op));
    assertThat(fixture.has(UNKNOWN_FIXTURE_FIELD)).isTrue();
    ((com.fasterxml.jackson.databind.node.ObjectNode) fixture).remove(UNKNOWN_FIXTURE_FIELD);
    assertDeclared(fixture, schema, op + " fixture");
    for (JsonNode required : schema.path("required")) {
      assertThat(fixture.has(required.asText())).as("%s fixture has required %s", op, required.asText()).isTrue();
    }
    for (String status : List.of("400", "429")) {
      assertThat(responses.path(status).path("content").path("application/json").path("schema").path("$ref").asText())
          .isEqualTo("#/components/schemas/APIError");
    }
  }

  /** Top-level fields of {@code value} must be declared by {@code schema} unless it allows extra ones. */
  private static void assertDeclared(JsonNode value, JsonNode schema, String what) {
    if (schema.path("additionalProperties").asBoolean(false)) {
      return;
    }
    List<String> names = new ArrayList<>();
    value.fieldNames().forEachRemaining(names::add);
    assertThat(fieldNames(schema.path("properties"))).as("fields of %s", what).containsAll(names);
  }

  private static List<String> fieldNames(JsonNode object) {
    List<String> names = new ArrayList<>();
    for (Iterator<String> it = object.fieldNames(); it.hasNext(); ) {
      names.add(it.next());
    }
    return names;
  }

  private static JsonNode operationById(String id) {
    for (Iterator<JsonNode> paths = spec.path("paths").elements(); paths.hasNext(); ) {
      for (Iterator<JsonNode> ops = paths.next().elements(); ops.hasNext(); ) {
        JsonNode op = ops.next();
        if (id.equals(op.path("operationId").asText())) {
          return op;
        }
      }
    }
    throw new IllegalStateException("no operation " + id);
  }

  private static JsonNode parameterSchema(JsonNode parameter) {
    if (parameter.has("schema")) {
      return parameter.path("schema");
    }
    return parameter.path("content").path("application/json").path("schema");
  }

  private static JsonNode resolve(JsonNode schema) {
    String ref = schema.path("$ref").asText("");
    if (ref.isEmpty()) {
      return schema;
    }
    return spec.path("components").path("schemas").path(ref.substring(ref.lastIndexOf('/') + 1));
  }
}
