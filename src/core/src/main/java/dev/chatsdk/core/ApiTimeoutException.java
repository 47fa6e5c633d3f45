package dev.chatsdk.core;

import org.jspecify.annotations.Nullable;

/** A connect, read, write or whole-call timeout expired before the response was complete. */
public class ApiTimeoutException extends ApiConnectionException {
  private static final long serialVersionUID = 1L;

  public ApiTimeoutException(String operation, String message, @Nullable Throwable cause) {
    super(operation, message, cause);
  }
}
