package dev.chatsdk.core.http;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

/** Pipelines pointed at a WireMock server, with an injected sleeper and a fixed clock. */
final class TestPipelines {
  /** The fixed "now" of every test pipeline. */
  static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
  static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

  private TestPipelines() {}

  static HttpPipeline.Builder builder(WireMockExtension wm, Sleeper sleeper) {
    return HttpPipeline.builder()
        .baseUrl(wm.baseUrl())
        .backendName("test")
        .sleeper(sleeper)
        .clock(CLOCK)
        .initialBackoff(Duration.ofMillis(100))
        .maxBackoff(Duration.ofSeconds(2))
        .readTimeout(Duration.ofSeconds(5));
  }

  static WireMockExtension wireMock() {
    return WireMockExtension.newInstance()
        .options(com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig().dynamicPort())
        .build();
  }
}
