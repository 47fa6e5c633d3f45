package dev.chatsdk.googlechat.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.chatsdk.core.http.ErrorBodyParser;
import dev.chatsdk.core.json.ChatJson;
import dev.chatsdk.googlechat.GoogleApiError;
import org.jspecify.annotations.Nullable;

/**
 * Reads Google's error envelope {@code {"error": {"code", "message", "status", "details"}}} into a
 * {@link GoogleApiError}; the exception message becomes {@code STATUS: message}.
 */
public final class GoogleErrorParser implements ErrorBodyParser {
  /** The shared parser; it holds no state. */
  public static final GoogleErrorParser INSTANCE = new GoogleErrorParser();
  private static final ObjectReader READER = ChatJson.reader(GoogleApiError.class);

  private GoogleErrorParser() {}

  @Override
  public @Nullable ParsedError parse(int statusCode, String body) {
    try {
      JsonNode root = ChatJson.readTree(body);
      JsonNode error = root == null ? null : root.get("error");
      if (error == null || !error.isObject()) {
        return null;
      }
      GoogleApiError parsed = READER.readValue(error);
      String message = parsed.getMessage();
      String status = parsed.getStatus();
      String text = status == null ? message : message == null ? status : status + ": " + message;
      return new ParsedError(parsed, text);
    } catch (Exception e) {
      return null; // not Google's shape (an HTML page from a proxy, for instance)
    }
  }
}
