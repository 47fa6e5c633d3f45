package dev.chatsdk.googlechat.apps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chatsdk.core.json.ChatJson;
import dev.chatsdk.googlechat.model.CardWithId;
import dev.chatsdk.googlechat.model.GoogleAppsCardV1Card;
import dev.chatsdk.googlechat.model.GoogleAppsCardV1CardHeader;
import dev.chatsdk.googlechat.model.GoogleAppsCardV1SelectionItem;
import dev.chatsdk.googlechat.model.Message;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each actionResponse type renders to the JSON Google Chat expects. */
class ChatAppRepliesTest {
  private static final GoogleAppsCardV1Card CARD = GoogleAppsCardV1Card.builder()
      .header(GoogleAppsCardV1CardHeader.builder().title("Build 42").build()).build();

  private static String json(Message m) {
    return new String(ChatAppEvents.render(m), StandardCharsets.UTF_8);
  }

  @Test
  void newAndUpdatedMessages() {
    Message m = Message.builder().text("done").build();
    assertThat(json(ChatAppReplies.newMessage(m)))
        .isEqualTo("{\"actionResponse\":{\"type\":\"NEW_MESSAGE\"},\"text\":\"done\"}");
    assertThat(json(ChatAppReplies.updateMessage(m)))
        .isEqualTo("{\"actionResponse\":{\"type\":\"UPDATE_MESSAGE\"},\"text\":\"done\"}");
  }

  @Test
  void updateUserMessageCards() {
    Message m = ChatAppReplies.updateUserMessageCards(List.of(CardWithId.builder().cardId("c1").card(CARD).build()));
    assertThat(json(m)).isEqualTo("{\"actionResponse\":{\"type\":\"UPDATE_USER_MESSAGE_CARDS\"},"
        + "\"cardsV2\":[{\"card\":{\"header\":{\"title\":\"Build 42\"}},\"cardId\":\"c1\"}]}");
  }

  @Test
  void requestConfig() {
    assertThat(json(ChatAppReplies.requestConfig("https://example.com/auth")))
        .isEqualTo("{\"actionResponse\":{\"type\":\"REQUEST_CONFIG\",\"url\":\"https://example.com/auth\"}}");
    assertThatThrownBy(() -> ChatAppReplies.requestConfig(" ")).hasMessageContaining("url");
  }

  @Test
  void dialogs() {
    assertThat(json(ChatAppReplies.openDialog(CARD))).isEqualTo("{\"actionResponse\":{\"dialogAction\":"
        + "{\"dialog\":{\"body\":{\"header\":{\"title\":\"Build 42\"}}}},\"type\":\"DIALOG\"}}");
    assertThat(json(ChatAppReplies.closeDialog("Saved"))).isEqualTo("{\"actionResponse\":{\"dialogAction\":"
        + "{\"actionStatus\":{\"statusCode\":\"OK\",\"userFacingMessage\":\"Saved\"}},\"type\":\"DIALOG\"}}");
  }

  @Test
  void updateWidget() {
    Message m = ChatAppReplies.updateWidget("contacts",
        List.of(GoogleAppsCardV1SelectionItem.builder().text("Ada").value("users/1").build()));
    assertThat(ChatJson.readTree(json(m))).isEqualTo(ChatJson.readTree("{\"actionResponse\":{\"type\":"
        + "\"UPDATE_WIDGET\",\"updatedWidget\":{\"widget\":\"contacts\",\"suggestions\":{\"items\":"
        + "[{\"text\":\"Ada\",\"value\":\"users/1\"}]}}}}"));
  }

  @Test
  void repliesReadBackAsTheSameModels() {
    Message m = ChatAppReplies.openDialog(CARD);
    assertThat(ChatJson.convert(ChatJson.readTree(json(m)), Message.class)).isEqualTo(m);
  }
}
