package dev.chatsdk.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.chatsdk.googlechat.apps.ChatAppEvents;
import dev.chatsdk.googlechat.apps.ChatAppReplies;
import dev.chatsdk.googlechat.apps.ChatRequestVerifier;
import dev.chatsdk.googlechat.apps.ChatVerificationException;
import dev.chatsdk.googlechat.model.DeprecatedEvent;
import dev.chatsdk.googlechat.model.Message;
import dev.chatsdk.stream.StreamEvent;
import dev.chatsdk.stream.StreamWebhooks;
import dev.chatsdk.stream.model.Event;
import dev.chatsdk.stream.model.MessageNewEvent;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The emulator as the sender of events: signed Google Chat interaction events verified offline by
 * {@link ChatRequestVerifier} against the emulator's published keys, and Stream webhooks decoded as
 * typed events.
 */
class ReceivingEventsTest {
  private ChatEmulator emulator;
  private HttpServer endpoint;
  private String url;
  private final AtomicReference<ChatRequestVerifier> verifier = new AtomicReference<>();
  private final List<Object> received = new CopyOnWriteArrayList<>();

  @BeforeEach
  void start() throws IOException {
    emulator = ChatEmulator.builder().streamCredentials("test-key", "test-secret-0123456789").start();
    endpoint = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    endpoint.createContext("/chat", this::chatApp);
    endpoint.createContext("/stream", this::streamHook);
    endpoint.start();
    url = "http://127.0.0.1:" + endpoint.getAddress().getPort();
  }

  @AfterEach
  void stop() {
    endpoint.stop(0);
    emulator.close();
  }

  /** A minimal Chat app: verify, parse, answer by event type. */
  private void chatApp(HttpExchange ex) throws IOException {
    try {
      try {
        verifier.get().verify(ex.getRequestHeaders().getFirst("Authorization"));
      } catch (ChatVerificationException e) {
        received.add(e.getReason());
        ex.sendResponseHeaders(401, -1);
        return;
      }
      DeprecatedEvent event = ChatAppEvents.parse(ex.getRequestBody());
      received.add(event);
      Message reply;
      if (DeprecatedEvent.Type.CARD_CLICKED.equals(event.getType())) {
        reply = ChatAppReplies.closeDialog("got " + event.getCommon().getFormInputs().get("comment")
            .getStringInputs().getValue().get(0));
      } else if (DeprecatedEvent.Type.ADDED_TO_SPACE.equals(event.getType())) {
        reply = ChatAppReplies.text("Thanks for adding me to " + event.getSpace().getName());
      } else if (event.getMessage().getSlashCommand() != null) {
        reply = ChatAppReplies.text("command " + event.getMessage().getSlashCommand().getCommandId()
            + ":" + event.getMessage().getArgumentText().trim());
      } else {
        reply = ChatAppReplies.text("you said" + event.getMessage().getArgumentText());
      }
      byte[] body = ChatAppEvents.render(reply);
      ex.getResponseHeaders().set("Content-Type", "application/json");
      ex.sendResponseHeaders(200, body.length);
      try (OutputStream out = ex.getResponseBody()) {
        out.write(body);
      }
    } finally {
      ex.close();
    }
  }

  private void streamHook(HttpExchange ex) throws IOException {
    try {
      byte[] body = ex.getRequestBody().readAllBytes();
      received.add(new StreamWebhooks("test-secret-0123456789")
          .verifyAndParseEvent(body, ex.getRequestHeaders().getFirst("X-Signature")));
      ex.sendResponseHeaders(200, -1);
    } finally {
      ex.close();
    }
  }

  @Test
  void endpointUrlAudienceEventsAreVerifiedAndAnswered() {
    EmulatedChatApp app = emulator.googleChat().app().endpoint(url + "/chat");
    verifier.set(ChatRequestVerifier.forEndpointUrl(url + "/chat").certificatesUrl(app.certificatesUrl()).build());

    EmulatedChatApp.Reply mention = app.mentionApp("spaces/AAA", "users/42", "hello");
    assertThat(mention.status()).isEqualTo(200);
    assertThat(mention.json().get("text").asText()).isEqualTo("you said hello");
    DeprecatedEvent first = (DeprecatedEvent) received.get(0);
    assertThat(first.getType()).isEqualTo(DeprecatedEvent.Type.MESSAGE);
    assertThat(first.getUser().getName()).isEqualTo("users/42");
    assertThat(first.getMessage().getAnnotations().get(0).getUserMention().getUser().getName()).isEqualTo("users/app");

    assertThat(app.slashCommand("spaces/AAA", "users/42", "/status", 3, "build 7").json().get("text").asText())
        .isEqualTo("command 3:build 7");
    assertThat(app.addedToSpace("spaces/AAA", "users/42").json().get("text").asText())
        .isEqualTo("Thanks for adding me to spaces/AAA");
    EmulatedChatApp.Reply click = app.cardClicked("spaces/AAA", "users/42", "spaces/AAA/messages/M1", "save",
        Map.of("id", "7"), Map.of("comment", "fine"), true);
    assertThat(click.json().at("/actionResponse/type").asText()).isEqualTo("DIALOG");
    assertThat(click.json().at("/actionResponse/dialogAction/actionStatus/userFacingMessage").asText())
        .isEqualTo("got fine");
    DeprecatedEvent clicked = (DeprecatedEvent) received.get(3);
    assertThat(clicked.getCommon().getParameters()).containsEntry("id", "7");
    assertThat(clicked.getAction().getActionMethodName()).isEqualTo("save");
  }

