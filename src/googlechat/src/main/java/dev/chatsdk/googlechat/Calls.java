package dev.chatsdk.googlechat;

import dev.chatsdk.core.ApiResponse;
import dev.chatsdk.core.RequestOptions;
import dev.chatsdk.core.Require;
import dev.chatsdk.core.http.ApiRequest;
import dev.chatsdk.core.http.HttpPipeline;
import dev.chatsdk.core.http.PathEncoder;
import dev.chatsdk.core.http.ResponseHandler;
import dev.chatsdk.core.QueryParams;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/** What the generated API classes share: option checks, query parameters, idempotency ids, the call forms. */
final class Calls {
  /** Query parameters that would carry a credential in the URL; the SDK sends tokens only as headers. */
  private static final Set<String> CREDENTIAL_QUERY = Set.of("access_token", "oauth_token", "key");

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
    Require.nonNull(options, "options");
    for (String name : options.extraQuery().keySet()) {
      if (CREDENTIAL_QUERY.contains(name)) {
        throw new IllegalArgumentException("query parameter " + name
            + " is not supported: credentials are sent only in the Authorization header");
      }
    }
    return options;
  }

  /**
   * The id that makes a create safe to retry: the caller's, else the options' idempotency key, else
   * a fresh UUID. Computed once per call, so every attempt sends the same id.
   */
  static String idempotencyId(@Nullable String given, RequestOptions options) {
    if (given != null) {
      return given;
    }
    return check(options).idempotencyKey().orElseGet(() -> UUID.randomUUID().toString());
  }

  /** Checks a resource name sent outside the path (as a query value) and returns it unchanged. */
  static String checkedName(String parameter, @Nullable String value, Pattern pattern, String example) {
    PathEncoder.resourceName(parameter, value, pattern, example);
    return value;
  }

  /** Adds the parameters that are set; null params add nothing. */
  static ApiRequest.Builder query(ApiRequest.Builder request, @Nullable QueryParams params) {
    if (params != null) {
      params.toQueryMap().forEach(request::query);
    }
    return request;
  }
}
