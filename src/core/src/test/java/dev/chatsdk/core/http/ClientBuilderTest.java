package dev.chatsdk.core.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ClientBuilderTest {

  /** The smallest backend builder: what StreamChatClient.Builder and GoogleChatClient.Builder do. */
  static final class DemoBuilder extends ClientBuilder<DemoBuilder> {
    DemoBuilder() {
      super("https://api.example.test");
    }

    @Override
    protected DemoBuilder self() {
      return this;
    }

    HttpPipeline build() {
      return pipeline.build();
    }
  }

  @Test
  void settingsChainOnTheBackendTypeAndReachThePipeline() {
    Clock fixed = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
    DemoBuilder b = new DemoBuilder()
        .baseUrl("http://127.0.0.1:8080/prefix")
        .connectTimeout(Duration.ofSeconds(1))
        .readTimeout(Duration.ofSeconds(2))
        .writeTimeout(Duration.ofSeconds(3))
        .callTimeout(Duration.ofSeconds(4))
        .maxRetries(0)
        .maxRetryWait(Duration.ofSeconds(5))
        .initialBackoff(Duration.ofMillis(10))
        .clock(fixed);

    assertThat(b.baseUrl()).isEqualTo("http://127.0.0.1:8080/prefix");
    assertThat(b.clock()).isSameAs(fixed);
    assertThat(b.build().baseUrl().toString()).isEqualTo("http://127.0.0.1:8080/prefix");
  }

  @Test
  void defaultsToTheBackendsProductionUrl() {
    assertThat(new DemoBuilder().build().baseUrl().toString()).isEqualTo("https://api.example.test/");
  }

  @Test
  void rejectsBadSettingsNamingTheParameter() {
    DemoBuilder b = new DemoBuilder();
    assertThatThrownBy(() -> b.connectTimeout(Duration.ZERO)).hasMessageContaining("connectTimeout must be positive");
    assertThatThrownBy(() -> b.readTimeout(Duration.ofSeconds(-1))).hasMessageContaining("readTimeout must be positive");
    assertThatThrownBy(() -> b.writeTimeout(null)).hasMessageContaining("writeTimeout");
    assertThatThrownBy(() -> b.callTimeout(Duration.ZERO)).hasMessageContaining("callTimeout");
    assertThatThrownBy(() -> b.maxRetries(11)).hasMessageContaining("maxRetries");
    assertThatThrownBy(() -> b.httpClient(null)).hasMessageContaining("httpClient");
    assertThatThrownBy(() -> b.baseUrl("http://example.com")).hasMessageContaining("https");
    assertThatThrownBy(() -> b.clock(null)).hasMessageContaining("clock");
  }
}
