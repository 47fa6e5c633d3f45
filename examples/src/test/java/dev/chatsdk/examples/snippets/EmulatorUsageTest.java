package dev.chatsdk.examples.snippets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chatsdk.core.ApiTimeoutException;
import dev.chatsdk.core.RateLimitException;
import dev.chatsdk.core.RequestOptions;
import dev.chatsdk.core.ServerException;
import dev.chatsdk.core.UnauthorizedException;
import dev.chatsdk.core.http.Sleeper;
import dev.chatsdk.googlechat.GoogleChatClient;
import dev.chatsdk.googlechat.model.Message;
import dev.chatsdk.googlechat.model.Space;
import dev.chatsdk.stream.StreamChatClient;
import dev.chatsdk.stream.model.MessageRequest;
import dev.chatsdk.stream.model.SendMessageRequest;
import dev.chatsdk.testing.ChatEmulator;
import dev.chatsdk.testing.EmulatorClients;
import dev.chatsdk.testing.RecordedRequest;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The code blocks of docs/testing-with-the-emulator.md, as a test that runs: a small piece of
 * "your" code (DeployNotifier) tested offline against the emulator.
 */
// snippet:emulator-test-class
class EmulatorUsageTest {
  static ChatEmulator emulator;
  static StreamChatClient stream;
  static GoogleChatClient chat;

  @BeforeAll
  static void startEmulator() {
    emulator = ChatEmulator.start();
    stream = EmulatorClients.streamBuilder(emulator)        // base URL, key and secret set
        .sleeper(NO_WAIT)                                   // retries happen at once in tests
        .build();
    chat = EmulatorClients.googleChatBuilder(emulator)
        .sleeper(NO_WAIT)
        .build();
  }

  @AfterAll
  static void stopEmulator() {
    stream.close();
    chat.close();
    emulator.close();
  }

  @BeforeEach
  void cleanSlate() {
    emulator.reset();                          // data, injected faults, latency, recorded requests
  }
  // end-snippet

  // snippet:emulator-no-wait
  static final Sleeper NO_WAIT = new Sleeper() {
    @Override
    public void sleep(Duration duration) {}

    @Override
    public CompletableFuture<Void> delay(Duration duration) {
      return CompletableFuture.completedFuture(null);
    }
  };
  // end-snippet

  /** The code under test: announces a deploy in a Stream channel and a Google Chat space. */
  static final class DeployNotifier {
    private final StreamChatClient stream;
    private final GoogleChatClient chat;
    private final String space;

    DeployNotifier(StreamChatClient stream, GoogleChatClient chat, String space) {
      this.stream = stream;
      this.chat = chat;
      this.space = space;
    }

    String announce(String version) {
      String text = "Deployed " + version;
      stream.messages().sendMessage("messaging", "deploys", SendMessageRequest.builder()
          .message(MessageRequest.builder().text(text).userId("deploy-bot").build()).build());
      return chat.spaces().messagesCreate(space, Message.builder().text(text).build()).getName();
    }
  }

  private String newSpace() {
    return chat.spaces().create(Space.builder().spaceType(Space.SpaceType.SPACE).displayName("Deploys").build()).getName();
  }

  @Test
  void announcesInBothChats() {
    // snippet:emulator-assert-state
    String space = newSpace();
    String posted = new DeployNotifier(stream, chat, space).announce("v1.4.2");

    assertThat(emulator.stream().messageCount("messaging", "deploys")).isEqualTo(1);
    assertThat(emulator.googleChat().message(posted).path("text").asText()).isEqualTo("Deployed v1.4.2");

    RecordedRequest last = emulator.googleChat().lastRequest();
    assertThat(last.method()).isEqualTo("POST");
    assertThat(last.path()).isEqualTo("/v1/" + space + "/messages");
    assertThat(last.queryParam("requestId")).isNotBlank();       // the SDK made the create idempotent
    // end-snippet
  }

  @Test
  void survivesARateLimitAndAnOutage() {
    String space = newSpace();
    // snippet:emulator-faults
    emulator.stream().failNext(429, Duration.ofSeconds(1));     // one 429 with Retry-After: 1
    emulator.googleChat().failNext(503);                        // one 503
    new DeployNotifier(stream, chat, space).announce("v1.4.3"); // both retried, both succeed

    emulator.googleChat().failNext(503, 3);                     // more failures than retries (2)
    assertThatThrownBy(() -> new DeployNotifier(stream, chat, space).announce("v1.4.4"))
        .isInstanceOf(ServerException.class);

    emulator.stream().failNext(429, 3, Duration.ofSeconds(1));
    assertThatThrownBy(() -> stream.messages().getMessage("any", RequestOptions.builder().maxRetries(0).build()))
        .isInstanceOfSatisfying(RateLimitException.class,
            e -> assertThat(e.retryAfter()).contains(Duration.ofSeconds(1)));
    // end-snippet
    assertThat(emulator.stream().messageCount("messaging", "deploys")).isEqualTo(2);
  }

  @Test
  void stubsAndOneOperationFaults() {
    String space = newSpace();
    // snippet:emulator-stub
    emulator.stream().stub("GetApp", 200, "{\"app\":{\"name\":\"demo\"},\"duration\":\"0ms\"}"); // until removeStub or reset
    emulator.googleChat().failNext("spaces.messages.create", 503);                        // only that method fails
    // end-snippet
    assertThat(chat.spaces().list().getSpaces()).isNotEmpty();
    assertThat(emulator.googleChat().pendingFailures()).isEqualTo(1);
    assertThat(chat.spaces().messagesCreate(space, Message.builder().text("retried").build()).getText())
        .isEqualTo("retried");
    assertThat(emulator.googleChat().pendingFailures()).isZero();
    assertThat(emulator.stream().coverage()).containsEntry("GetApp", dev.chatsdk.testing.OperationSupport.STUB_NEEDED);
  }

  @Test
  void slowServerAndBadCredentials() {
    // snippet:emulator-latency-auth
    emulator.googleChat().withLatency(Duration.ofMillis(500));
    assertThatThrownBy(() -> chat.spaces().list(null, RequestOptions.builder().timeout(Duration.ofMillis(100)).build()))
        .isInstanceOf(ApiTimeoutException.class);
    emulator.googleChat().withLatency(Duration.ZERO);

    try (StreamChatClient wrongSecret = StreamChatClient.builder()
        .apiKey(emulator.streamApiKey())
        .apiSecret("not-the-secret")
        .baseUrl(emulator.streamBaseUrl())
        .build()) {
      assertThatThrownBy(() -> wrongSecret.messages().getMessage("any"))
          .isInstanceOf(UnauthorizedException.class);           // the emulator checks the JWT signature
    }
    // end-snippet
  }
}
