package dev.chatsdk.core.http;

import dev.chatsdk.core.ApiConnectionException;
import dev.chatsdk.core.ApiException;
import dev.chatsdk.core.ApiResponse;
import dev.chatsdk.core.ApiTimeoutException;
import dev.chatsdk.core.Authenticator;
import dev.chatsdk.core.RequestOptions;
import dev.chatsdk.core.Require;
import dev.chatsdk.core.observe.CallInfo;
import dev.chatsdk.core.observe.CallListener;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import okhttp3.Call;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
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

  private final HttpUrl baseUrl;
  /** The base URL's path prefix without its trailing {@code /}: empty, or like {@code /api/v2}. */
  private final String basePath;
  final URI origin;
  final OkHttpClient client;
  final Authenticator authenticator;
  private final int maxRetries;
  final Sleeper sleeper;
  final Executor blockingExecutor = SharedHttp.blockingExecutor();
  private final @Nullable Duration callTimeout;
  private final String userAgent;
  private final AttemptLog log;
  final AttemptOutcomes outcomes;
  private final String serviceName;
  private final List<CallListener> listeners;
  private final AtomicBoolean closed = new AtomicBoolean();
  // Each attempt's marker, by call, from toCall() until its execute() returns or its callback runs
  // (Attempt.forget). Not an OkHttp tag: its tag API converts the Class to a Kotlin KClass, whose
  // first use loads ~50 classes (tens of ms of a cold start). Not a synchronized WeakHashMap either:
  // one lock for every call of the client, and a weak reference per call for the GC to process.
  final Map<Call, SentMarker> markers = new ConcurrentHashMap<>();

  private HttpPipeline(Builder b) {
    this.baseUrl = b.baseUrl;
    String path = b.baseUrl.encodedPath();
    this.basePath = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    this.origin = origin(b.baseUrl);
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
    // The caller's adjustments (trust, proxy, client certificate...) go on top of the derived
    // client, so the shared dispatcher and pool stay; the two settings below stay the SDK's.
    b.httpClientAdjustments.forEach(adjust -> adjust.accept(cb));
    // Marks the moment an attempt reaches the network, so a failure before it can be retried safely.
    cb.addNetworkInterceptor(chain -> {
      SentMarker marker = markers.get(chain.call());
      if (marker != null) {
        marker.sent = true;
      }
      return PipelineCalls.withoutImmediateRetryHint(chain.proceed(chain.request()));
    });
    // OkHttp's own transparent retry could resend a POST; our retry loop decides instead.
    cb.retryOnConnectionFailure(false);
    this.client = cb.build();
    this.authenticator = b.authenticator;
    this.maxRetries = b.maxRetries;
    this.sleeper = b.sleeper;
    this.callTimeout = b.callTimeout;
    this.userAgent = UserAgent.of(b.backendName);
    this.log = new AttemptLog(b.loggableQueryParams);
    this.outcomes = new AttemptOutcomes(log, new RetryPolicy(b.initialBackoff, b.maxBackoff, b.maxRetryWait, b.clock),
        b.errorParser, List.copyOf(b.requestIdHeaders));
    this.serviceName = b.serviceName != null ? b.serviceName : b.backendName;
    this.listeners = List.copyOf(b.listeners);
  }

  /**
   * Starts configuring a pipeline; {@link Builder#baseUrl} must be set before {@link Builder#build()}.
   *
   * @return a new builder with the SDK defaults (two retries, no call timeout, no authentication)
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The base URL every request path is appended to.
   *
   * @return the parsed base URL as given to {@link Builder#baseUrl}, path prefix included
   */
  public HttpUrl baseUrl() {
    return baseUrl;
  }

  /** The OkHttp client calls go through (derived from the shared or the caller's client). */
  OkHttpClient httpClient() {
    return client;
  }

  /**
   * The {@code User-Agent} sent with every call.
   *
   * @return the product token sent as {@code User-Agent}, naming the SDK, its version and the backend
   */
  public String userAgent() {
    return userAgent;
  }

  /**
   * Sends the call and waits for the outcome, retrying as the policy allows.
   *
   * @param <T> type of the decoded success body; may be a nullable type for empty responses
   * @param request the call to send (method, path, query, body); must not be null
   * @param handler decodes a success response into {@code T}
   * @param options per-call overrides (timeout, retries, extra headers); use {@link RequestOptions#none()} for none
   * @return the decoded body together with the final status code, headers and request id
   * @throws ApiException when the server answers with an error status that is not retried, or retries run out
   * @throws ApiConnectionException when the call cannot reach the server, is interrupted, or
   *     credentials cannot be obtained
   * @throws IllegalStateException when the pipeline has been closed
   */
  public <T extends @Nullable Object> ApiResponse<T> execute(ApiRequest request, ResponseHandler<T> handler, RequestOptions options) {
    try {
      CallState state = start(request, options, false);
      try {
        ApiResponse<T> response = SyncCall.run(this, state, handler);
        state.events.succeeded(response.statusCode(), state.attempts, response.requestId().orElse(null));
        return response;
      } catch (RuntimeException | Error e) {
        state.events.failed(e, state);
        throw e;
      }
    } finally {
      PipelineCalls.releaseOneShotContent(request);
    }
  }

  /**
   * Sends the call without blocking the caller; retries wait on a timer, never on a thread.
   * Cancelling the returned future (or completing it early, for example with {@code orTimeout})
   * cancels the HTTP call in flight and any pending retry.
   *
   * @param <T> type of the decoded success body
   * @param request the call to send; must not be null
   * @param handler decodes a success response into {@code T}
   * @param options per-call overrides (timeout, retries, extra headers)
   * @return a future completed with the response, or exceptionally with the same exceptions
   *     {@link #execute} would throw
   */
  public <T extends @Nullable Object> CompletableFuture<ApiResponse<T>> executeAsync(
      ApiRequest request, ResponseHandler<T> handler, RequestOptions options) {
    CallState state;
    try {
      state = start(request, options, true);
    } catch (RuntimeException e) {
      PipelineCalls.releaseOneShotContent(request);
      return CompletableFuture.failedFuture(e);
    }
    AsyncCall<T> async = new AsyncCall<>(this, state, handler);
    async.future.whenComplete((r, e) -> PipelineCalls.releaseOneShotContent(request));
    async.attempt();
    return async.future;
  }

  /**
   * {@link #executeAsync} reduced to the decoded body, as the {@code opAsync} forms of the API
   * classes return it. Completing the returned future from the caller's side first ({@code cancel},
   * {@code orTimeout}, {@code complete}) cancels the HTTP call in flight and any pending retry.
   *
   * @param <T> type of the decoded success body
   * @param request the call to send; must not be null
   * @param handler decodes a success response into {@code T}
   * @param options per-call overrides (timeout, retries, extra headers)
   * @return a future completed with the decoded body alone, or exceptionally with the call's failure
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

  private CallState start(ApiRequest request, RequestOptions options, boolean async) {
    Require.nonNull(request, "request");
    Require.nonNull(options, "options");
    if (closed.get()) {
      throw new IllegalStateException("the client is closed");
    }
    Duration timeout = options.timeout().orElse(callTimeout);
    long deadline = timeout == null ? 0 : System.nanoTime() + timeout.toNanos();
    // A key from the caller makes any call safe to retry, whether or not the backend sends it.
    boolean retrySafe = request.retrySafe() || options.idempotencyKey().isPresent();
    // The URL without credentials is the same for every attempt: build it once per call, from the
    // base URL parsed once per client (parsing the whole text again would canonicalise the host
    // each time). encodedPath resolves and checks the path exactly as parsing it would.
    HttpUrl.Builder url = baseUrl.newBuilder().encodedPath(basePath + request.path());
    for (ApiRequest.QueryParam q : request.query()) {
      url.addQueryParameter(q.name(), q.value());
    }
    options.extraQuery().forEach((name, values) -> values.forEach(v -> url.addQueryParameter(name, v)));
    HttpUrl unauthenticated = url.build();
    CallEvents events = listeners.isEmpty() ? CallEvents.NONE : CallEvents.start(listeners,
        new CallInfo(serviceName, request.operation(), request.method(), baseUrl.host(), baseUrl.port(), async));
    return new CallState(request, options, options.maxRetries().orElse(maxRetries), retrySafe, deadline,
        unauthenticated, log.describe(unauthenticated), events);
  }

  /** Tells the listeners how the attempt just made ended and whether a retry follows. */
  static void attemptEnded(CallState state, Outcome<?> outcome) {
    Duration retryWait = outcome.result == null && outcome.error == null ? outcome.delay : null;
    state.events.attemptEnded(state.attempts, state.lastStatus, state.lastErrorType, state.lastRequestId, retryWait);
  }

  /** Builds everything of the next attempt but its credentials; fails when the deadline has passed. */
  Attempt prepare(CallState state) {
    ApiRequest request = state.request;
    long remainingNanos = state.remainingNanos();
    if (remainingNanos <= 0) {
      throw new ApiTimeoutException(request.operation(), request.operation() + " timed out before attempt "
          + (state.attempts + 1) + " could start", null);
    }
    state.attempts++;
    state.events.attemptStarted(state.attempts);
    Request.Builder rb = new Request.Builder()
        .header("User-Agent", userAgent)
        .header("Accept", "application/json")
        // Asked for here, not by OkHttp, so ContentDecoding sees the body as sent (see there).
        .header("Accept-Encoding", "gzip");
    request.headers().forEach(rb::header);
    state.options.extraHeaders().forEach(rb::header);
    return new Attempt(this, state, rb, remainingNanos);
  }

  /**
   * {@link Authenticator.Target#origin()} of every attempt: request paths are appended to the base
   * URL, so all share its scheme, host and port. OkHttp writes the authority (brackets around IPv6,
   * default port left out).
   */
  private static URI origin(HttpUrl base) {
    return URI.create(new HttpUrl.Builder().scheme(base.scheme()).host(base.host()).port(base.port()).build().toString());
  }

  /** Set by the network interceptor once an attempt is about to go on the wire. */
  static final class SentMarker {
    volatile boolean sent;
  }

  /** Configures a pipeline; backends fill it from their client builders. */
  public static final class Builder {
    private @Nullable HttpUrl baseUrl;
    private @Nullable OkHttpClient httpClient;
    private final List<Consumer<OkHttpClient.Builder>> httpClientAdjustments = new ArrayList<>();
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
    private @Nullable String serviceName;
    private final List<CallListener> listeners = new ArrayList<>();

    private Builder() {}

    /**
     * Base URL, for example {@code https://chat.stream-io-api.com}; a path prefix is kept.
     *
     * @param baseUrl absolute http(s) URL without query or fragment; plain http only for loopback hosts
     * @return this builder
     * @throws IllegalArgumentException if the URL is blank, unparsable, has a query or fragment, or uses
     *     http for a non-loopback host
     */
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

    /**
     * Use the caller's client (its pool, dispatcher, interceptors); it is never shut down by us.
     *
     * @param httpClient client to derive from, or null to use the SDK's shared client
     * @return this builder
     */
    public Builder httpClient(@Nullable OkHttpClient httpClient) {
      this.httpClient = httpClient;
      return this;
    }

    /**
     * Adjusts the OkHttp client this pipeline derives from the shared (or the caller's) client, for
     * example with its own trust, proxy or client certificate. Adjustments run in the order given,
     * after the timeouts; the SDK's retry settings are applied after them.
     *
     * @param adjustment applied to the derived {@link OkHttpClient.Builder}; must not be null
     * @return this builder
     */
    public Builder configureHttpClient(Consumer<OkHttpClient.Builder> adjustment) {
      httpClientAdjustments.add(Require.nonNull(adjustment, "configureHttpClient adjustment"));
      return this;
    }

    /**
     * Connect timeout of each attempt; null keeps the OkHttp client's own (10 s by default).
     *
     * @param d time allowed to open a connection, or null for the client's default
     * @return this builder
     */
    public Builder connectTimeout(@Nullable Duration d) {
      this.connectTimeout = d;
      return this;
    }

    /**
     * Read timeout of each attempt: the longest silence allowed while reading the response.
     *
     * @param d maximum gap between bytes received, or null for the client's default
     * @return this builder
     */
    public Builder readTimeout(@Nullable Duration d) {
      this.readTimeout = d;
      return this;
    }

    /**
     * Write timeout of each attempt: the longest stall allowed while sending the request body.
     *
     * @param d maximum gap between bytes sent, or null for the client's default
     * @return this builder
     */
    public Builder writeTimeout(@Nullable Duration d) {
      this.writeTimeout = d;
      return this;
    }

    /**
     * Default time budget of a whole call: every attempt and every wait between attempts must fit
     * in it (each call may override it with {@link RequestOptions#timeout()}). None by default.
     *
     * @param d total time allowed per call across attempts and waits, or null for no limit
     * @return this builder
     */
    public Builder callTimeout(@Nullable Duration d) {
      this.callTimeout = d;
      return this;
    }

    /**
     * Sets how each attempt gets its credentials; the default sends none.
     *
     * @param authenticator adds credentials to every attempt and may refresh them after a 401; not null
     * @return this builder
     */
    public Builder authenticator(Authenticator authenticator) {
      this.authenticator = Require.nonNull(authenticator, "authenticator");
      return this;
    }

    /**
     * Sets how error response bodies are turned into error code and message; the default reads nothing.
     *
     * @param errorParser backend-specific parser of error bodies; not null
     * @return this builder
     */
    public Builder errorParser(ErrorBodyParser errorParser) {
      this.errorParser = Require.nonNull(errorParser, "errorParser");
      return this;
    }

    /**
     * Retries after the first attempt; default 2.
     *
     * @param maxRetries number of retries, 0 to 10; 0 disables retrying
     * @return this builder
     * @throws IllegalArgumentException if the value is outside 0..10
     */
    public Builder maxRetries(int maxRetries) {
      this.maxRetries = Require.inRange(maxRetries, 0, 10, "maxRetries");
      return this;
    }

    /**
     * First backoff delay (default 500 ms); doubles per retry up to {@link #maxBackoff}.
     *
     * @param d strictly positive first delay between attempts
     * @return this builder
     * @throws IllegalArgumentException if the duration is zero or negative
     */
    public Builder initialBackoff(Duration d) {
      this.initialBackoff = positive(d, "initialBackoff");
      return this;
    }

    /**
     * Upper bound of the exponential backoff between attempts (default 8 s).
     *
     * @param d strictly positive longest delay the backoff may reach
     * @return this builder
     * @throws IllegalArgumentException if the duration is zero or negative
     */
    public Builder maxBackoff(Duration d) {
      this.maxBackoff = positive(d, "maxBackoff");
      return this;
    }

    /**
     * Longest server-requested wait ({@code Retry-After}, {@code X-RateLimit-Reset}) the SDK will
     * honour before retrying (default 30 s). A longer request fails at once with the wait in
     * {@link dev.chatsdk.core.RateLimitException#retryAfter()}.
     *
     * @param d longest wait the server may ask for; zero means never wait for a server-requested delay
     * @return this builder
     * @throws IllegalArgumentException if the duration is negative
     */
    public Builder maxRetryWait(Duration d) {
      Require.nonNull(d, "maxRetryWait");
      if (d.isNegative()) {
        throw new IllegalArgumentException("maxRetryWait must not be negative, got " + d);
      }
      this.maxRetryWait = d;
      return this;
    }

    /**
     * Replaces how the pipeline waits between attempts; tests use it to skip real sleeping.
     *
     * @param sleeper performs the backoff waits; not null
     * @return this builder
     */
    public Builder sleeper(Sleeper sleeper) {
      this.sleeper = Require.nonNull(sleeper, "sleeper");
      return this;
    }

    /**
     * Replaces the clock used to turn absolute reset times ({@code X-RateLimit-Reset}) into waits.
     *
     * @param clock source of the current time; not null
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Require.nonNull(clock, "clock");
      return this;
    }

    /**
     * Name put in the {@code User-Agent}, for example {@code stream}.
     *
     * @param name short, non-blank backend name
     * @return this builder
     */
    public Builder backendName(String name) {
      this.backendName = Require.nonBlank(name, "backendName");
      return this;
    }

    /**
     * The service's short name as listeners see it ({@code stream}, {@code chat}); defaults to
     * {@link #backendName}. Tracing names spans {@code <serviceName>.<operation>}.
     *
     * @param name non-blank service name reported to listeners
     * @return this builder
     */
    public Builder serviceName(String name) {
      this.serviceName = Require.nonBlank(name, "serviceName");
      return this;
    }

    /**
     * Adds a listener that hears every call's start, attempts and end (tracing, metrics).
     *
     * @param listener notified of call and attempt events; not null
     * @return this builder
     */
    public Builder callListener(CallListener listener) {
      listeners.add(Require.nonNull(listener, "callListener"));
      return this;
    }

    /**
     * Response headers that carry the server's request id, tried in order.
     *
     * @param names header names, most preferred first; not null
     * @return this builder
     */
    public Builder requestIdHeaders(List<String> names) {
      this.requestIdHeaders = List.copyOf(Require.nonNull(names, "requestIdHeaders"));
      return this;
    }

    /**
     * Query parameters whose values may appear in logs; all others are logged as {@code ***}.
     *
     * @param names names of the query parameters safe to log; not null
     * @return this builder
     */
    public Builder loggableQueryParams(Set<String> names) {
      this.loggableQueryParams = Set.copyOf(Require.nonNull(names, "loggableQueryParams"));
      return this;
    }

    /**
     * Builds the immutable pipeline from the settings made so far.
     *
     * @return a new pipeline, ready to send calls
     * @throws IllegalStateException if no base URL was set
     */
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
