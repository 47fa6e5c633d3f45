package dev.chatsdk.core.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.chatsdk.core.ResponseDecodeException;
import dev.chatsdk.core.json.ChatJson;
import java.io.IOException;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import okhttp3.ResponseBody;
import org.jspecify.annotations.Nullable;

/**
 * Turns a successful response body into a value. The pipeline closes the body afterwards.
 * Handlers for JSON models are meant to be created once (for example as static fields), so the
 * Jackson reader is resolved once per type.
 */
@FunctionalInterface
public interface ResponseHandler<T extends @Nullable Object> {

  T handle(int statusCode, ResponseBody body) throws IOException;

  /** Decodes the body as JSON into {@code type} (a class or a generic type). */
  static <T> ResponseHandler<T> json(Type type) {
    ObjectReader reader = ChatJson.reader(type);
    return (status, body) -> {
      byte[] bytes = body.bytes();
      if (bytes.length == 0) {
        throw new ResponseDecodeException(
            "expected a JSON body but the response (HTTP " + status + ") was empty", status, "", null);
      }
      try {
        return reader.readValue(bytes);
      } catch (JsonProcessingException e) {
        throw new ResponseDecodeException(
            "response body (HTTP " + status + ") could not be decoded: " + e.getOriginalMessage(),
            status, new String(bytes, StandardCharsets.UTF_8), e);
      }
    };
  }

  /** Ignores the body; the result is {@code null}. */
  static ResponseHandler<@Nullable Void> discard() {
    return (status, body) -> null;
  }
}
