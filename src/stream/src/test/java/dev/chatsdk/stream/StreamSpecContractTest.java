package dev.chatsdk.stream;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.chatsdk.core.http.FileSource;
import dev.chatsdk.core.json.ChatJson;
import dev.chatsdk.stream.model.FlagRequest;
import dev.chatsdk.stream.model.ImageSizeRequest;
import dev.chatsdk.stream.model.MarkChannelsReadRequest;
import dev.chatsdk.stream.model.MarkReadRequest;
import dev.chatsdk.stream.model.MarkUnreadRequest;
import dev.chatsdk.stream.model.MessageActionRequest;
import dev.chatsdk.stream.model.MessageRequest;
import dev.chatsdk.stream.model.QueryMessageFlagsRequest;
import dev.chatsdk.stream.model.ReactionRequest;
import dev.chatsdk.stream.model.SearchRequest;
import dev.chatsdk.stream.model.SendMessageRequest;
import dev.chatsdk.stream.model.SendReactionRequest;
import dev.chatsdk.stream.model.SortParam;
import dev.chatsdk.stream.model.TranslateMessageRequest;
import dev.chatsdk.stream.model.UpdateMessagePartialRequest;
import dev.chatsdk.stream.model.UpdateMessageRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
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

  /** One operation: its spec operationId, HTTP method, path template, and a representative call. */
  private static final class Case {
    final String operationId;
    final String method;
    final String template;
    final Consumer<MessagesApi> call;

    Case(String operationId, String method, String template, Consumer<MessagesApi> call) {
      this.operationId = operationId;
      this.method = method;
      this.template = template;
      this.call = call;
    }
  }

  private static final Map<String, Case> CASES = new LinkedHashMap<>();

  private static void add(String op, String operationId, String method, String template, Consumer<MessagesApi> call) {
    CASES.put(op, new Case(operationId, method, template, call));
  }

  static {
    MessageRequest text = MessageRequest.builder().text("hi").userId("ana").putAdditionalProperty("priority", "high").build();
    add("deleteFile", "DeleteFile", "delete", "/channels/{type}/{id}/file", a -> a.deleteFile("messaging", "c", "https://x/f"));
    add("deleteImage", "DeleteImage", "delete", "/channels/{type}/{id}/image", a -> a.deleteImage("messaging", "c", "https://x/i"));
    add("deleteMessage", "DeleteMessage", "delete", "/messages/{id}",
        a -> a.deleteMessage("m", DeleteMessageParams.builder().hard(true).build()));
    add("deleteReaction", "DeleteReaction", "delete", "/messages/{id}/reaction/{type}",
        a -> a.deleteReaction("m", "like", DeleteReactionParams.builder().userId("bob").build()));
    add("flag", "Flag", "post", "/moderation/flag",
        a -> a.flag(FlagRequest.builder().targetMessageId("m").targetUserId("u").userId("mod").build()));
    add("getManyMessages", "GetManyMessages", "get", "/channels/{type}/{id}/messages",
        a -> a.getManyMessages("messaging", "c", List.of("m1", "m2")));
    add("getMessage", "GetMessage", "get", "/messages/{id}", a -> a.getMessage("m"));
    add("getOg", "GetOG", "get", "/og", a -> a.getOg("https://example.com"));
    add("getReactions", "GetReactions", "get", "/messages/{id}/reactions",
        a -> a.getReactions("m", GetReactionsParams.builder().limit(5).offset(5).build()));
    add("getReplies", "GetReplies", "get", "/messages/{parent_id}/replies", a -> a.getReplies("m", GetRepliesParams.builder()
        .idGte("a").idGt("b").idLte("c").idLt("d").idAround("e")
        .createdAtAfterOrEqual(Instant.EPOCH).createdAtAfter(Instant.EPOCH).createdAtBeforeOrEqual(Instant.EPOCH)
        .createdAtBefore(Instant.EPOCH).createdAtAround(Instant.EPOCH).build()));
    add("markChannelsRead", "MarkChannelsRead", "post", "/channels/read",
        a -> a.markChannelsRead(MarkChannelsReadRequest.builder().userId("ana").build()));
    add("markRead", "MarkRead", "post", "/channels/{type}/{id}/read",
        a -> a.markRead("messaging", "c", MarkReadRequest.builder().messageId("m").userId("ana").build()));
    add("markUnread", "MarkUnread", "post", "/channels/{type}/{id}/unread",
        a -> a.markUnread("messaging", "c", MarkUnreadRequest.builder().messageId("m").userId("ana").build()));
    add("queryMessageFlags", "QueryMessageFlags", "get", "/moderation/flags/message",
        a -> a.queryMessageFlags(QueryMessageFlagsRequest.builder().putFilterConditions("user_id", "u")
            .limit(10).offset(0).userId("mod").build()));
    add("runMessageAction", "RunMessageAction", "post", "/messages/{id}/action",
        a -> a.runMessageAction("m", MessageActionRequest.builder().putFormData("image_action", "send").userId("ana").build()));
    add("search", "Search", "get", "/search", a -> a.search(SearchRequest.builder()
        .putFilterConditions("type", "messaging").query("q").limit(2).offset(0)
        .sort(List.of(SortParam.builder().field("created_at").direction(-1).build())).build()));
    add("sendMessage", "SendMessage", "post", "/channels/{type}/{id}/message",
        a -> a.sendMessage("messaging", "c", SendMessageRequest.builder().message(text).skipPush(true).build()));
    add("sendReaction", "SendReaction", "post", "/messages/{id}/reaction", a -> a.sendReaction("m", SendReactionRequest.builder()
        .reaction(ReactionRequest.builder().type("like").userId("bob").build()).enforceUnique(true).build()));
    add("translateMessage", "TranslateMessage", "post", "/messages/{id}/translate",
        a -> a.translateMessage("m", TranslateMessageRequest.builder().language(TranslateMessageRequest.Language.NO).build()));
    add("unflag", "Unflag", "post", "/moderation/unflag", a -> a.unflag(FlagRequest.builder().targetUserId("u").build()));
    add("updateMessage", "UpdateMessage", "post", "/messages/{id}",
        a -> a.updateMessage("m", UpdateMessageRequest.builder().message(text).build()));
    add("updateMessagePartial", "UpdateMessagePartial", "put", "/messages/{id}",
        a -> a.updateMessagePartial("m", UpdateMessagePartialRequest.builder().userId("ana").build()));
    add("uploadFile", "UploadFile", "post", "/channels/{type}/{id}/file", a -> a.uploadFile("messaging", "c",
        FileSource.of(new byte[] {1, 2}, "a.bin", "application/octet-stream"), UploadFileParams.builder().userId("ana").build()));
    add("uploadImage", "UploadImage", "post", "/channels/{type}/{id}/image", a -> a.uploadImage("messaging", "c",
        FileSource.of(new byte[] {1, 2}, "a.png", "image/png"), UploadImageParams.builder().userId("ana")
            .addUploadSize(ImageSizeRequest.builder().width(10).height(10).build()).build()));
  }

  @BeforeAll
  static void readSpec() throws IOException {
    Path root = Paths.get(System.getProperty("chatsdk.root", "../..")).toAbsolutePath().normalize();
    Path file = root.resolve("../shared/specs/stream-chat-openapi.yaml").normalize();
    Assumptions.assumeTrue(Files.isRegularFile(file),
        "Stream OpenAPI description not found at " + file + "; contract checks skipped");
    spec = new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
  }

  static Stream<Arguments> operations() {
    return CASES.keySet().stream().map(Arguments::of);
  }

  @Test
  void coversEveryMessagesApiOperation() {
    assertThat(CASES).hasSize(24);
    Set<String> publicOps = new TreeSet<>();
    for (java.lang.reflect.Method m : MessagesApi.class.getMethods()) {
      if (m.getDeclaringClass() == MessagesApi.class && !m.getName().endsWith("WithHttpInfo")
          && !m.getName().endsWith("Async") && !m.getName().endsWith("All")) {
        publicOps.add(m.getName());
      }
    }
    publicOps.remove("toString");
    assertThat(publicOps).isEqualTo(new TreeSet<>(CASES.keySet()));
  }

  @ParameterizedTest
  @MethodSource("operations")
  void requestMatchesTheDescription(String op) {
    Case c = CASES.get(op);
    JsonNode operation = spec.path("paths").path(c.template).path(c.method);
    assertThat(operation.path("operationId").asText()).as("operationId of %s %s", c.method, c.template).isEqualTo(c.operationId);

    WM.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "application/json").withBody(fixture(op))));
    c.call.accept(api);
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
      if (schema.has("$ref")) { // a JSON object in one query parameter (search, queryMessageFlags)
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
    Case c = CASES.get(op);
    JsonNode responses = spec.path("paths").path(c.template).path(c.method).path("responses");
    String success = c.method.equals("post") || c.method.equals("put") ? "201" : "200";
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
