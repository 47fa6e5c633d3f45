package dev.chatsdk.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** RequestOptions, Require, RateLimitInfo and ApiResponse: small value types with rules of their own. */
class OptionsAndValuesTest {

  @Test
  void requestOptionsAreImmutableCopiesAndPrintNoValues() {
    RequestOptions.Builder b = RequestOptions.builder()
        .timeout(Duration.ofSeconds(3)).maxRetries(0)
        .header("X-Api-Secret", "s3cr3t").queryParam("token", "t0k").queryParam("token", "t1k")
        .idempotencyKey("idem-123");
    RequestOptions options = b.build();
    b.header("X-Later", "x");

    assertThat(options.timeout()).contains(Duration.ofSeconds(3));
    assertThat(options.maxRetries()).contains(0);
    assertThat(options.extraHeaders()).containsOnlyKeys("X-Api-Secret");
    assertThat(options.extraQuery()).containsEntry("token", List.of("t0k", "t1k"));
    assertThat(options.idempotencyKey()).contains("idem-123");
    assertThat(options.toString()).contains("X-Api-Secret", "token").doesNotContain("s3cr3t", "t0k", "idem-123");
    assertThat(options.toBuilder().maxRetries(5).build().extraQuery()).isEqualTo(options.extraQuery());
    assertThatThrownBy(() -> options.extraHeaders().put("a", "b")).isInstanceOf(UnsupportedOperationException.class);
    assertThat(RequestOptions.none().timeout()).isEmpty();
  }

  @Test
  void requestOptionsRejectBadValuesNamingThem() {
    assertThatThrownBy(() -> RequestOptions.builder().timeout(Duration.ZERO)).hasMessageStartingWith("timeout must be positive");
    assertThatThrownBy(() -> RequestOptions.builder().maxRetries(-1)).hasMessageStartingWith("maxRetries must be between 0 and 10");
    assertThatThrownBy(() -> RequestOptions.builder().header("X-A", "v\r\nX-B: 1"))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("header X-A contains a control character");
    assertThatThrownBy(() -> RequestOptions.builder().header("X-A", "café"))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("header X-A contains a non-ASCII character");
    assertThatThrownBy(() -> RequestOptions.builder().idempotencyKey(" ")).hasMessage("idempotencyKey must not be blank");
  }

  @Test
  void requestOptionsMaxRetriesIsBoundedLikeTheClients() {
    for (int retries = 0; retries <= 10; retries++) {
      assertThat(RequestOptions.builder().maxRetries(retries).build().maxRetries()).contains(retries);
    }
    assertThatThrownBy(() -> RequestOptions.builder().maxRetries(11))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("maxRetries must be between 0 and 10, got 11");
    assertThatThrownBy(() -> RequestOptions.builder().maxRetries(-1))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("maxRetries must be between 0 and 10, got -1");
  }

  @Test
  void requireNamesTheParameter() {
    assertThatThrownBy(() -> Require.nonNull(null, "channelId")).isInstanceOf(NullPointerException.class).hasMessage("channelId must not be null");
    assertThatThrownBy(() -> Require.nonBlank("  ", "text")).isInstanceOf(IllegalArgumentException.class).hasMessage("text must not be blank");
    assertThatThrownBy(() -> Require.inRange(101, 1, 100, "limit")).hasMessage("limit must be between 1 and 100, got 101");
    assertThat(Require.inRange(100, 1, 100, "limit")).isEqualTo(100);
    assertThatThrownBy(() -> Require.headerName("X:Y", "header name")).hasMessageContaining("header name");
    assertThat(Require.headerValue("Bearer a.b\tc", "h")).isEqualTo("Bearer a.b\tc");
  }

  @Test
  void rateLimitInfoParsesWhatIsThere() {
    assertThat(RateLimitInfo.parse(null, null, null)).isNull();
    assertThat(RateLimitInfo.parse("x", "y", "z")).isNull();
    RateLimitInfo partial = RateLimitInfo.parse(" 60 ", null, "1767225600");
    assertThat(partial.limit()).contains(60L);
    assertThat(partial.remaining()).isEmpty();
    assertThat(partial.reset()).contains(Instant.parse("2026-01-01T00:00:00Z"));
    assertThat(partial).isEqualTo(new RateLimitInfo(60L, null, Instant.ofEpochSecond(1767225600))).hasSameHashCodeAs(
        new RateLimitInfo(60L, null, Instant.ofEpochSecond(1767225600)));
  }

  @Test
  void aResetOutsideInstantsRangeIsLeftOutNotThrown() {
    for (String reset : new String[] {String.valueOf(Long.MAX_VALUE), String.valueOf(Long.MIN_VALUE), "31556889864403200"}) {
      RateLimitInfo info = RateLimitInfo.parse("60", "0", reset);
      assertThat(info).as(reset).isNotNull();
      assertThat(info.limit()).contains(60L);
      assertThat(info.remaining()).contains(0L);
      assertThat(info.reset()).as(reset).isEmpty();
    }
    assertThat(RateLimitInfo.parse(null, null, String.valueOf(Long.MAX_VALUE))).isEqualTo(new RateLimitInfo(null, null, null));
    // The largest second Instant can hold is still a reset.
    assertThat(RateLimitInfo.parse(null, null, "31556889864403199").reset()).contains(Instant.MAX.minusNanos(999_999_999));
  }

  @Test
  void apiResponseHeadersAreCaseInsensitive() {
    Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    headers.put("X-Request-Id", List.of("r1"));
    ApiResponse<String> r = new ApiResponse<>(201, headers, "r1", null, "data");

    assertThat(r.header("x-request-id")).contains("r1");
    assertThat(r.header("missing")).isEmpty();
    assertThat(r.statusCode()).isEqualTo(201);
    assertThat(r.requestId()).contains("r1");
    assertThat(r.rateLimit()).isEmpty();
    assertThat(r.data()).isEqualTo("data");
  }
}
