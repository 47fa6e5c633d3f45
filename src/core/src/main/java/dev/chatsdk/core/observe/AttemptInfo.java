package dev.chatsdk.core.observe;

import java.time.Duration;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The end of one attempt: its status or transport error, and what the client does next. */
public final class AttemptInfo {
  private final int attempt;
  private final int statusCode;
  private final @Nullable String errorType;
  private final @Nullable String requestId;
  private final Duration duration;
  private final @Nullable Duration retryWait;

  public AttemptInfo(int attempt, int statusCode, @Nullable String errorType, @Nullable String requestId,
      Duration duration, @Nullable Duration retryWait) {
    this.attempt = attempt;
    this.statusCode = statusCode;
    this.errorType = errorType;
    this.requestId = requestId;
    this.duration = duration;
    this.retryWait = retryWait;
  }

  /** 1-based number of the attempt. */
  public int attempt() {
    return attempt;
  }

  /** The response status, or 0 when no response arrived. */
  public int statusCode() {
    return statusCode;
  }

  /**
   * Why the attempt failed: the status code as text for an HTTP error (as OpenTelemetry's {@code
   * error.type} does), the simple class name of the transport exception otherwise; empty on success.
   */
  public Optional<String> errorType() {
    return Optional.ofNullable(errorType);
  }

  /** The server's request id, when the response carried one. */
  public Optional<String> requestId() {
    return Optional.ofNullable(requestId);
  }

  /** From sending to the response head (or the failure). */
  public Duration duration() {
    return duration;
  }

  /** The wait before the next attempt when the client retries; empty when it does not. */
  public Optional<Duration> retryWait() {
    return Optional.ofNullable(retryWait);
  }

  /** Whether the server said the client is over its rate limit (HTTP 429). */
  public boolean rateLimited() {
    return statusCode == 429;
  }

  @Override
  public String toString() {
    return "attempt " + attempt + ": " + (statusCode > 0 ? String.valueOf(statusCode) : errorType)
        + (retryWait == null ? "" : ", retry in " + retryWait.toMillis() + " ms");
  }
}
