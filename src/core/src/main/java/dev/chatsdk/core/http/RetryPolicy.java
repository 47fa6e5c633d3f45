package dev.chatsdk.core.http;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;

/**
 * Which failures are retried and how long to wait. See DESIGN.md §6 and docs/errors-and-retries.md.
 */
final class RetryPolicy {
  private static final Pattern DELAY_SECONDS = Pattern.compile("[0-9]+(\\.[0-9]+)?");
  private static final long MAX_SECONDS = 365L * 24 * 3600;
  private final Duration initialBackoff;
  private final Duration maxBackoff;
  private final Duration maxRetryWait;
  private final Clock clock;

  RetryPolicy(Duration initialBackoff, Duration maxBackoff, Duration maxRetryWait, Clock clock) {
    this.initialBackoff = initialBackoff;
    this.maxBackoff = maxBackoff;
    this.maxRetryWait = maxRetryWait;
    this.clock = clock;
  }

  Duration maxRetryWait() {
    return maxRetryWait;
  }

  static boolean isRetryableStatus(int status) {
    return status == 408 || status == 429 || status == 500 || status == 502 || status == 503 || status == 504;
  }

  /**
   * Whether a failed status may be retried for this request. A 429 means the server did not
   * process the request, so even a POST is safe; other statuses need a retry-safe request
   * ({@code retrySafe}: the request's own flag or a caller's idempotency key).
   */
  static boolean mayRetryStatus(int status, ApiRequest request, boolean retrySafe) {
    if (!isRetryableStatus(status) || !request.bodyRepeatable()) {
      return false;
    }
    return status == 429 || retrySafe;
  }

  /**
   * Whether a transport failure may be retried: always when nothing was sent; after sending, only
   * when the request is retry-safe and its body can be sent again.
   */
  static boolean mayRetryFailure(boolean sent, ApiRequest request, boolean retrySafe) {
    return !sent || (retrySafe && request.bodyRepeatable());
  }

  /** Exponential backoff with jitter for the n-th retry (1-based): base * 2^(n-1), minus up to 25%. */
  Duration backoff(int retry) {
    long base = initialBackoff.toMillis() << Math.min(retry - 1, 20);
    long capped = Math.min(base, maxBackoff.toMillis());
    double jitter = 1.0 - ThreadLocalRandom.current().nextDouble() * 0.25;
    return Duration.ofMillis((long) (capped * jitter));
  }

  /**
   * The wait the server asked for: {@code Retry-After} (seconds or HTTP date) or, on a 429,
   * {@code X-RateLimit-Reset} (Unix seconds, when still in the future). Null when the response names none.
   */
  @Nullable Duration serverHint(Response response) {
    String retryAfter = response.header("Retry-After");
    if (retryAfter != null) {
      Duration d = parseRetryAfter(retryAfter.trim());
      if (d != null) {
        return d;
      }
    }
    if (response.code() == 429) {
      String reset = response.header("X-RateLimit-Reset");
      if (reset != null) {
        try {
          Instant at = Instant.ofEpochSecond(Math.min(Long.parseLong(reset.trim()), Instant.MAX.getEpochSecond()));
          Duration wait = Duration.between(clock.instant(), at);
          // A reset time already past (clock skew, a stale window) says nothing: use the backoff
          // rather than retrying at once again and again.
          return wait.isNegative() || wait.isZero() ? null : wait;
        } catch (NumberFormatException | DateTimeException e) {
          return null;
        }
      }
    }
    return null;
  }

  private @Nullable Duration parseRetryAfter(String value) {
    if (DELAY_SECONDS.matcher(value).matches()) {
      // RFC 9110 says whole seconds; a fraction is tolerated. A huge value saturates (it is over any cap).
      double seconds = Double.parseDouble(value);
      return seconds >= MAX_SECONDS ? Duration.ofSeconds(MAX_SECONDS) : Duration.ofMillis((long) (seconds * 1000));
    }
    try {
      ZonedDateTime at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME);
      return nonNegative(Duration.between(clock.instant(), at.toInstant()));
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static Duration nonNegative(Duration d) {
    return d.isNegative() ? Duration.ZERO : d;
  }
}
