package dev.chatsdk.googlechat.apps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chatsdk.core.json.ChatJson;
import dev.chatsdk.googlechat.model.DeprecatedEvent;
import dev.chatsdk.googlechat.model.Message;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ChatAppEventsTest {
  private static byte[] event(String name) {
    return TestTokens.resource(name).getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void slashCommandMessageEventIsTyped() {
    DeprecatedEvent e = ChatAppEvents.parse(event("event-slash-command.json"));
    assertThat(e.getType()).isEqualTo(DeprecatedEvent.Type.MESSAGE);
    assertThat(e.getEventTime()).isEqualTo(Instant.parse("2026-06-01T12:00:00.123456Z"));
    assertThat(e.getSpace().getName()).isEqualTo("spaces/AAAA");
    assertThat(e.getUser().getDisplayName()).isEqualTo("Ada");
    assertThat(e.getMessage().getSlashCommand().getCommandId()).isEqualTo(1L);
    assertThat(e.getMessage().getArgumentText()).isEqualTo(" build");
    assertThat(e.getMessage().getAnnotations()).hasSize(1);
    assertThat(e.getCommon().getTimeZone().getId()).isEqualTo("Europe/Paris");
    assertThat(e.getAdditionalProperties()).containsKey("futureField");
    assertThat(e.toString()).doesNotContain("legacy-verification-token");
  }

  @Test
  void cardClickWithFormInputsIsTyped() {
    DeprecatedEvent e = ChatAppEvents.parse(event("event-card-clicked.json"));
    assertThat(e.getType()).isEqualTo(DeprecatedEvent.Type.CARD_CLICKED);
    assertThat(e.getAction().getActionMethodName()).isEqualTo("openDetails");
    assertThat(e.getCommon().getInvokedFunction()).isEqualTo("openDetails");
    assertThat(e.getCommon().getParameters()).containsEntry("build", "42");
    assertThat(e.getCommon().getFormInputs().get("comment").getStringInputs().getValue()).containsExactly("looks good");
    assertThat(e.getCommon().getFormInputs().get("when").getDateTimeInput().getMsSinceEpoch())
        .isEqualTo(1780315200000L);
    assertThat(e.getIsDialogEvent()).isTrue();
    assertThat(e.getDialogEventType()).isEqualTo(DeprecatedEvent.DialogEventType.SUBMIT_DIALOG);
  }

  @Test
  void addedToSpaceAndAppCommandEventsAreTyped() {
    DeprecatedEvent added = ChatAppEvents.parse(event("event-added-to-space.json"));
    assertThat(added.getType()).isEqualTo(DeprecatedEvent.Type.ADDED_TO_SPACE);
    assertThat(added.getSpace().getSingleUserBotDm()).isTrue();
    DeprecatedEvent command = ChatAppEvents.parse(event("event-app-command.json"));
    assertThat(command.getType()).isEqualTo(DeprecatedEvent.Type.APP_COMMAND);
    assertThat(command.getAppCommandMetadata().getAppCommandId()).isEqualTo(7);
  }

  @Test
  void unknownEventTypesStayReadable() {
    DeprecatedEvent e = ChatAppEvents.parse("{\"type\":\"SOMETHING_NEW\"}".getBytes(StandardCharsets.UTF_8));
    assertThat(e.getType().getValue()).isEqualTo("SOMETHING_NEW");
    assertThat(e.getType().isKnown()).isFalse();
  }

  @Test
  void streamsAreReadUpToTheLimit() throws IOException {
    try (InputStream in = new ByteArrayInputStream(event("event-added-to-space.json"))) {
      assertThat(ChatAppEvents.parse(in).getType()).isEqualTo(DeprecatedEvent.Type.ADDED_TO_SPACE);
    }
    byte[] big = new byte[10 * 1024 * 1024];
    Arrays.fill(big, (byte) ' ');
    CountingStream counting = new CountingStream(big);
    assertThatThrownBy(() -> ChatAppEvents.parse(counting)).isInstanceOf(ChatAppEventException.class)
        .hasMessageContaining("more than the limit");
    assertThat(counting.read).isEqualTo(ChatAppEvents.DEFAULT_MAX_BYTES + 1);
  }

  @Test
  void malformedBodiesGiveTheSdksOwnError() {
    String secret = "s3cr3t-user-text";
    String[] bodies = {
      "",
      "null",
      "[1,2]",
      "{\"type\": \"MESSAGE\", \"message\": {\"text\": \"" + secret + "\"",
      "{\"type\": \"MESSAGE\", \"space\": 5}",
      "{\"type\": \"MESSAGE\", \"eventTime\": \"" + secret + "\"}",
      "{\"type\": \"MESSAGE\", \"message\": {\"annotations\": {\"a\": 1}}}",
      "{\"type\": [\"" + secret + "\"]}",
      "{\"type\": \"MESSAGE\", " + secret + "}",
      "\u0000\u0001garbage",
    };
    for (String body : bodies) {
      assertThatThrownBy(() -> ChatAppEvents.parse(body.getBytes(StandardCharsets.UTF_8)))
          .as(body).isExactlyInstanceOf(ChatAppEventException.class)
          .satisfies(t -> assertThat(t.getMessage()).doesNotContain(secret))
          .satisfies(t -> assertThat(t.getCause()).isNull());
    }
    assertThatThrownBy(() -> ChatAppEvents.parse("{\"type\": \"MESSAGE\", \"space\": 5}".getBytes(
        StandardCharsets.UTF_8))).hasMessageContaining("at .space");
  }

  @Test
  void hugeAndDeeplyNestedBodiesAreRejected() {
    byte[] tenMb = new byte[10 * 1024 * 1024];
    Arrays.fill(tenMb, (byte) '1');
    assertThatThrownBy(() -> ChatAppEvents.parse(tenMb)).isExactlyInstanceOf(ChatAppEventException.class)
        .hasMessageContaining("limit");
    StringBuilder deep = new StringBuilder("{\"type\":\"MESSAGE\",\"extra\":");
    for (int i = 0; i < 100_000; i++) {
      deep.append('[');
    }
    assertThatThrownBy(() -> ChatAppEvents.parse(deep.toString().getBytes(StandardCharsets.UTF_8)))
        .isExactlyInstanceOf(ChatAppEventException.class);
  }

  @Test
  void addOnEventsAreRecognisedAndRefusedWithAnExplanation() {
    assertThatThrownBy(() -> ChatAppEvents.parse(event("addon-event.json")))
        .isExactlyInstanceOf(ChatAppEventException.class).hasMessageContaining("add-on");
  }

  @Test
  void renderWritesTheReplyJson() {
    JsonNode json = ChatJson.readTree(new String(ChatAppEvents.render(ChatAppReplies.text("hi")),
        StandardCharsets.UTF_8));
    assertThat(json.toString()).isEqualTo("{\"text\":\"hi\"}");
    assertThatThrownBy(() -> ChatAppEvents.render((Message) null)).hasMessageContaining("reply");
  }

  private static final class CountingStream extends ByteArrayInputStream {
    int read;

    CountingStream(byte[] b) {
      super(b);
    }

    @Override
    public synchronized int read(byte[] b, int off, int len) {
      int n = super.read(b, off, len);
      read += Math.max(n, 0);
      return n;
    }
  }
}
