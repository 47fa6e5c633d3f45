package dev.chatsdk.core;

import org.jspecify.annotations.Nullable;

/**
 * No usable HTTP response arrived: the connection failed, was reset, or the call was interrupted.
 * Retries (where they were safe) have already been spent when this reaches the caller.
 */
public class ApiConnectionException extends ChatException {
  private static final long serialVersionUID = 1L;
  /** The SDK operation that failed. */
  private final String operation;

  /**
   * Creates the exception.
   *
   * @param operation the SDK operation that failed
   * @param message what went wrong; must not contain credentials
   * @param cause the I/O error or interruption behind it, or null
   */
  public ApiConnectionException(String operation, String message, @Nullable Throwable cause) {
    super(message, cause);
    this.operation = operation;
  }

  /**
   * The SDK operation that failed, for example {@code sendMessage}.
   *
   * @return the operation name as the SDK calls it; never null
   */
  public String operation() {
    return operation;
  }
}
