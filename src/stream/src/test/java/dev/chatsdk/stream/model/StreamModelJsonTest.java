package dev.chatsdk.stream.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chatsdk.core.json.ChatJson;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** JSON behaviour of the generated Stream models (see docs/codegen.md). */
class StreamModelJsonTest {

  private static <T> T read(String json, Class<T> type) throws IOException {
    return ChatJson.reader(type).readValue(json);
  }

  private static JsonNode tree(Object value) {
    return ChatJson.readTree(ChatJson.toJson(value));
  }

  @Test
  void unknownAndCustomFieldsSurviveARoundTrip() throws IOException {
    String json = "{\"id\":\"m1\",\"text\":\"hi\",\"type\":\"regular\",\"priority\":\"high\","
        + "\"custom\":{\"a\":[1,2]},\"nothing\":null,\"created_at\":\"2024-05-01T10:11:12.123456Z\"}";
    Message m = read(json, Message.class);

    assertThat(m.getId()).isEqualTo("m1");
    assertThat(m.getText()).isEqualTo("hi");
    assertThat(m.getAdditionalProperties()).containsOnlyKeys("priority", "custom", "nothing");
    assertThat(m.getAdditionalProperties().get("priority")).isEqualTo("high");
    assertThat(tree(m)).isEqualTo(ChatJson.readTree(json));
  }

  @Test
  void customDataIsSetThroughTheBuilder() {
    MessageRequest request = MessageRequest.builder()
        .text("hello")
        .putAdditionalProperty("priority", "high")
        .putAdditionalProperty("tags", List.of("a", "b"))
        .build();

    assertThat(ChatJson.toJson(request))
        .isEqualTo("{\"attachments\":[],\"text\":\"hello\",\"priority\":\"high\",\"tags\":[\"a\",\"b\"]}");
  }

  @Test
  void unsetFieldsAreOmittedAndCollectionsAreNeverNull() throws IOException {
    Message m = read("{\"id\":\"m1\"}", Message.class);

    assertThat(m.getText()).isNull();
    assertThat(m.getLatestReactions()).isEmpty();
    assertThat(m.getReactionCounts()).isEmpty();
    assertThatThrownBy(() -> m.getLatestReactions().add(Reaction.builder().build()))
        .isInstanceOf(UnsupportedOperationException.class);
    JsonNode written = tree(m);
    assertThat(written.has("latest_reactions")).isFalse();
    assertThat(written.has("text")).isFalse();
    assertThat(written.get("id").asText()).isEqualTo("m1");
  }

  @Test
  void requiredCollectionsAreWrittenEvenWhenEmpty() {
    UpdateMessagePartialRequest request = UpdateMessagePartialRequest.builder().userId("u1").build();

    assertThat(ChatJson.toJson(request)).isEqualTo("{\"set\":{},\"unset\":[],\"user_id\":\"u1\"}");
    assertThat(request.getSet()).isEmpty();
    assertThat(request.getUnset()).isEmpty();

    UpdateMessagePartialRequest filled = request.toBuilder().putSet("text", "new").putSet("color", null)
        .addUnset("pinned").build();
    assertThat(ChatJson.toJson(filled)).isEqualTo(
        "{\"set\":{\"text\":\"new\",\"color\":null},\"unset\":[\"pinned\"],\"user_id\":\"u1\"}");
  }

  @Test
  void decodedObjectsKeepAbsentRequiredCollectionsAbsent() throws IOException {
    UpdateMessagePartialRequest decoded = read("{\"user_id\":\"u1\"}", UpdateMessagePartialRequest.class);

    assertThat(decoded.getSet()).isEmpty();
    assertThat(ChatJson.toJson(decoded)).isEqualTo("{\"user_id\":\"u1\"}");
  }

  @Test
  void requestBuildRejectsMissingRequiredFieldButDecodingDoesNot() throws IOException {
    assertThatThrownBy(() -> SendMessageRequest.builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("SendMessageRequest.message");

    SendMessageRequest decoded = read("{\"skip_push\":true}", SendMessageRequest.class);
    assertThat(decoded.getSkipPush()).isTrue();
    assertThat(decoded.getMessage()).isNull();
  }

  @Test
  void instantKeepsMicroseconds() throws IOException {
    Instant t = Instant.parse("2024-05-01T10:11:12.123456Z");
    Message m = read("{\"created_at\":\"2024-05-01T12:11:12.123456+02:00\"}", Message.class);

    assertThat(m.getCreatedAt()).isEqualTo(t);
    assertThat(tree(m).get("created_at").asText()).isEqualTo("2024-05-01T10:11:12.123456Z");
  }

  @Test
  void openEnumAcceptsUnknownValues() throws IOException {
    Message known = read("{\"type\":\"reply\"}", Message.class);
    Message unknown = read("{\"type\":\"brand_new\"}", Message.class);

    assertThat(known.getType()).isSameAs(Message.Type.REPLY);
    assertThat(known.getType().isKnown()).isTrue();
    assertThat(unknown.getType().getValue()).isEqualTo("brand_new");
    assertThat(unknown.getType().isKnown()).isFalse();
    assertThat(unknown.getType()).isEqualTo(Message.Type.of("brand_new"));
    assertThat(tree(unknown).get("type").asText()).isEqualTo("brand_new");
  }

  @Test
  void norwegianLanguageCodeIsAString() {
    assertThat(TranslateMessageRequest.Language.NO.getValue()).isEqualTo("no");
    assertThat(TranslateMessageRequest.Language.of("no")).isSameAs(TranslateMessageRequest.Language.NO);
    assertThat(ChatJson.toJson(TranslateMessageRequest.builder().language(TranslateMessageRequest.Language.NO)
        .build())).isEqualTo("{\"language\":\"no\"}");
  }

  @Test
  void recursiveQuotedMessage() throws IOException {
    String json = "{\"id\":\"a\",\"quoted_message\":{\"id\":\"b\",\"quoted_message\":{\"id\":\"c\"}}}";
    Message m = read(json, Message.class);

    assertThat(m.getQuotedMessage().getQuotedMessage().getId()).isEqualTo("c");
    assertThat(tree(m)).isEqualTo(ChatJson.readTree(json));
  }

  @Test
  void buildersCopyAndObjectsCompareByValue() {
    Message a = Message.builder().id("m").text("x").addLatestReaction(Reaction.builder().type("like").build())
        .putReactionCounts("like", 1).build();
    Message b = a.toBuilder().build();
    Message c = a.toBuilder().text("y").build();

    assertThat(b).isEqualTo(a).hasSameHashCodeAs(a);
    assertThat(c).isNotEqualTo(a);
    assertThat(a.getText()).isEqualTo("x");
    assertThat(a.getReactionCounts()).isEqualTo(Map.of("like", 1));
  }

  @Test
  void toStringMasksSecrets() {
    Message m = Message.builder().id("m1").putAdditionalProperty("access_token", "abc123")
        .putAdditionalProperty("apiKey", "k-999").build();

    assertThat(m.toString()).contains("id=m1").contains("access_token=***").contains("apiKey=***")
        .doesNotContain("abc123").doesNotContain("k-999");
  }
}
