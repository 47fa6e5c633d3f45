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

  /**
   * Describes an ended attempt; created by the HTTP pipeline.
   *
   * @param attempt 1-based number of the attempt within its call
   * @param statusCode the response status, or 0 when no response arrived
   * @param errorType why the attempt failed, or null on success
   * @param requestId the server's request id, or null
   * @param duration time from sending to the response head or the failure
   * @param retryWait the wait before the next attempt, or null when no retry follows
   */
  public AttemptInfo(int attempt, int statusCode, @Nullable String errorType, @Nullable String requestId,
      Duration duration, @Nullable Duration retryWait) {
    this.attempt = attempt;
    this.statusCode = statusCode;
    this.errorType = errorType;
    this.requestId = requestId;
    this.duration = duration;
    this.retryWait = retryWait;
  }

  /**
   * 1-based number of the attempt.
   *
   * @return 1 for the first attempt, then counting up through retries and replays
   */
  public int attempt() {
    return attempt;
  }

  /**
   * The response status, or 0 when no response arrived.
   *
   * @return the HTTP status code, or 0 after a transport failure
   */
  public int statusCode() {
    return statusCode;
  }

  /**
   * Why the attempt failed: the status code as text for an HTTP error (as OpenTelemetry's {@code
   * error.type} does), the simple class name of the transport exception otherwise; empty on success.
   *
   * @return the error type, or empty if the attempt succeeded
   */
  public Optional<String> errorType() {
    return Optional.ofNullable(errorType);
  }

  /**
   * The server's request id, when the response carried one.
   *
   * @return the request id, or empty
   */
  public Optional<String> requestId() {
    return Optional.ofNullable(requestId);
  }

  /**
   * From sending to the response head (or the failure).
   *
   * @return the attempt's duration, not including any wait before it
   */
  public Duration duration() {
    return duration;
  }

  /**
   * The wait before the next attempt when the client retries; empty when it does not.
   *
   * @return the retry delay, or empty if this was the last attempt
   */
  public Optional<Duration> retryWait() {
    return Optional.ofNullable(retryWait);
  }

  /**
   * Whether the server said the client is over its rate limit (HTTP 429).
   *
   * @return true if the response status was 429
   */
  public boolean rateLimited() {
    return statusCode == 429;
  }

  @Override
  public String toString() {
    return "attempt " + attempt + ": " + (statusCode > 0 ? String.valueOf(statusCode) : errorType)
        + (retryWait == null ? "" : ", retry in " + retryWait.toMillis() + " ms");
  }
}
