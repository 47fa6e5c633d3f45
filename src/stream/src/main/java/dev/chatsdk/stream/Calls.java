package dev.chatsdk.stream;

import dev.chatsdk.core.ApiResponse;
import dev.chatsdk.core.Page;
import dev.chatsdk.core.QueryParams;
import dev.chatsdk.core.RequestOptions;
import dev.chatsdk.core.Require;
import dev.chatsdk.core.http.ApiRequest;
import dev.chatsdk.core.http.HttpPipeline;
import dev.chatsdk.core.http.MultipartContent;
import dev.chatsdk.core.http.ResponseHandler;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * What the generated Stream API classes share: the call forms, option checks, query and form
 * encoding, and the offset arithmetic of the auto-pagers. Nothing here belongs to one operation.
 */
final class Calls {
  private final HttpPipeline pipeline;

  Calls(HttpPipeline pipeline) {
    this.pipeline = pipeline;
  }

  <T> ApiResponse<T> execute(ApiRequest request, ResponseHandler<T> handler, RequestOptions options) {
    return pipeline.execute(request, handler, check(options));
  }

  /** Sends asynchronously; completing the future early cancels the call (see HttpPipeline#executeAsyncData). */
  <T> CompletableFuture<T> async(ApiRequest request, ResponseHandler<T> handler, RequestOptions options) {
    return pipeline.executeAsyncData(request, handler, check(options));
  }

  static RequestOptions check(@Nullable RequestOptions options) {
    return Require.nonNull(options, "options");
  }

  /** Adds the parameters that are set; null params add nothing. */
  static ApiRequest.Builder query(ApiRequest.Builder request, @Nullable QueryParams params) {
    if (params != null) {
      params.toQueryMap().forEach(request::query);
    }
    return request;
  }

  /**
   * A list sent comma-separated in one query parameter: not empty, and no element null, blank or
   * holding a comma (which would split it in two on the server).
   */
  static List<String> csvValues(String name, @Nullable List<String> values) {
    Require.nonNull(values, name);
    if (values.isEmpty()) {
      throw new IllegalArgumentException(name + " must not be empty");
    }
    for (int i = 0; i < values.size(); i++) {
      String v = Require.nonBlank(values.get(i), name + "[" + i + "]");
      if (v.indexOf(',') >= 0) {
        throw new IllegalArgumentException(name + "[" + i + "] must not contain ',' (the values are sent comma-separated)");
      }
    }
    return values;
  }

  /** Adds a JSON-encoded form field when the value is set. */
  static void formJson(MultipartContent form, String name, @Nullable Object value) {
    if (value != null) {
      form.jsonField(name, value);
    }
  }

  /** A reference to an object by id, {@code {"id": id}} (Stream's {@code user} form field); null stays null. */
  static @Nullable Map<String, String> idObject(@Nullable String id) {
    return id == null ? null : Map.of("id", id);
  }

  /** The offset of a page: the pager's cursor once iterating, else the caller's start (0 when unset). */
  static int offset(@Nullable String cursor, @Nullable Integer start) {
    return cursor != null ? Integer.parseInt(cursor) : start == null ? 0 : start;
  }

  /** A page of an offset pager: the next offset, or none after an empty page or one shorter than the limit. */
  static <T> Page<T> offsetPage(List<T> items, int offset, @Nullable Integer limit) {
    boolean last = items.isEmpty() || (limit != null && items.size() < limit);
    return new Page<>(items, last ? null : String.valueOf(offset + items.size()));
  }
}
