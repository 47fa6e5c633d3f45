package dev.chatsdk.core.http;

import dev.chatsdk.core.ApiResponse;
import dev.chatsdk.core.RequestOptions;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Runs one call through {@link HttpPipeline#execute} or {@link HttpPipeline#executeAsync}, so each retry test runs in both. */
enum Mode {
  SYNC {
    @Override
    <T> ApiResponse<T> call(HttpPipeline pipeline, ApiRequest request, ResponseHandler<T> handler, RequestOptions options) {
      return pipeline.execute(request, handler, options);
    }
  },
  ASYNC {
    @Override
    <T> ApiResponse<T> call(HttpPipeline pipeline, ApiRequest request, ResponseHandler<T> handler, RequestOptions options) {
      try {
        return pipeline.executeAsync(request, handler, options).get(20, TimeUnit.SECONDS);
      } catch (ExecutionException | CompletionException e) {
        Throwable cause = e.getCause();
        if (cause instanceof RuntimeException) {
          throw (RuntimeException) cause; // the same exception a sync caller gets
        }
        throw new AssertionError("unexpected checked failure", cause);
      } catch (InterruptedException | TimeoutException e) {
        throw new AssertionError("async call did not complete", e);
      }
    }
  };

  abstract <T> ApiResponse<T> call(HttpPipeline pipeline, ApiRequest request, ResponseHandler<T> handler, RequestOptions options);

  <T> ApiResponse<T> call(HttpPipeline pipeline, ApiRequest request, ResponseHandler<T> handler) {
    return call(pipeline, request, handler, RequestOptions.none());
  }
}
