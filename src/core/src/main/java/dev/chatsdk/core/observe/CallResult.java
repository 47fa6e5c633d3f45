package dev.chatsdk.core.observe;

import java.time.Duration;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The end of a call: its last status, how many attempts it took, how long, and why it failed. */
public final class CallResult {
  private final int statusCode;
  private final int attempts;
  private final @Nullable String requestId;
  private final @Nullable String errorType;
  private final Duration duration;

  /**
   * Describes an ended call; created by the HTTP pipeline.
   *
   * @param statusCode the last response status, or 0 when no response arrived
   * @param attempts the number of attempts sent
   * @param requestId the last response's request id, or null
   * @param errorType why the call failed, or null on success
   * @param duration time from the start of the call to its end
   */
  public CallResult(int statusCode, int attempts, @Nullable String requestId, @Nullable String errorType, Duration duration) {
    this.statusCode = statusCode;
    this.attempts = attempts;
    this.requestId = requestId;
    this.errorType = errorType;
    this.duration = duration;
  }

  /**
   * The last response status, or 0 when no response arrived.
   *
   * @return the HTTP status code of the last response, or 0
   */
  public int statusCode() {
    return statusCode;
  }

  /**
   * Attempts sent, retries and credential replays included; 0 when the call failed before sending.
   *
   * @return the number of attempts that were sent
   */
  public int attempts() {
    return attempts;
  }

  /**
   * The server's request id from the last response, when it carried one.
   *
   * @return the request id, or empty
   */
  public Optional<String> requestId() {
    return Optional.ofNullable(requestId);
  }

  /**
   * Empty on success; otherwise the status code as text for an HTTP error, else the simple class
   * name of the SDK exception the caller got ({@code ApiTimeoutException}, {@code
   * ResponseDecodeException}, {@code CancellationException}...).
   *
   * @return the error type, or empty if the call succeeded
   */
  public Optional<String> errorType() {
    return Optional.ofNullable(errorType);
  }

  /**
   * Whether the call succeeded.
   *
   * @return true if the caller got a result, false if it got an exception
   */
  public boolean successful() {
    return errorType == null;
  }

  /**
   * From the start of the call to its end, waits between attempts included.
   *
   * @return the call's total duration
   */
  public Duration duration() {
    return duration;
  }

  @Override
  public String toString() {
    return (errorType == null ? "ok " + statusCode : "failed " + errorType) + " after " + attempts
        + " attempt(s), " + duration.toMillis() + " ms";
  }
}
