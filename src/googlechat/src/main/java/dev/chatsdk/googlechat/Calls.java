package dev.chatsdk.googlechat;

import dev.chatsdk.core.ApiResponse;
import dev.chatsdk.core.RequestOptions;
import dev.chatsdk.core.Require;
import dev.chatsdk.core.http.ApiRequest;
import dev.chatsdk.core.http.HttpPipeline;
import dev.chatsdk.core.http.ResponseHandler;
import dev.chatsdk.googlechat.params.QueryParams;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/** What {@link SpacesApi} and {@link MediaApi} share: option checks and the three call forms. */
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

  /** Adds the parameters that are set; null params add nothing. */
  static ApiRequest.Builder query(ApiRequest.Builder request, @Nullable QueryParams params) {
    if (params != null) {
      params.toQueryMap().forEach(request::query);
    }
    return request;
  }
}
