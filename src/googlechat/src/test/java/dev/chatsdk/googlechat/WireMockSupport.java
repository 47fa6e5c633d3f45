package dev.chatsdk.googlechat;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
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
