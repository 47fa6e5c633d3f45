package dev.chatsdk.core.http;

import dev.chatsdk.core.ApiResponse;
import dev.chatsdk.core.ChatException;
import dev.chatsdk.core.Require;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;

/**
 * One {@link HttpPipeline#executeAsync} call: attempts chained on futures, so waiting (for a token,
 * a response or a retry delay) never holds a thread.
 */
final class AsyncCall<T extends @Nullable Object> {
  private final HttpPipeline pipeline;
  final CompletableFuture<ApiResponse<T>> future = new CompletableFuture<>();
  final CallState state;
  final ResponseHandler<T> handler;
  volatile @Nullable Call current;
  volatile @Nullable CompletableFuture<Void> pendingDelay;
  /** True once the pipeline itself completes the future; any other completion is the caller's. */
  volatile boolean settled;

  AsyncCall(HttpPipeline pipeline, CallState state, ResponseHandler<T> handler) {
    this.pipeline = pipeline;
    this.state = state;
    this.handler = handler;
    // The caller ended the call early (cancel, orTimeout, complete...): stop the HTTP call or wait.
    future.whenComplete((r, e) -> {
      if (!settled) {
        state.events.failed(e != null ? e : new java.util.concurrent.CancellationException(), state);
        Call c = current;
        if (c != null) {
          c.cancel();
        }
        CompletableFuture<Void> d = pendingDelay;
        if (d != null) {
          d.cancel(false);
        }
      }
    });
  }

  void attempt() {
    if (future.isDone()) {
      return;
    }
    Attempt attempt;
    CompletableFuture<Void> authenticated;
    try {
      attempt = pipeline.prepare(state);
      authenticated = Require.nonNull(pipeline.authenticator.authenticateAsync(attempt, pipeline.blockingExecutor), "authenticateAsync result");
    } catch (RuntimeException e) {
      fail(e);
      return;
    }
    authenticated.whenComplete((v, e) -> {
      if (e == null) {
        send(attempt);
      } else {
        Throwable cause = PipelineCalls.unwrap(e);
        fail(cause instanceof IOException ? PipelineCalls.credentialsFailure(state.request, (IOException) cause) : cause);
      }
    });
  }

  private void send(Attempt attempt) {
    Call call;
    try {
      call = attempt.toCall();
    } catch (RuntimeException e) {
      fail(e);
      return;
    }
    current = call;
    if (future.isDone()) {
      attempt.forget(call);
      call.cancel();
      return;
    }
    long started = System.nanoTime();
    call.enqueue(new Callback() {
      @Override
      public void onFailure(Call c, IOException e) {
        attempt.forget(c);
        next(pipeline.outcomes.onFailure(state, c, e, attempt.marker, started));
      }

      @Override
      public void onResponse(Call c, Response response) {
        attempt.forget(c);
        Outcome<T> outcome;
        try (response) { // closed on every path, as in execute()
          outcome = pipeline.outcomes.onResponse(state, response, handler, started);
        } catch (IOException e) {
          outcome = pipeline.outcomes.onFailure(state, c, e, attempt.marker, started);
        } catch (RuntimeException e) {
          fail(e); // as in execute(): the handler's exception reaches the caller
          return;
        }
        next(outcome);
      }
    });
  }

  void fail(Throwable e) {
    settled = true;
    state.events.failed(e, state);
    state.events.complete(() -> future.completeExceptionally(e));
  }

  void next(Outcome<T> outcome) {
    HttpPipeline.attemptEnded(state, outcome);
    ApiResponse<T> result = outcome.result;
    if (result != null) {
      settled = true;
      state.events.succeeded(result.statusCode(), state.attempts, result.requestId().orElse(null));
      state.events.complete(() -> future.complete(result));
    } else if (outcome.refreshCredentials) {
      ChatException unauthorized = Require.nonNull(outcome.error, "error");
      CompletableFuture<Boolean> refresh;
      try {
        refresh = Require.nonNull(pipeline.authenticator.refreshAfterUnauthorizedAsync(pipeline.blockingExecutor), "refreshAfterUnauthorizedAsync result");
      } catch (RuntimeException e) {
        refresh = CompletableFuture.failedFuture(e); // thrown, not returned: still end the call
      }
      refresh.whenComplete((refreshed, e) -> {
        if (e != null) {
          unauthorized.addSuppressed(PipelineCalls.unwrap(e));
        }
        if (e == null && Boolean.TRUE.equals(refreshed)) {
          attempt(); // a replay, not a retry
        } else {
          fail(unauthorized);
        }
      });
    } else if (outcome.error != null) {
      fail(outcome.error);
    } else if (!future.isDone()) {
      CompletableFuture<Void> delay = outcome.delay.isZero()
          ? CompletableFuture.completedFuture(null) : pipeline.sleeper.delay(outcome.delay);
      pendingDelay = delay;
      delay.whenComplete((v, e) -> attempt());
    }
  }
}
