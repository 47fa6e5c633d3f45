package dev.chatsdk.core.http;

import dev.chatsdk.core.ApiConnectionException;
import dev.chatsdk.core.ApiException;
import dev.chatsdk.core.ApiResponse;
import dev.chatsdk.core.ApiTimeoutException;
import dev.chatsdk.core.Authenticator;
import dev.chatsdk.core.ChatException;
import dev.chatsdk.core.RateLimitInfo;
import dev.chatsdk.core.RequestOptions;
import dev.chatsdk.core.Require;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.jspecify.annotations.Nullable;

/**
 * The shared HTTP core every backend sends its calls through. One instance per SDK client;
 * immutable and thread-safe.
 *
 * <p>Per call: build the URL, headers and body from an {@link ApiRequest}; then for each attempt
 * authenticate (fresh credentials every attempt), send, and either decode the success body, replay
 * once after a 401 the authenticator could refresh, wait and retry (see {@link RetryPolicy}), or
 * throw the mapped {@link ApiException}. One DEBUG log line per attempt, with secrets left out.
 */
public final class HttpPipeline implements AutoCloseable {
  private static final MediaType JSON = MediaType.get("application/json; charset=UTF-8");
  private static final RequestBody EMPTY_BODY = RequestBody.create(new byte[0], null);
  /** Error bodies are kept whole up to this size; the rest is cut off. */
  private static final long MAX_ERROR_BODY = 1L << 20;

  private final HttpUrl baseUrl;
  private final String baseUrlText;
  private final OkHttpClient client;
  private final Authenticator authenticator;
  private final ErrorBodyParser errorParser;
  private final int maxRetries;
  private final RetryPolicy retryPolicy;
  private final Sleeper sleeper;
  private final Executor blockingExecutor = SharedHttp.blockingExecutor();
  private final @Nullable Duration callTimeout;
  private final String userAgent;
  private final List<String> requestIdHeaders;
  private final AttemptLog log;
  private final AtomicBoolean closed = new AtomicBoolean();
  // Each attempt's marker, by call. Not an OkHttp tag: its tag API converts the Class to a Kotlin
  // KClass, whose first use loads ~50 classes (tens of ms of a cold start). Weak keys: no clean-up.
  private final Map<Call, SentMarker> markers = java.util.Collections.synchronizedMap(new WeakHashMap<>());

  private HttpPipeline(Builder b) {
    this.baseUrl = b.baseUrl;
    String text = b.baseUrl.toString();
    this.baseUrlText = text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    OkHttpClient.Builder cb = (b.httpClient != null ? b.httpClient : SharedHttp.client()).newBuilder();
    if (b.connectTimeout != null) {
      cb.connectTimeout(b.connectTimeout);
    }
    if (b.readTimeout != null) {
      cb.readTimeout(b.readTimeout);
    }
    if (b.writeTimeout != null) {
      cb.writeTimeout(b.writeTimeout);
    }
    // Marks the moment an attempt reaches the network, so a failure before it can be retried safely.
    cb.addNetworkInterceptor(chain -> {
      SentMarker marker = markers.get(chain.call());
      if (marker != null) {
        marker.sent = true;
      }
      return withoutImmediateRetryHint(chain.proceed(chain.request()));
    });
    // OkHttp's own transparent retry could resend a POST; our retry loop decides instead.
    cb.retryOnConnectionFailure(false);
    this.client = cb.build();
    this.authenticator = b.authenticator;
    this.errorParser = b.errorParser;
    this.maxRetries = b.maxRetries;
    this.retryPolicy = new RetryPolicy(b.initialBackoff, b.maxBackoff, b.maxRetryWait, b.clock);
    this.sleeper = b.sleeper;
    this.callTimeout = b.callTimeout;
    this.userAgent = UserAgent.of(b.backendName);
    this.requestIdHeaders = List.copyOf(b.requestIdHeaders);
    this.log = new AttemptLog(b.loggableQueryParams);
  }

  public static Builder builder() {
    return new Builder();
  }

  public HttpUrl baseUrl() {
    return baseUrl;
  }

  /** The {@code User-Agent} sent with every call. */
  public String userAgent() {
    return userAgent;
  }

