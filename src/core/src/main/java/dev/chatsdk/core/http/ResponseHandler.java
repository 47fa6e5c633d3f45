package dev.chatsdk.core.http;

import java.io.IOException;
import java.lang.reflect.Type;
import okhttp3.ResponseBody;
import org.jspecify.annotations.Nullable;

/**
 * Turns a successful response body into a value. The pipeline closes the body afterwards.
 * Handlers for JSON models are meant to be created once (for example as static fields), so the
 * Jackson reader is resolved once per type, on first use.
 */
@FunctionalInterface
public interface ResponseHandler<T extends @Nullable Object> {

  /**
   * Decodes a success response.
   *
   * @param statusCode the 2xx HTTP status of the response
   * @param body the response body, decompressed; closed by the pipeline after this returns
   * @return the decoded value, null only for handlers whose type allows it
   * @throws IOException if the body cannot be read
   */
  T handle(int statusCode, ResponseBody body) throws IOException;

  /**
   * Decodes the body as JSON into {@code type} (a class or a generic type). The Jackson reader is
   * resolved on the first response, not here, so API classes holding many handlers add nothing to
   * start-up (docs/benchmarks.md, finding 5). An empty body or the JSON literal {@code null} fails
   * with a {@link dev.chatsdk.core.ResponseDecodeException}, so the result is never null.
   *
   * @param <T> the type the JSON is decoded into
   * @param type a {@link Class} or a generic {@link Type} such as a parameterized list type
   * @return a handler that decodes the body with {@link dev.chatsdk.core.json.ChatJson}'s mapper
   */
  static <T> ResponseHandler<T> json(Type type) {
    return new JsonResponseHandler<>(type);
  }

  /**
   * Ignores the body; the result is {@code null}.
   *
   * @return a handler that reads nothing and always returns {@code null}, for calls with no useful body
   */
  static ResponseHandler<@Nullable Void> discard() {
    return (status, body) -> null;
  }
}
