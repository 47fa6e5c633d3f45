package dev.chatsdk.core;

import java.time.Duration;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * HTTP 429: too many requests. {@link #retryAfter()} says how long the server asked the caller to
 * wait (from {@code Retry-After} or {@code X-RateLimit-Reset}); the SDK already waited and retried
 * when that wait was within the configured cap.
 */
public class RateLimitException extends ApiException {
  private static final long serialVersionUID = 1L;
  /** The wait the server asked for, or null if it gave none. */
  private final @Nullable Duration retryAfter;

  /**
   * Creates the exception for an HTTP 429 response.
   *
   * @param details the failed response; its retry-after duration is kept
   */
  public RateLimitException(Details details) {
    super(details);
    this.retryAfter = details.retryAfter;
  }

  /**
   * How long to wait before the next attempt, when the server said so.
   *
   * @return the wait requested by the server, or empty if it gave none
   */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }
}
