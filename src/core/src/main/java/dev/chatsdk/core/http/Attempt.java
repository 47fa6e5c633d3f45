package dev.chatsdk.core.http;

import dev.chatsdk.core.Authenticator;
import java.net.URI;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.HttpUrl;
import okhttp3.Request;
import org.jspecify.annotations.Nullable;

/**
 * One attempt under construction. It is the {@link Authenticator.Target}; once authenticated,
 * {@link #toCall()} turns it into the OkHttp call.
 */
final class Attempt implements Authenticator.Target {
  private final HttpPipeline pipeline;
  final CallState state;
  final HttpPipeline.SentMarker marker = new HttpPipeline.SentMarker();
  final Request.Builder requestBuilder;
  final long remainingNanos;
  /** Created only when the authenticator adds a query parameter (Stream's {@code api_key}). */
  private HttpUrl.@Nullable Builder url;

  Attempt(HttpPipeline pipeline, CallState state, Request.Builder requestBuilder, long remainingNanos) {
    this.pipeline = pipeline;
    this.state = state;
    this.requestBuilder = requestBuilder;
    this.remainingNanos = remainingNanos;
  }

  @Override
  public URI uri() {
    return state.uri();
  }

  @Override
  public URI origin() {
    return pipeline.origin;
  }

  @Override
  public void setHeader(String name, String value) {
    requestBuilder.header(name, value);
  }

  @Override
  public void addQueryParameter(String name, String value) {
    if (url == null) {
      url = state.url.newBuilder();
    }
    url.addQueryParameter(name, value);
  }

  Call toCall() {
    ApiRequest request = state.request;
    requestBuilder.url(url == null ? state.url : url.build())
        .method(request.method(), PipelineCalls.body(request));
    Call call = pipeline.client.newCall(requestBuilder.build());
    if (state.deadlineNanos != 0) {
      call.timeout().timeout(remainingNanos, TimeUnit.NANOSECONDS);
    }
    pipeline.markers.put(call, marker);
    return call;
  }

  /**
   * Drops the call's marker from the pipeline's map once the network interceptor can no longer
   * run for it: after {@code execute()} returns or throws, in the callback of {@code enqueue()},
   * or when the call is abandoned unsent. {@link #marker} itself stays readable.
   */
  void forget(Call call) {
    pipeline.markers.remove(call);
  }
}
