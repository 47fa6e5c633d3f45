package dev.chatsdk.core;

import org.jspecify.annotations.Nullable;

/** A connect, read, write or whole-call timeout expired before the response was complete. */
public class ApiTimeoutException extends ApiConnectionException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param operation the SDK operation that timed out
   * @param message which timeout expired and when
   * @param cause the transport's timeout exception, or null when the call's own deadline expired
   */
  public ApiTimeoutException(String operation, String message, @Nullable Throwable cause) {
    super(operation, message, cause);
  }
}
