package dev.chatsdk.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FaultInjectionTest {
  private static ChatEmulator emulator;
  private static Wire wire;

  @BeforeAll
  static void start() {
    emulator = ChatEmulator.start();
    wire = new Wire(emulator);
  }

  @AfterAll
  static void stop() {
    emulator.close();
  }

  @BeforeEach
  void reset() {
    emulator.reset();
  }

  @Test
  void stream429CarriesRetryAfterAndRateLimitHeadersInStreamFormat() {
    emulator.stream().failNext(429, Duration.ofMillis(1500));
    long before = Instant.now().getEpochSecond();
    Wire.Reply r = wire.stream("GET", "/og?url=" + Wire.enc("https://example.com"));
    assertThat(r.status).isEqualTo(429);
    assertThat(r.header("Retry-After")).isEqualTo("2");
    assertThat(r.header("X-RateLimit-Limit")).isEqualTo("1000");
    assertThat(r.header("X-RateLimit-Remaining")).isEqualTo("0");
    assertThat(Long.parseLong(r.header("X-RateLimit-Reset"))).isBetween(before + 1, before + 4);
    assertThat(r.json().get("code").asInt()).isEqualTo(9);
    assertThat(r.json().get("StatusCode").asInt()).isEqualTo(429);
    assertThat(wire.stream("GET", "/og?url=" + Wire.enc("https://example.com")).status).as("only once").isEqualTo(200);
  }

  @Test
  void googleFailuresUseGoogleFormatAndCount() {
    emulator.googleChat().failNext(503, 2);
    assertThat(emulator.googleChat().pendingFailures()).isEqualTo(2);
    Wire.Reply first = wire.google("GET", "/v1/spaces");
    assertThat(first.status).isEqualTo(503);
    assertThat(first.json().at("/error/status").asText()).isEqualTo("UNAVAILABLE");
    assertThat(wire.google("GET", "/v1/spaces").status).isEqualTo(503);
    assertThat(wire.google("GET", "/v1/spaces").status).isEqualTo(200);
    assertThat(emulator.googleChat().requestCount()).isEqualTo(3);
    emulator.googleChat().failNext(429, Duration.ofSeconds(3));
    Wire.Reply limited = wire.google("GET", "/v1/spaces");
    assertThat(limited.json().at("/error/status").asText()).isEqualTo("RESOURCE_EXHAUSTED");
    assertThat(limited.header("Retry-After")).isEqualTo("3");
  }

  @Test
  void faultsAreQueuedInOrderAndPerService() {
    emulator.stream().failNext(500).failNext(502);
    assertThat(wire.google("GET", "/v1/spaces").status).as("other service unaffected").isEqualTo(200);
    assertThat(wire.stream("GET", "/messages/x").status).isEqualTo(500);
    assertThat(wire.stream("GET", "/messages/x").status).isEqualTo(502);
    assertThat(wire.stream("GET", "/messages/x").status).isEqualTo(404);
    emulator.stream().failNext(500, 5).clearFailures();
    assertThat(wire.stream("GET", "/messages/x").status).isEqualTo(404);
  }

  @Test
  void badArgumentsAreRejected() {
    assertThatThrownBy(() -> emulator.stream().failNext(200)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> emulator.stream().failNext(500, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> emulator.stream().withLatency(Duration.ofMillis(-1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void latencyDelaysEveryAnswer() {
    emulator.googleChat().withLatency(Duration.ofMillis(300));
    long start = System.nanoTime();
    assertThat(wire.google("GET", "/v1/spaces").status).isEqualTo(200);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
    emulator.googleChat().withLatency(Duration.ZERO);
    assertThat(emulator.googleChat().requestCount()).isEqualTo(1);
  }

  @Test
  void requestsAreRecordedForInspection() {
    wire.google("POST", "/v1/spaces?requestId=abc", "{'spaceType':'SPACE','displayName':'Recorded'}");
    RecordedRequest last = emulator.googleChat().lastRequest();
    assertThat(last).isNotNull();
    assertThat(last.method()).isEqualTo("POST");
    assertThat(last.path()).isEqualTo("/v1/spaces");
    assertThat(last.queryParam("requestId")).isEqualTo("abc");
    assertThat(last.header("authorization")).isEqualTo("Bearer " + emulator.googleAccessToken());
    assertThat(last.bodyAsString()).contains("Recorded");
    assertThat(last.toString()).isEqualTo("POST /v1/spaces").doesNotContain("Bearer");
    assertThat(emulator.googleChat().requests()).hasSize(1);
    emulator.googleChat().clearRequests();
    assertThat(emulator.googleChat().requestCount()).isZero();
    assertThat(emulator.googleChat().lastRequest()).isNull();
  }

  @Test
  void concurrentRequestsAreSafe() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Integer>> results = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        int n = i;
        results.add(pool.submit(() -> wire.stream("POST", "/channels/messaging/busy/message",
            "{'message':{'text':'m" + n + "','user_id':'u" + n + "'}}").status));
      }
      for (Future<Integer> f : results) {
        assertThat(f.get()).isEqualTo(201);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(emulator.stream().messageCount("messaging", "busy")).isEqualTo(40);
    assertThat(emulator.stream().requestCount()).isEqualTo(40);
  }

  @Test
  void fixedPortsAndCustomCredentials() throws Exception {
    int streamPort;
    int googlePort;
    try (java.net.ServerSocket a = new java.net.ServerSocket(0); java.net.ServerSocket b = new java.net.ServerSocket(0)) {
      streamPort = a.getLocalPort();
      googlePort = b.getLocalPort();
    }
    try (ChatEmulator fixed = ChatEmulator.builder().ports(streamPort, googlePort).streamCredentials("k", "super-secret-value")
        .googleCaller("users/42").start()) {
      assertThat(fixed.streamBaseUrl()).isEqualTo("http://127.0.0.1:" + streamPort);
      assertThat(fixed.googleChatBaseUrl()).isEqualTo("http://127.0.0.1:" + googlePort);
      assertThat(fixed.toString()).doesNotContain("super-secret-value");
      Wire w = new Wire(fixed);
      assertThat(w.stream("GET", "/og?url=" + Wire.enc("https://example.com")).status).isEqualTo(200);
      assertThat(w.google("POST", "/v1/spaces", "{'spaceType':'SPACE','displayName':'P'}").json()
          .at("/membershipCount/joinedDirectHumanUserCount").asInt()).isEqualTo(1);
      assertThat(fixed.googleCallerName()).isEqualTo("users/42");
    }
    assertThatThrownBy(() -> ChatEmulator.builder().ports(-1, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ChatEmulator.builder().googleCaller("bob")).isInstanceOf(IllegalArgumentException.class);
  }
}
