package dev.chatsdk.core.http;

import org.jspecify.annotations.Nullable;

/**
 * Reads a backend's error body (Stream's {@code APIError}, Google's {@code {"error": {...}}}) so
 * the vendor's error object and message reach {@link dev.chatsdk.core.ApiException}.
 * Implementations must not throw: return null when the body is not in the expected shape.
 */
@FunctionalInterface
public interface ErrorBodyParser {

  @Nullable ParsedError parse(int statusCode, String body);

  /** A parser that never recognises anything. */
  static ErrorBodyParser none() {
    return (status, body) -> null;
  }

  /** The vendor error object and the human-readable message to put in the exception. */
  final class ParsedError {
    private final Object error;
    private final @Nullable String message;

    public ParsedError(Object error, @Nullable String message) {
      this.error = error;
      this.message = message;
    }

    public Object error() {
      return error;
    }

    public @Nullable String message() {
      return message;
    }
  }
}
