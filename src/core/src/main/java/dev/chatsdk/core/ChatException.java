package dev.chatsdk.core;

import org.jspecify.annotations.Nullable;

/**
 * Root of every exception the SDK throws on purpose. Unchecked, so callers catch only what they can
 * handle. Messages name the operation and never contain credentials.
 */
public class ChatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception without a cause.
   *
   * @param message what went wrong, naming the operation; must not contain credentials
   */
  public ChatException(String message) {
    super(message);
  }

  /**
   * Creates an exception with a cause.
   *
   * @param message what went wrong, naming the operation; must not contain credentials
   * @param cause the underlying exception, or null
   */
  public ChatException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}
