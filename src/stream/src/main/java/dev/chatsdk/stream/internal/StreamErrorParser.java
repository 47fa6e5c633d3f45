package dev.chatsdk.stream.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.chatsdk.core.http.ErrorBodyParser;
import dev.chatsdk.core.json.ChatJson;
import dev.chatsdk.stream.model.APIError;
import org.jspecify.annotations.Nullable;

/**
 * Reads Stream's error body ({@code code}, {@code message}, {@code StatusCode}, {@code duration},
 * {@code more_info}, {@code details}, {@code exception_fields}) into the generated {@link APIError},
 * which becomes the exception's vendor error. The exception message gets Stream's message and
 * numeric error code.
 */
public final class StreamErrorParser implements ErrorBodyParser {
  /** The shared parser; it holds no state. */
  public static final StreamErrorParser INSTANCE = new StreamErrorParser();
  private static final ObjectReader TREE = ChatJson.reader(JsonNode.class);
  private static final ObjectReader API_ERROR = ChatJson.reader(APIError.class);

  private StreamErrorParser() {}

  @Override
  public @Nullable ParsedError parse(int statusCode, String body) {
    JsonNode tree;
    try {
      tree = TREE.readTree(body);
    } catch (java.io.IOException e) {
      return null; // not JSON (for example an HTML page from a proxy)
    }
    if (tree == null || !tree.isObject() || !(tree.has("message") || tree.has("code"))) {
      return null;
    }
    APIError error;
    try {
      error = API_ERROR.readValue(tree);
    } catch (java.io.IOException | RuntimeException e) {
      return null;
    }
    return new ParsedError(error, describe(tree));
  }

  private static @Nullable String describe(JsonNode tree) {
    JsonNode message = tree.get("message");
    JsonNode code = tree.get("code");
    String text = message != null && message.isTextual() ? message.asText() : null;
    if (code != null && code.isIntegralNumber()) {
      return (text == null || text.isEmpty() ? "" : text + " ") + "(Stream error code " + code.asInt() + ")";
    }
    return text;
  }
}
