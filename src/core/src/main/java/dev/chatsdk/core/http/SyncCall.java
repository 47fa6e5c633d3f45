package dev.chatsdk.core.http;

import dev.chatsdk.core.ApiConnectionException;
import dev.chatsdk.core.ApiResponse;
import dev.chatsdk.core.ChatException;
import dev.chatsdk.core.Require;
import java.io.IOException;
import okhttp3.Call;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;

/**
 * The blocking call path of {@link HttpPipeline#execute}: attempts one after another on the
 * caller's thread, with credentials, one replay after a 401 and retry waits in between
 * ({@link AsyncCall} is the non-blocking twin).
 */
final class SyncCall {
  private SyncCall() {}

  /**
   * Runs the attempts of one call until it succeeds or fails for good.
   *
   * @param <T> type of the decoded success body
   * @param pipeline the pipeline the call belongs to
   * @param state the call's state, started by the pipeline
   * @param handler decodes a success response
   * @return the decoded response
   */
  static <T extends @Nullable Object> ApiResponse<T> run(HttpPipeline pipeline, CallState state, ResponseHandler<T> handler) {
    ApiRequest request = state.request;
    while (true) {
      Attempt attempt = pipeline.prepare(state);
      try {
        pipeline.authenticator.authenticate(attempt);
      } catch (IOException e) {
        throw PipelineCalls.credentialsFailure(request, e);
      }
      Call call = attempt.toCall();
      long started = System.nanoTime();
      Outcome<T> outcome;
      // try-with-resources closes every response, failed ones included, so its connection goes
      // back to the pool (RetryTest.failedResponseBodiesAreClosedSoTheConnectionIsReused).
      try (Response response = call.execute()) {
        outcome = pipeline.outcomes.onResponse(state, response, handler, started);
      } catch (IOException e) {
        outcome = Thread.currentThread().isInterrupted()
            ? Outcome.failure(new ApiConnectionException(request.operation(), request.operation() + " was interrupted", e))
            : pipeline.outcomes.onFailure(state, call, e, attempt.marker, started);
      } finally {
        attempt.forget(call);
      }
      HttpPipeline.attemptEnded(state, outcome);
      if (outcome.result != null) {
        return outcome.result;
      }
      if (outcome.refreshCredentials) {
        ChatException unauthorized = Require.nonNull(outcome.error, "error");
        try {
          if (pipeline.authenticator.refreshAfterUnauthorized()) {
            continue; // a replay, not a retry: state.retries is unchanged
          }
        } catch (IOException e) {
          unauthorized.addSuppressed(e); // the 401 is the answer; the failed refresh explains why it stands
        }
        throw unauthorized;
      }
      if (outcome.error != null) {
        throw outcome.error;
      }
      try {
        if (!outcome.delay.isZero()) {
          pipeline.sleeper.sleep(outcome.delay);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new ApiConnectionException(request.operation(), request.operation() + " was interrupted while waiting to retry", e);
      }
    }
  }
}
