package dev.chatsdk.core;

import org.jspecify.annotations.Nullable;

/**
 * No usable HTTP response arrived: the connection failed, was reset, or the call was interrupted.
 * Retries (where they were safe) have already been spent when this reaches the caller.
 */
public class ApiConnectionException extends ChatException {
  private static final long serialVersionUID = 1L;
  private final String operation;

  public ApiConnectionException(String operation, String message, @Nullable Throwable cause) {
    super(message, cause);
    this.operation = operation;
  }

  /** The SDK operation that failed, for example {@code sendMessage}. */
  public String operation() {
    return operation;
  }
}
