package dev.chatsdk.core.http;

import org.jspecify.annotations.Nullable;

/**
 * Reads a backend's error body (Stream's {@code APIError}, Google's {@code {"error": {...}}}) so
 * the vendor's error object and message reach {@link dev.chatsdk.core.ApiException}.
 * Implementations must not throw: return null when the body is not in the expected shape.
 */
@FunctionalInterface
public interface ErrorBodyParser {

  /**
   * Tries to read an error response.
   *
   * @param statusCode the HTTP error status (4xx or 5xx)
   * @param body the response body as text; may be empty
   * @return the vendor error and message, or null when the body has not the expected shape
   */
  @Nullable ParsedError parse(int statusCode, String body);

  /**
   * A parser that never recognises anything.
   *
   * @return a parser that returns null for every body, so errors carry only status and raw body
   */
  static ErrorBodyParser none() {
    return (status, body) -> null;
  }

  /** The vendor error object and the human-readable message to put in the exception. */
  final class ParsedError {
    private final Object error;
    private final @Nullable String message;

    /**
     * Pairs the vendor's error object with its message.
     *
     * @param error the decoded vendor error object, exposed by {@link dev.chatsdk.core.ApiException#vendorError()}
     * @param message the human-readable message from the body, or null if it has none
     */
    public ParsedError(Object error, @Nullable String message) {
      this.error = error;
      this.message = message;
    }

    /**
     * The decoded vendor error object.
     *
     * @return the backend's error model; never null
     */
    public Object error() {
      return error;
    }

    /**
     * The message the vendor gave for the error.
     *
     * @return the human-readable message, or null if the body carried none
     */
    public @Nullable String message() {
      return message;
    }
  }
}
