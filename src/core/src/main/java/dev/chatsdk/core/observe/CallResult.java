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

  public CallResult(int statusCode, int attempts, @Nullable String requestId, @Nullable String errorType, Duration duration) {
    this.statusCode = statusCode;
    this.attempts = attempts;
    this.requestId = requestId;
    this.errorType = errorType;
    this.duration = duration;
  }

  /** The last response status, or 0 when no response arrived. */
  public int statusCode() {
    return statusCode;
  }

  /** Attempts sent, retries and credential replays included; 0 when the call failed before sending. */
  public int attempts() {
    return attempts;
  }

  public Optional<String> requestId() {
    return Optional.ofNullable(requestId);
  }

  /**
   * Empty on success; otherwise the status code as text for an HTTP error, else the simple class
   * name of the SDK exception the caller got ({@code ApiTimeoutException}, {@code
   * ResponseDecodeException}, {@code CancellationException}...).
   */
  public Optional<String> errorType() {
    return Optional.ofNullable(errorType);
  }

  public boolean successful() {
    return errorType == null;
  }

  /** From the start of the call to its end, waits between attempts included. */
  public Duration duration() {
    return duration;
  }

  @Override
  public String toString() {
    return (errorType == null ? "ok " + statusCode : "failed " + errorType) + " after " + attempts
        + " attempt(s), " + duration.toMillis() + " ms";
  }
}
