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
 * {@link ResponseHandler#json}: decodes a JSON body, keeping the raw text when decoding fails. An
 * empty body or the JSON literal {@code null} is a decode failure: results are never null.
 */
final class JsonResponseHandler<T> implements ResponseHandler<T> {
  private final Type type;
  /** Resolved on the first response; a benign race resolves the same cached reader twice at most. */
  private volatile @Nullable ObjectReader reader;

  JsonResponseHandler(Type type) {
    this.type = type;
  }

  @Override
  public T handle(int status, ResponseBody body) throws IOException {
    byte[] bytes = body.bytes();
    if (bytes.length == 0) {
      throw new ResponseDecodeException(
          "expected a JSON body but the response (HTTP " + status + ") was empty", status, "", null);
    }
    ObjectReader r = reader;
    if (r == null) {
      r = ChatJson.reader(type);
      reader = r;
    }
    try {
      T value = r.readValue(bytes);
      if (value == null) {
        // The literal null: the descriptions allow it, the services never mean it, and no result
        // type of the SDK is nullable, so it is reported here rather than handed to the caller.
        throw new ResponseDecodeException("expected a JSON value but the response (HTTP " + status
            + ") was JSON null", status, new String(bytes, StandardCharsets.UTF_8), null);
      }
      return value;
    } catch (JsonProcessingException e) {
      throw new ResponseDecodeException(
          "response body (HTTP " + status + ") could not be decoded: " + e.getOriginalMessage(),
          status, new String(bytes, StandardCharsets.UTF_8), e);
    }
  }
}
