package dev.chatsdk.googlechat;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.chatsdk.core.http.Sleeper;
import dev.chatsdk.core.json.ChatJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A WireMock server per test and a client pointed at it with a fixed token and a no-op sleeper. */
abstract class WireMockSupport {
  static final String TOKEN = "ya29.test-access-token";

  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  final RecordingSleeper sleeper = new RecordingSleeper();
  GoogleChatClient client;

  @BeforeEach
  void createClient() {
    client = clientBuilder().build();
  }

  @AfterEach
  void closeClient() {
    client.close();
  }

  GoogleChatClient.Builder clientBuilder() {
    return GoogleChatClient.builder()
        .baseUrl(wm.baseUrl())
        .credentials(GoogleChatCredentials.accessToken(TOKEN))
        .sleeper(sleeper);
  }

  /** The text of {@code fixtures/googlechat/<name>.json}. */
  static String fixture(String name) {
    String resource = "/fixtures/googlechat/" + name + ".json";
    try (InputStream in = WireMockSupport.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing fixture " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode json(String text) {
    return ChatJson.readTree(text);
  }

  /** Answers every request with {@code fixtures/googlechat/<name>.json}. */
  static void respond(String fixtureName) {
    wm.stubFor(any(anyUrl()).willReturn(okJson(fixture(fixtureName))));
  }

  /** Answers every request with an empty JSON object. */
  static void respondEmpty() {
    wm.stubFor(any(anyUrl()).willReturn(okJson("{}")));
  }

  /** Asserts method, raw URL (path and query, as encoded), auth, and JSON body (null: no body). */
  static LoggedRequest assertRequest(String method, String url, @Nullable String body) {
    LoggedRequest r = onlyRequest();
    assertThat(r.getMethod().getName()).isEqualTo(method);
    assertThat(r.getUrl()).isEqualTo(url);
    assertThat(r.getHeader("Authorization")).isEqualTo("Bearer " + TOKEN);
    assertThat(r.getHeader("User-Agent")).contains("googlechat");
    assertThat(r.getUrl()).doesNotContain("access_token").doesNotContain("key=");
    if (body == null) {
      assertThat(r.getBodyAsString()).isEmpty();
    } else {
      assertThat(r.getHeader("Content-Type")).startsWith("application/json");
      assertThat(json(r.getBodyAsString())).isEqualTo(json(body));
    }
    return r;
  }

  /** The first call to {@code path} answers 503, later ones 200 with {@code body}. */
  static void failOnceThen(String path, String body) {
    wm.stubFor(any(urlPathEqualTo(path)).inScenario("flaky").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(aResponse().withStatus(503).withBody("{\"error\":{\"code\":503,\"status\":\"UNAVAILABLE\"}}"))
        .willSetStateTo("recovered"));
    wm.stubFor(any(urlPathEqualTo(path)).inScenario("flaky").whenScenarioStateIs("recovered")
        .willReturn(okJson(body)));
  }

  /**
   * Asserts {@code call} fails before any I/O with a message holding {@code message}: an
   * IllegalArgumentException, or a NullPointerException for a missing value Require.nonNull reports.
   */
  static void rejected(ThrowingCallable call, String message) {
    assertThatThrownBy(call).isInstanceOfAny(IllegalArgumentException.class, NullPointerException.class)
        .hasMessageContaining(message);
    assertThat(wm.findAll(anyRequestedFor(anyUrl()))).as("no request may be sent").isEmpty();
  }

  /** Asserts {@code call} sends exactly one request (answered with {}), then forgets it. */
  static void sent(ThrowingCallable call) throws Throwable {
    respondEmpty();
    call.call();
    assertThat(wm.findAll(anyRequestedFor(anyUrl()))).hasSize(1);
    wm.resetRequests();
  }

  static LoggedRequest onlyRequest() {
    List<LoggedRequest> all = wm.findAll(com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor(
        com.github.tomakehurst.wiremock.client.WireMock.anyUrl()));
    if (all.size() != 1) {
      throw new AssertionError("expected exactly one request, got " + all.size() + ": " + all);
    }
    return all.get(0);
  }

  /** Returns at once and records the waits it was asked for. */
  static final class RecordingSleeper implements Sleeper {
    final List<Duration> waits = new CopyOnWriteArrayList<>();

    @Override
    public void sleep(Duration duration) {
      waits.add(duration);
    }

    @Override
    public CompletableFuture<Void> delay(Duration duration) {
      waits.add(duration);
      return CompletableFuture.completedFuture(null);
    }
  }
}
