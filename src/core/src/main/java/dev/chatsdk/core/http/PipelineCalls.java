package dev.chatsdk.core.http;

import dev.chatsdk.core.ApiConnectionException;
import java.io.IOException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;

/** Small pieces of {@link HttpPipeline} that the sync and async call paths share. */
final class PipelineCalls {
  static final MediaType JSON = MediaType.get("application/json; charset=UTF-8");
  static final RequestBody EMPTY_BODY = RequestBody.create(new byte[0], null);

  private PipelineCalls() {}

  /** The cause of a wrapper thrown by a future, else {@code e} itself. */
  static Throwable unwrap(Throwable e) {
    return (e instanceof CompletionException || e instanceof ExecutionException) && e.getCause() != null ? e.getCause() : e;
  }
  /** Closes upload streams that can be read only once, whether or not the call ever sent them. */
  static void releaseOneShotContent(@Nullable ApiRequest request) {
    if (request != null && request.multipart() != null) {
      request.multipart().releaseOneShotSources();
    }
  }
  /** The error of a call whose credentials could not be obtained; names the exception type only. */
  static ApiConnectionException credentialsFailure(ApiRequest request, IOException e) {
    return new ApiConnectionException(request.operation(),
        request.operation() + " could not obtain credentials: " + e.getClass().getSimpleName(), e);
  }
  /** The OkHttp body of a request: its JSON or multipart content, an empty body where the method needs one. */
  static @Nullable RequestBody body(ApiRequest request) {
    if (request.jsonBody() != null) {
      return RequestBody.create(request.jsonBody(), JSON);
    }
    if (request.multipart() != null) {
      return request.multipart().toRequestBody();
    }
    boolean needsBody = request.method().equals("POST") || request.method().equals("PUT") || request.method().equals("PATCH");
    return needsBody ? EMPTY_BODY : null;
  }
  /**
   * OkHttp itself silently replays a request answered by 503 with {@code Retry-After: 0}, even a
   * POST, bypassing this pipeline's retry rules and attempt count. Dropping that header from the
   * network response turns the decision back to {@link RetryPolicy} (which then uses its backoff).
   */
  static Response withoutImmediateRetryHint(Response response) {
    if (response.code() == 503) {
      String retryAfter = response.header("Retry-After");
      if (retryAfter != null && retryAfter.trim().matches("0+")) {
        return response.newBuilder().removeHeader("Retry-After").build();
      }
    }
    return response;
  }
  /** Drops anything after {@code ?} in URL-like words of a transport error message. */
  static String withoutQuery(String message) {
    return message.replaceAll("\\?[^\\s)]*", "?...");
  }
}