  @Test
  void projectNumberAudienceEventsAreVerified() {
    EmulatedChatApp app = emulator.googleChat().app().endpoint(url + "/chat", "424242");
    assertThat(app.certificatesUrl()).endsWith("/service_accounts/v1/metadata/x509/chat@system.gserviceaccount.com");
    verifier.set(ChatRequestVerifier.forProjectNumber("424242").certificatesUrl(app.certificatesUrl()).build());
    assertThat(app.addedToSpace("spaces/B", "users/1").status()).isEqualTo(200);

    // The same events fail a verifier configured for another project or for the other key format's URL.
    verifier.set(ChatRequestVerifier.forProjectNumber("999").certificatesUrl(app.certificatesUrl()).build());
    assertThat(app.addedToSpace("spaces/B", "users/1").status()).isEqualTo(401);
    assertThat(received).last().isEqualTo(ChatVerificationException.Reason.WRONG_AUDIENCE);
    verifier.set(ChatRequestVerifier.forProjectNumber("424242").certificatesUrl(app.jwksUrl()).build());
    assertThat(app.addedToSpace("spaces/B", "users/1").status()).isEqualTo(200);
  }

  @Test
  void anotherEmulatorsKeysDoNotVerify() {
    try (ChatEmulator other = ChatEmulator.start()) {
      EmulatedChatApp app = emulator.googleChat().app().endpoint(url + "/chat");
      verifier.set(ChatRequestVerifier.forEndpointUrl(url + "/chat")
          .certificatesUrl(other.googleChat().app().certificatesUrl()).build());
      assertThat(app.addedToSpace("spaces/C", "users/1").status()).isEqualTo(401);
      assertThat(received).last().isEqualTo(ChatVerificationException.Reason.UNKNOWN_KEY);
    }
  }

  @Test
  void withoutAnEndpointDeliveryFailsClearly() {
    assertThatThrownBy(() -> emulator.googleChat().app().addedToSpace("spaces/A", "users/1"))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("endpoint");
    assertThatThrownBy(() -> emulator.googleChat().app().endpoint("ftp://x")).isInstanceOf(
        IllegalArgumentException.class);
  }

  @Test
  void streamWebhooksDecodeAsTypedEvents() {
    emulator.stream().webhookUrl(url + "/stream");
    Wire wire = new Wire(emulator);
    String path = "/channels/messaging/typed/message";
    String id = wire.stream("POST", path, "{'message':{'text':'hi','user_id':'w'}}").json().at("/message/id").asText();
    wire.stream("POST", "/messages/" + id + "/reaction", "{'reaction':{'type':'like','user_id':'w2'}}");
    wire.stream("POST", "/messages/" + id, "{'message':{'text':'edited','user_id':'w'}}");
    wire.stream("DELETE", "/messages/" + id + "/reaction/like?user_id=w2", null);
    wire.stream("POST", "/channels/messaging/typed/read", "{'user_id':'w2'}");
    wire.stream("DELETE", "/messages/" + id, null);
    assertThat(emulator.stream().awaitWebhooks(Duration.ofSeconds(10))).isTrue();
    assertThat(emulator.stream().webhooksFailed()).isZero();
    assertThat(received).hasSize(emulator.stream().events().size()).hasSizeGreaterThanOrEqualTo(5);
    for (Object e : received) {
      assertThat(e).as(((StreamEvent) e).getType()).isInstanceOf(StreamEvent.class).isNotExactlyInstanceOf(Event.class);
    }
    MessageNewEvent first = (MessageNewEvent) received.get(0);
    assertThat(first.getMessage().getText()).isEqualTo("hi");
    assertThat(first.getCid()).isEqualTo("messaging:typed");
  }
}
