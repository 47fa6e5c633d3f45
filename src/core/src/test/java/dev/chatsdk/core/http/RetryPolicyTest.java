package dev.chatsdk.core.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The policy's arithmetic, without a server: hints, caps and backoff bounds over many draws. */
class RetryPolicyTest {
  private final RetryPolicy policy =
      new RetryPolicy(Duration.ofMillis(500), Duration.ofSeconds(8), Duration.ofSeconds(30), TestPipelines.CLOCK);

  private static Response response(int code, String header, String value) {
    return new Response.Builder().request(new Request.Builder().url("http://localhost/").build())
        .protocol(Protocol.HTTP_1_1).code(code).message("x").header(header, value).build();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "429 | Retry-After       | 3                             | PT3S",
      "503 | Retry-After       | 0                             | PT0S",
      "429 | Retry-After       | 1.5                           | PT1.5S",
      "429 | Retry-After       | Thu, 01 Jan 2026 00:00:10 GMT | PT10S",
      "429 | Retry-After       | Wed, 31 Dec 2025 23:59:00 GMT | PT0S",
      "429 | Retry-After       | 99999999999999999999999       | PT8760H",
      "429 | X-RateLimit-Reset | 1767225605                    | PT5S",
  })
  void serverHints(int code, String header, String value, String expected) {
    assertThat(policy.serverHint(response(code, header, value))).isEqualTo(Duration.parse(expected));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "429 | Retry-After       | NaN",
      "429 | Retry-After       | -5",
      "429 | Retry-After       | soon",
      "503 | X-RateLimit-Reset | 1767225605",
      "429 | X-RateLimit-Reset | 1767225000",
      "429 | X-RateLimit-Reset | 1767225600",
      "429 | X-RateLimit-Reset | -99999999999999999",
  })
  void unusableHintsAreIgnored(int code, String header, String value) {
    assertThat(policy.serverHint(response(code, header, value))).isNull();
  }

  @Test
  void backoffDoublesWithUpTo25PercentJitterAndIsCapped() {
    for (int i = 0; i < 1_000; i++) {
      assertThat(policy.backoff(1).toMillis()).isBetween(375L, 500L);
      assertThat(policy.backoff(2).toMillis()).isBetween(750L, 1000L);
      assertThat(policy.backoff(4).toMillis()).isBetween(3000L, 4000L);
      assertThat(policy.backoff(5).toMillis()).isBetween(6000L, 8000L);
      assertThat(policy.backoff(60).toMillis()).isBetween(6000L, 8000L);
    }
  }

  @Test
  void whichStatusesAndFailuresMayBeRetried() {
    ApiRequest get = ApiRequest.builder("op", "GET", "/").build();
    ApiRequest post = ApiRequest.builder("op", "POST", "/").build();
    ApiRequest patch = ApiRequest.builder("op", "PATCH", "/").build();
    ApiRequest keyed = ApiRequest.builder("op", "POST", "/").idempotencyKey("k").build();
    ApiRequest forcedUnsafe = ApiRequest.builder("op", "PUT", "/").retrySafe(false).build();

    assertThat(get.retrySafe()).isTrue();
    assertThat(post.retrySafe()).isFalse();
    assertThat(patch.retrySafe()).isFalse();
    assertThat(keyed.retrySafe()).isTrue();
    assertThat(forcedUnsafe.retrySafe()).isFalse();
    assertThat(RetryPolicy.mayRetryStatus(429, post, false)).isTrue();
    assertThat(RetryPolicy.mayRetryStatus(503, post, false)).isFalse();
    assertThat(RetryPolicy.mayRetryStatus(503, post, true)).isTrue();
    assertThat(RetryPolicy.mayRetryStatus(501, get, true)).isFalse();
    assertThat(RetryPolicy.mayRetryFailure(false, post, false)).isTrue();
    assertThat(RetryPolicy.mayRetryFailure(true, post, false)).isFalse();
    assertThat(RetryPolicy.mayRetryFailure(true, get, true)).isTrue();
  }
}
