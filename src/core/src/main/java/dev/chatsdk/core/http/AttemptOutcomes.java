package dev.chatsdk.core.http;

import dev.chatsdk.core.ApiConnectionException;
import dev.chatsdk.core.ApiException;
import dev.chatsdk.core.ApiResponse;
import dev.chatsdk.core.ApiTimeoutException;
import dev.chatsdk.core.ChatException;
import dev.chatsdk.core.RateLimitInfo;
import dev.chatsdk.core.ResponseDecodeException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import okhttp3.Call;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.jspecify.annotations.Nullable;

/**
 * What an attempt got, a response or a transport failure, turned into its {@link Outcome}: the
 * decoded result, the mapped exception, a wait before a retry (see {@link RetryPolicy}) or a
 * credential refresh. Shared by the sync and async paths of {@link HttpPipeline}.
 */
final class AttemptOutcomes {
  /** Error bodies are kept whole up to this size; the rest is cut off. */
  private static final long MAX_ERROR_BODY = 1L << 20;

  private final AttemptLog log;
  private final RetryPolicy retryPolicy;
  private final ErrorBodyParser errorParser;
  private final List<String> requestIdHeaders;

  AttemptOutcomes(AttemptLog log, RetryPolicy retryPolicy, ErrorBodyParser errorParser, List<String> requestIdHeaders) {
    this.log = log;
    this.retryPolicy = retryPolicy;
    this.errorParser = errorParser;
    this.requestIdHeaders = requestIdHeaders;
  }

  <T extends @Nullable Object> Outcome<T> onResponse(CallState state, Response response, ResponseHandler<T> handler, long started) throws IOException {
    int status = response.code();
    log.attempt(state, String.valueOf(status), started, response.request().headers(), response.headers());
    Map<String, List<String>> headers = new HeaderMap(response.headers());
    String requestId = requestId(response);
    state.lastStatus = status;
    state.lastRequestId = requestId;
    state.lastErrorType = response.isSuccessful() ? null : String.valueOf(status);
    RateLimitInfo rateLimit = RateLimitInfo.parse(
        response.header("X-RateLimit-Limit"), response.header("X-RateLimit-Remaining"), response.header("X-RateLimit-Reset"));
    if (response.isSuccessful()) {
      ResponseBody body = ContentDecoding.successBody(response);
      T data;
      try {
        data = handler.handle(status, body);
      } catch (ResponseDecodeException e) {
        throw new ResponseDecodeException(
            state.request.operation() + ": " + e.getMessage(), status, e.rawBody(), e.getCause());
      } catch (IOException e) {
        if (!ContentDecoding.isDecodingFailure(body, e)) {
          throw e; // the connection failed while the body was read
        }
        throw new ResponseDecodeException(state.request.operation() + ": the response (HTTP " + status
            + ") claims Content-Encoding gzip but its body is not valid gzip", status, "", e);
      }
      return Outcome.success(new ApiResponse<>(status, headers, requestId, rateLimit, data));
    }

    String raw = ContentDecoding.errorText(response, MAX_ERROR_BODY);
    Duration hint = retryPolicy.serverHint(response);
    ErrorBodyParser.ParsedError parsed = safeParse(status, raw);
    ApiException error = ApiException.of(new ApiException.Details(
        state.request.operation(), status, headers, raw, requestId, rateLimit,
        parsed == null ? null : parsed.error(), parsed == null ? null : parsed.message(), hint));

    if (status == 401 && !state.refreshed && state.request.bodyRepeatable()) {
      state.refreshed = true;
      return Outcome.refreshCredentials(error); // the caller refreshes (sync or async) and replays once
    }
    if (state.retries >= state.maxRetries || !RetryPolicy.mayRetryStatus(status, state.request, state.retrySafe)) {
      return Outcome.failure(error);
    }
    if (hint != null && hint.compareTo(retryPolicy.maxRetryWait()) > 0) {
      return Outcome.failure(error); // the server asked for a longer wait than we may spend
    }
    return retry(state, hint, error);
  }

  /** Schedules the next retry unless the wait would outlast the call's deadline. */
  private <T> Outcome<T> retry(CallState state, @Nullable Duration serverHint, ChatException lastError) {
    Duration delay = serverHint != null ? serverHint : retryPolicy.backoff(state.retries + 1);
    if (state.deadlineNanos != 0 && delay.toNanos() >= state.remainingNanos()) {
      return Outcome.failure(lastError);
    }
    state.retries++;
    return Outcome.retryAfter(delay);
  }

  <T> Outcome<T> onFailure(CallState state, Call call, IOException e, HttpPipeline.SentMarker marker, long started) {
    log.attempt(state, e.getClass().getSimpleName(), started, null, null);
    state.lastStatus = 0;
    state.lastRequestId = null;
    state.lastErrorType = e.getClass().getSimpleName();
    String op = state.request.operation();
    // A plain InterruptedIOException is OkHttp's whole-call timeout: the caller's budget is spent.
    // OkHttp enforces that timeout by cancelling the call, so this test must come before isCanceled().
    boolean callTimeout = e.getClass() == InterruptedIOException.class;
    if (!callTimeout && call.isCanceled()) {
      return Outcome.failure(new ApiConnectionException(op, op + " was cancelled", e));
    }
    boolean timeout = e instanceof InterruptedIOException;
    String detail = e.getClass().getSimpleName()
        + (e.getMessage() == null ? "" : " (" + PipelineCalls.withoutQuery(TlsFailures.firstLine(e.getMessage())) + ")");
    String tlsProblem = timeout ? null : TlsFailures.permanentProblem(e);
    if (tlsProblem != null) {
      // Retrying cannot fix a trust or protocol configuration: fail after this one handshake.
      return Outcome.failure(new ApiConnectionException(op, op + " failed: " + tlsProblem + ", not retried: " + detail, e));
    }
    ChatException error = timeout
        ? new ApiTimeoutException(op, op + " timed out (" + e.getClass().getSimpleName() + ")", e)
        : new ApiConnectionException(op, op + " failed: " + detail, e);
    if (callTimeout || state.retries >= state.maxRetries
        || !RetryPolicy.mayRetryFailure(marker.sent, state.request, state.retrySafe)) {
      return Outcome.failure(error);
    }
    return retry(state, null, error);
  }

  private ErrorBodyParser.@Nullable ParsedError safeParse(int status, String raw) {
    if (raw.isEmpty()) {
      return null;
    }
    try {
      return errorParser.parse(status, raw);
    } catch (RuntimeException e) {
      return null; // a malformed error body must not hide the HTTP error itself
    }
  }

  private @Nullable String requestId(Response response) {
    for (String name : requestIdHeaders) {
      String v = response.header(name);
      if (v != null && !v.isEmpty()) {
        return v;
      }
    }
    return null;
  }
}