  /** Sends the call and waits for the outcome, retrying as the policy allows. */
  public <T extends @Nullable Object> ApiResponse<T> execute(ApiRequest request, ResponseHandler<T> handler, RequestOptions options) {
    try {
      return executeAttempts(start(request, options), handler);
    } finally {
      releaseOneShotContent(request);
    }
  }

  private <T extends @Nullable Object> ApiResponse<T> executeAttempts(CallState state, ResponseHandler<T> handler) {
    ApiRequest request = state.request;
    while (true) {
      Attempt attempt = prepare(state);
      try {
        authenticator.authenticate(attempt);
      } catch (IOException e) {
        throw credentialsFailure(request, e);
      }
      Call call = attempt.toCall();
      long started = System.nanoTime();
      Outcome<T> outcome;
      // try-with-resources closes every response, failed ones included, so its connection goes
      // back to the pool (RetryTest.failedResponseBodiesAreClosedSoTheConnectionIsReused).
      try (Response response = call.execute()) {
        outcome = onResponse(state, response, handler, started);
      } catch (IOException e) {
        outcome = Thread.currentThread().isInterrupted()
            ? Outcome.failure(new ApiConnectionException(request.operation(), request.operation() + " was interrupted", e))
            : onFailure(state, call, e, attempt.marker, started);
      }
      if (outcome.result != null) {
        return outcome.result;
      }
      if (outcome.refreshCredentials) {
        ChatException unauthorized = Require.nonNull(outcome.error, "error");
        try {
          if (authenticator.refreshAfterUnauthorized()) {
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
          sleeper.sleep(outcome.delay);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new ApiConnectionException(request.operation(), request.operation() + " was interrupted while waiting to retry", e);
      }
    }
  }

  /**
   * Sends the call without blocking the caller; retries wait on a timer, never on a thread.
   * Cancelling the returned future (or completing it early, for example with {@code orTimeout})
   * cancels the HTTP call in flight and any pending retry.
   */
  public <T extends @Nullable Object> CompletableFuture<ApiResponse<T>> executeAsync(
      ApiRequest request, ResponseHandler<T> handler, RequestOptions options) {
    CallState state;
    try {
      state = start(request, options);
    } catch (RuntimeException e) {
      releaseOneShotContent(request);
      return CompletableFuture.failedFuture(e);
    }
    AsyncCall<T> async = new AsyncCall<>(state, handler);
    async.future.whenComplete((r, e) -> releaseOneShotContent(request));
    async.attempt();
    return async.future;
  }

  /**
   * {@link #executeAsync} reduced to the decoded body, as the {@code opAsync} forms of the API
   * classes return it. Completing the returned future from the caller's side first ({@code cancel},
   * {@code orTimeout}, {@code complete}) cancels the HTTP call in flight and any pending retry.
   */
  public <T extends @Nullable Object> CompletableFuture<T> executeAsyncData(
      ApiRequest request, ResponseHandler<T> handler, RequestOptions options) {
    CompletableFuture<ApiResponse<T>> call = executeAsync(request, handler, options);
    CompletableFuture<T> data = call.thenApply(ApiResponse::data);
    data.whenComplete((v, e) -> {
      if (!call.isDone()) {
        call.cancel(true); // completed by the caller, not by the call
      }
    });
    return data;
  }

  /** Marks the pipeline closed; later calls fail. Shared or caller-supplied OkHttp clients stay open. */
  @Override
  public void close() {
    closed.set(true);
  }

  // ---------------------------------------------------------------------------------------------

  private CallState start(ApiRequest request, RequestOptions options) {
    Require.nonNull(request, "request");
    Require.nonNull(options, "options");
    if (closed.get()) {
      throw new IllegalStateException("the client is closed");
    }
    Duration timeout = options.timeout().orElse(callTimeout);
    long deadline = timeout == null ? 0 : System.nanoTime() + timeout.toNanos();
    // A key from the caller makes any call safe to retry, whether or not the backend sends it.
    boolean retrySafe = request.retrySafe() || options.idempotencyKey().isPresent();
    // The URL without credentials is the same for every attempt: parse and build it once per call.
    HttpUrl.Builder url = HttpUrl.get(baseUrlText + request.path()).newBuilder();
    for (ApiRequest.QueryParam q : request.query()) {
      url.addQueryParameter(q.name(), q.value());
    }
    options.extraQuery().forEach((name, values) -> values.forEach(v -> url.addQueryParameter(name, v)));
    HttpUrl unauthenticated = url.build();
    return new CallState(request, options, options.maxRetries().orElse(maxRetries), retrySafe, deadline,
        unauthenticated, log.describe(unauthenticated));
  }

  /** Builds everything of the next attempt but its credentials; fails when the deadline has passed. */
  private Attempt prepare(CallState state) {
    ApiRequest request = state.request;
    long remainingNanos = state.remainingNanos();
    if (remainingNanos <= 0) {
      throw new ApiTimeoutException(request.operation(), request.operation() + " timed out before attempt "
          + (state.attempts + 1) + " could start", null);
    }
    state.attempts++;
    Request.Builder rb = new Request.Builder()
        .header("User-Agent", userAgent)
        .header("Accept", "application/json");
    request.headers().forEach(rb::header);
    state.options.extraHeaders().forEach(rb::header);
    return new Attempt(state, rb, remainingNanos);
  }

  private static Throwable unwrap(Throwable e) {
    return (e instanceof CompletionException || e instanceof ExecutionException) && e.getCause() != null ? e.getCause() : e;
  }

  /** Closes upload streams that can be read only once, whether or not the call ever sent them. */
  private static void releaseOneShotContent(@Nullable ApiRequest request) {
    if (request != null && request.multipart() != null) {
      request.multipart().releaseOneShotSources();
    }
  }

  private static ApiConnectionException credentialsFailure(ApiRequest request, IOException e) {
    return new ApiConnectionException(request.operation(),
        request.operation() + " could not obtain credentials: " + e.getClass().getSimpleName(), e);
  }

  /**
   * One attempt under construction. It is the {@link Authenticator.Target}; once authenticated,
   * {@link #toCall()} turns it into the OkHttp call.
   */
  private final class Attempt implements Authenticator.Target {
    final CallState state;
    final SentMarker marker = new SentMarker();
    final Request.Builder requestBuilder;
    final long remainingNanos;
    /** Created only when the authenticator adds a query parameter (Stream's {@code api_key}). */
    private HttpUrl.@Nullable Builder url;

    Attempt(CallState state, Request.Builder requestBuilder, long remainingNanos) {
      this.state = state;
      this.requestBuilder = requestBuilder;
      this.remainingNanos = remainingNanos;
    }

    @Override
    public URI uri() {
      return state.uri();
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
          .method(request.method(), body(request));
      Call call = client.newCall(requestBuilder.build());
      markers.put(call, marker);
      if (state.deadlineNanos != 0) {
        call.timeout().timeout(remainingNanos, TimeUnit.NANOSECONDS);
      }
      return call;
    }
  }

  private static @Nullable RequestBody body(ApiRequest request) {
    if (request.jsonBody() != null) {
      return RequestBody.create(request.jsonBody(), JSON);
    }
    if (request.multipart() != null) {
      return request.multipart().toRequestBody();
    }
    boolean needsBody = request.method().equals("POST") || request.method().equals("PUT") || request.method().equals("PATCH");
    return needsBody ? EMPTY_BODY : null;
  }

  private <T extends @Nullable Object> Outcome<T> onResponse(CallState state, Response response, ResponseHandler<T> handler, long started) throws IOException {
    int status = response.code();
    log.attempt(state, String.valueOf(status), started, response.request().headers(), response.headers());
    Map<String, List<String>> headers = new HeaderMap(response.headers());
    String requestId = requestId(response);
    RateLimitInfo rateLimit = RateLimitInfo.parse(
        response.header("X-RateLimit-Limit"), response.header("X-RateLimit-Remaining"), response.header("X-RateLimit-Reset"));
    if (response.isSuccessful()) {
      ResponseBody body = response.body();
      T data;
      try {
        data = handler.handle(status, body);
      } catch (dev.chatsdk.core.ResponseDecodeException e) {
        throw new dev.chatsdk.core.ResponseDecodeException(
            state.request.operation() + ": " + e.getMessage(), status, e.rawBody(), e.getCause());
      }
      return Outcome.success(new ApiResponse<>(status, headers, requestId, rateLimit, data));
    }

    String raw = response.peekBody(MAX_ERROR_BODY).string();
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

  private <T> Outcome<T> onFailure(CallState state, Call call, IOException e, SentMarker marker, long started) {
    log.attempt(state, e.getClass().getSimpleName(), started, null, null);
    String op = state.request.operation();
    // A plain InterruptedIOException is OkHttp's whole-call timeout: the caller's budget is spent.
    // OkHttp enforces that timeout by cancelling the call, so this test must come before isCanceled().
    boolean callTimeout = e.getClass() == InterruptedIOException.class;
    if (!callTimeout && call.isCanceled()) {
      return Outcome.failure(new ApiConnectionException(op, op + " was cancelled", e));
    }
    boolean timeout = e instanceof InterruptedIOException;
    ChatException error = timeout
        ? new ApiTimeoutException(op, op + " timed out (" + e.getClass().getSimpleName() + ")", e)
        : new ApiConnectionException(op, op + " failed: " + e.getClass().getSimpleName()
            + (e.getMessage() == null ? "" : " (" + withoutQuery(e.getMessage()) + ")"), e);
    if (callTimeout || state.retries >= state.maxRetries
        || !RetryPolicy.mayRetryFailure(marker.sent, state.request, state.retrySafe)) {
      return Outcome.failure(error);
    }
    return retry(state, null, error);
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

  /** Mutable state of one logical call across its attempts. */
  static final class CallState {
    final ApiRequest request;
    final RequestOptions options;
    final int maxRetries;
    final boolean retrySafe;
    /** {@link System#nanoTime()} by which the whole call must end; 0 when there is no deadline. */
    final long deadlineNanos;
    int retries;
    int attempts;
    boolean refreshed;
    /** The URL before credentials, the same for every attempt. */
    final HttpUrl url;
    final String loggedUrl;
    private @Nullable URI uri;

    CallState(ApiRequest request, RequestOptions options, int maxRetries, boolean retrySafe, long deadlineNanos,
        HttpUrl url, String loggedUrl) {
      this.request = request;
      this.options = options;
      this.maxRetries = maxRetries;
      this.retrySafe = retrySafe;
      this.deadlineNanos = deadlineNanos;
      this.url = url;
      this.loggedUrl = loggedUrl;
    }

    /**
     * {@link #url} as a {@link URI}, for authenticators that need it (Google's). Parsing the text is
     * about five times cheaper than {@link HttpUrl#uri()}, which re-canonicalises every part; the
     * latter remains the fallback for characters {@code java.net.URI} rejects (such as JSON braces
     * in a query). Attempts of one call run one after another, so no synchronisation is needed.
     */
    URI uri() {
      URI u = uri;
      if (u == null) {
        try {
          u = URI.create(url.toString());
        } catch (IllegalArgumentException e) {
          u = url.uri();
        }
        uri = u;
      }
      return u;
    }

    long remainingNanos() {
      return deadlineNanos == 0 ? Long.MAX_VALUE : deadlineNanos - System.nanoTime();
    }
  }

  /** Set by the network interceptor once an attempt is about to go on the wire. */
  static final class SentMarker {
    volatile boolean sent;
  }

  private static final class Outcome<T extends @Nullable Object> {
    final @Nullable ApiResponse<T> result;
    final @Nullable ChatException error;
    final Duration delay;
    /** Set with {@link #error} holding the 401 to report if no fresh credentials can be had. */
    final boolean refreshCredentials;

    private Outcome(@Nullable ApiResponse<T> result, @Nullable ChatException error, Duration delay, boolean refreshCredentials) {
      this.result = result;
      this.error = error;
      this.delay = delay;
      this.refreshCredentials = refreshCredentials;
    }

    static <T extends @Nullable Object> Outcome<T> success(ApiResponse<T> r) {
      return new Outcome<>(r, null, Duration.ZERO, false);
    }

    static <T extends @Nullable Object> Outcome<T> failure(ChatException e) {
      return new Outcome<>(null, e, Duration.ZERO, false);
    }

    static <T extends @Nullable Object> Outcome<T> retryAfter(Duration d) {
      return new Outcome<>(null, null, d, false);
    }

    /** A 401: refresh the credentials once and replay, or fail with {@code unauthorized}. */
    static <T extends @Nullable Object> Outcome<T> refreshCredentials(ApiException unauthorized) {
      return new Outcome<>(null, unauthorized, Duration.ZERO, true);
    }
  }

  private final class AsyncCall<T extends @Nullable Object> {
    final CompletableFuture<ApiResponse<T>> future = new CompletableFuture<>();
    final CallState state;
    final ResponseHandler<T> handler;
    volatile @Nullable Call current;
    volatile @Nullable CompletableFuture<Void> pendingDelay;
    /** True once the pipeline itself completes the future; any other completion is the caller's. */
    volatile boolean settled;

    AsyncCall(CallState state, ResponseHandler<T> handler) {
      this.state = state;
      this.handler = handler;
      // The caller ended the call early (cancel, orTimeout, complete...): stop the HTTP call or wait.
      future.whenComplete((r, e) -> {
        if (!settled) {
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
        attempt = prepare(state);
        authenticated = Require.nonNull(authenticator.authenticateAsync(attempt, blockingExecutor), "authenticateAsync result");
      } catch (RuntimeException e) {
        fail(e);
        return;
      }
      authenticated.whenComplete((v, e) -> {
        if (e == null) {
          send(attempt);
        } else {
          Throwable cause = unwrap(e);
          fail(cause instanceof IOException ? credentialsFailure(state.request, (IOException) cause) : cause);
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
        call.cancel();
        return;
      }
      long started = System.nanoTime();
      call.enqueue(new Callback() {
        @Override
        public void onFailure(Call c, IOException e) {
          next(HttpPipeline.this.onFailure(state, c, e, attempt.marker, started));
        }

        @Override
        public void onResponse(Call c, Response response) {
          Outcome<T> outcome;
          try (response) { // closed on every path, as in execute()
            outcome = HttpPipeline.this.onResponse(state, response, handler, started);
          } catch (IOException e) {
            outcome = HttpPipeline.this.onFailure(state, c, e, attempt.marker, started);
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
      future.completeExceptionally(e);
    }

    void next(Outcome<T> outcome) {
      if (outcome.result != null) {
        settled = true;
        future.complete(outcome.result);
      } else if (outcome.refreshCredentials) {
        ChatException unauthorized = Require.nonNull(outcome.error, "error");
        CompletableFuture<Boolean> refresh;
        try {
          refresh = Require.nonNull(authenticator.refreshAfterUnauthorizedAsync(blockingExecutor), "refreshAfterUnauthorizedAsync result");
        } catch (RuntimeException e) {
          refresh = CompletableFuture.failedFuture(e); // thrown, not returned: still end the call
        }
        refresh.whenComplete((refreshed, e) -> {
          if (e != null) {
            unauthorized.addSuppressed(unwrap(e));
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
            ? CompletableFuture.completedFuture(null) : sleeper.delay(outcome.delay);
        pendingDelay = delay;
        delay.whenComplete((v, e) -> attempt());
      }
    }
  }

  /** Configures a pipeline; backends fill it from their client builders. */
  public static final class Builder {
    private @Nullable HttpUrl baseUrl;
    private @Nullable OkHttpClient httpClient;
    private @Nullable Duration connectTimeout;
    private @Nullable Duration readTimeout;
    private @Nullable Duration writeTimeout;
    private @Nullable Duration callTimeout;
    private Authenticator authenticator = Authenticator.none();
    private ErrorBodyParser errorParser = ErrorBodyParser.none();
    private int maxRetries = 2;
    private Duration initialBackoff = Duration.ofMillis(500);
    private Duration maxBackoff = Duration.ofSeconds(8);
    private Duration maxRetryWait = Duration.ofSeconds(30);
    private Sleeper sleeper = Sleeper.system();
    private Clock clock = Clock.systemUTC();
    private String backendName = "core";
    private List<String> requestIdHeaders = List.of("X-Request-Id");
    private Set<String> loggableQueryParams = Set.of();

    private Builder() {}

    /** Base URL, for example {@code https://chat.stream-io-api.com}; a path prefix is kept. */
    public Builder baseUrl(String baseUrl) {
      Require.nonBlank(baseUrl, "baseUrl");
      HttpUrl parsed = HttpUrl.parse(baseUrl);
      if (parsed == null) {
        throw new IllegalArgumentException("baseUrl must be an http or https URL, got '" + baseUrl + "'");
      }
      if (parsed.query() != null || parsed.fragment() != null) {
        throw new IllegalArgumentException("baseUrl must not have a query or fragment");
      }
      if (!parsed.isHttps() && !isLoopback(parsed.host())) {
        // Credentials ride on every request: never send them in clear text across a network.
        throw new IllegalArgumentException(
            "baseUrl must use https; plain http is allowed only for loopback hosts (localhost, 127.0.0.1, ::1)");
      }
      this.baseUrl = parsed;
      return this;
    }

    /** Use the caller's client (its pool, dispatcher, interceptors); it is never shut down by us. */
    public Builder httpClient(@Nullable OkHttpClient httpClient) {
      this.httpClient = httpClient;
      return this;
    }

    public Builder connectTimeout(@Nullable Duration d) {
      this.connectTimeout = d;
      return this;
    }

    public Builder readTimeout(@Nullable Duration d) {
      this.readTimeout = d;
      return this;
    }

    public Builder writeTimeout(@Nullable Duration d) {
      this.writeTimeout = d;
      return this;
    }

    /**
     * Default time budget of a whole call: every attempt and every wait between attempts must fit
     * in it (each call may override it with {@link RequestOptions#timeout()}). None by default.
     */
    public Builder callTimeout(@Nullable Duration d) {
      this.callTimeout = d;
      return this;
    }

    public Builder authenticator(Authenticator authenticator) {
      this.authenticator = Require.nonNull(authenticator, "authenticator");
      return this;
    }

    public Builder errorParser(ErrorBodyParser errorParser) {
      this.errorParser = Require.nonNull(errorParser, "errorParser");
      return this;
    }

    /** Retries after the first attempt; default 2. */
    public Builder maxRetries(int maxRetries) {
      this.maxRetries = Require.inRange(maxRetries, 0, 10, "maxRetries");
      return this;
    }

    /** First backoff delay (default 500 ms); doubles per retry up to {@link #maxBackoff}. */
    public Builder initialBackoff(Duration d) {
      this.initialBackoff = positive(d, "initialBackoff");
      return this;
    }

    public Builder maxBackoff(Duration d) {
      this.maxBackoff = positive(d, "maxBackoff");
      return this;
    }

    /**
     * Longest server-requested wait ({@code Retry-After}, {@code X-RateLimit-Reset}) the SDK will
     * honour before retrying (default 30 s). A longer request fails at once with the wait in
     * {@link dev.chatsdk.core.RateLimitException#retryAfter()}.
     */
    public Builder maxRetryWait(Duration d) {
      Require.nonNull(d, "maxRetryWait");
      if (d.isNegative()) {
        throw new IllegalArgumentException("maxRetryWait must not be negative, got " + d);
      }
      this.maxRetryWait = d;
      return this;
    }

    public Builder sleeper(Sleeper sleeper) {
      this.sleeper = Require.nonNull(sleeper, "sleeper");
      return this;
    }

    public Builder clock(Clock clock) {
      this.clock = Require.nonNull(clock, "clock");
      return this;
    }

    /** Name put in the {@code User-Agent}, for example {@code stream}. */
    public Builder backendName(String name) {
      this.backendName = Require.nonBlank(name, "backendName");
      return this;
    }

    /** Response headers that carry the server's request id, tried in order. */
    public Builder requestIdHeaders(List<String> names) {
      this.requestIdHeaders = List.copyOf(Require.nonNull(names, "requestIdHeaders"));
      return this;
    }

    /** Query parameters whose values may appear in logs; all others are logged as {@code ***}. */
    public Builder loggableQueryParams(Set<String> names) {
      this.loggableQueryParams = Set.copyOf(Require.nonNull(names, "loggableQueryParams"));
      return this;
    }

    public HttpPipeline build() {
      if (baseUrl == null) {
        throw new IllegalStateException("baseUrl must be set");
      }
      return new HttpPipeline(this);
    }

    static boolean isLoopback(String host) {
      // 127.0.0.0/8 as an address only: a DNS name such as 127.example.com may be anywhere.
      return host.equals("localhost") || host.matches("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}") || host.equals("::1");
    }

    private static Duration positive(Duration d, String name) {
      Require.nonNull(d, name);
      if (d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException(name + " must be positive, got " + d);
      }
      return d;
    }
  }
}
