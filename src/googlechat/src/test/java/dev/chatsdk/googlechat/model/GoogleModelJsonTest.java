package dev.chatsdk.googlechat.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chatsdk.core.json.ChatJson;
import java.io.IOException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** JSON behaviour of the generated Google Chat models (see docs/codegen.md). */
class GoogleModelJsonTest {

  private static <T> T read(String json, Class<T> type) throws IOException {
    return ChatJson.reader(type).readValue(json);
  }

  private static JsonNode tree(Object value) {
    return ChatJson.readTree(ChatJson.toJson(value));
  }

  @Test
  void int64TravelsAsJsonString() throws IOException {
    SlashCommand fromString = read("{\"commandId\":\"9007199254740993\"}", SlashCommand.class);
    SlashCommand fromNumber = read("{\"commandId\":42}", SlashCommand.class);

    assertThat(fromString.getCommandId()).isEqualTo(9007199254740993L);
    assertThat(fromNumber.getCommandId()).isEqualTo(42L);
    assertThat(ChatJson.toJson(SlashCommand.builder().commandId(7L).build())).isEqualTo("{\"commandId\":\"7\"}");
  }

  @Test
  void googleDatetimeKeepsNanoseconds() throws IOException {
    Message m = read("{\"name\":\"spaces/A/messages/B\",\"createTime\":\"2026-08-28T10:11:12.123456789Z\"}",
        Message.class);

    assertThat(m.getCreateTime()).isEqualTo(Instant.parse("2026-08-28T10:11:12.123456789Z"));
    assertThat(tree(m).get("createTime").asText()).isEqualTo("2026-08-28T10:11:12.123456789Z");
  }

  @Test
  void cardTreeRoundTrips() throws IOException {
    String json = "{\"text\":\"hi\",\"cardsV2\":[{\"cardId\":\"c1\",\"card\":{\"header\":{\"title\":\"T\"},"
        + "\"sections\":[{\"widgets\":[{\"textParagraph\":{\"text\":\"<b>x</b>\"}},"
        + "{\"buttonList\":{\"buttons\":[{\"text\":\"Open\",\"onClick\":{\"openLink\":{\"url\":\"https://e.x\"}}}]}},"
        + "{\"columns\":{\"columnItems\":[{\"widgets\":[{\"decoratedText\":{\"text\":\"deep\"}}]}]}}]}]}}],"
        + "\"thread\":{\"name\":\"spaces/A/threads/T\"},\"newField\":{\"x\":1}}";
    Message m = read(json, Message.class);

    GoogleAppsCardV1Card card = m.getCardsV2().get(0).getCard();
    assertThat(card.getHeader().getTitle()).isEqualTo("T");
    assertThat(card.getSections().get(0).getWidgets().get(1).getButtonList().getButtons().get(0)
        .getOnClick().getOpenLink().getUrl()).isEqualTo("https://e.x");
    assertThat(m.getThread().getName()).isEqualTo("spaces/A/threads/T");
    assertThat(m.getAdditionalProperties()).containsOnlyKeys("newField");
    assertThat(tree(m)).isEqualTo(ChatJson.readTree(json));
  }

  @Test
  void openEnumsAcceptNewValues() throws IOException {
    Space known = read("{\"spaceType\":\"SPACE\"}", Space.class);
    Space unknown = read("{\"spaceType\":\"TOMORROWS_KIND\"}", Space.class);

    assertThat(known.getSpaceType()).isSameAs(Space.SpaceType.SPACE);
    assertThat(unknown.getSpaceType().isKnown()).isFalse();
    assertThat(tree(unknown).get("spaceType").asText()).isEqualTo("TOMORROWS_KIND");
    assertThat(Space.SpaceType.knownValues()).contains(Space.SpaceType.SPACE, Space.SpaceType.DIRECT_MESSAGE);
  }

  @Test
  void builtRequestOmitsUnsetFields() {
    Message m = Message.builder().text("hello").thread(Thread.builder().threadKey("k").build()).build();

    assertThat(ChatJson.toJson(m)).isEqualTo("{\"text\":\"hello\",\"thread\":{\"threadKey\":\"k\"}}");
    assertThat(m.getCardsV2()).isEmpty();
  }

  @Test
  void listResponseDecodes() throws IOException {
    ListSpacesResponse r = read("{\"spaces\":[{\"name\":\"spaces/A\"}],\"nextPageToken\":\"tok\"}",
        ListSpacesResponse.class);

    assertThat(r.getSpaces()).extracting(Space::getName).containsExactly("spaces/A");
    assertThat(r.getNextPageToken()).isEqualTo("tok");
  }
}
