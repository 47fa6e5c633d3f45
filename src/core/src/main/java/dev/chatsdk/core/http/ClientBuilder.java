package dev.chatsdk.core.http;

import dev.chatsdk.core.Require;
import dev.chatsdk.core.observe.CallListener;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Consumer;
import okhttp3.OkHttpClient;

/**
 * The connection and retry settings every backend's client builder offers, in one place; a backend
 * builder extends it and adds its credentials. Each setting goes straight into the {@link
 * HttpPipeline.Builder} the backend builds its pipeline from.
 *
 * @param <B> the backend's builder type, so the chained calls keep returning it
 */
public abstract class ClientBuilder<B extends ClientBuilder<B>> {
  /** The pipeline under construction; the backend adds its authenticator and builds it. */
  protected final HttpPipeline.Builder pipeline;
  private String baseUrl;
  private Clock clock = Clock.systemUTC();

  /**
   * Starts with the backend's production base URL.
   *
   * @param defaultBaseUrl the vendor's production URL, used unless {@link #baseUrl(String)} is called
   */
  protected ClientBuilder(String defaultBaseUrl) {
    this.pipeline = HttpPipeline.builder().baseUrl(defaultBaseUrl);
    this.baseUrl = defaultBaseUrl;
  }

  /**
   * This builder, typed as the backend's builder.
   *
   * @return {@code this}, cast to the concrete builder type
   */
  protected abstract B self();

  /**
   * The base URL set so far.
   *
   * @return the URL given to {@link #baseUrl(String)}, or the default one
   */
  protected String baseUrl() {
    return baseUrl;
  }

  /**
   * The clock set so far (the system UTC clock by default).
   *
   * @return the clock given to {@link #clock(Clock)}
   */
  protected Clock clock() {
    return clock;
  }

  /**
   * Where the API lives; defaults to the vendor's production URL. Point it at the emulator in tests.
   * Must be https, except for loopback hosts.
   *
   * @param baseUrl absolute URL without query or fragment
   * @return this builder
   * @throws IllegalArgumentException if the URL is invalid, or plain http for a non-loopback host
   */
  public B baseUrl(String baseUrl) {
    pipeline.baseUrl(baseUrl);
    this.baseUrl = baseUrl;
    return self();
  }

  /**
   * Use your own OkHttp client (connection pool, proxy, interceptors). The SDK derives its client
   * from it and never shuts it down.
   *
   * @param httpClient the client to derive from; not null
   * @return this builder
   */
  public B httpClient(OkHttpClient httpClient) {
    pipeline.httpClient(Require.nonNull(httpClient, "httpClient"));
    return self();
  }

  /**
   * Adjusts the SDK's own OkHttp client instead of replacing it: trust a private CA, go through a
   * proxy, present a client certificate. For example {@code .configureHttpClient(b ->
   * b.sslSocketFactory(factory, trustManager).proxy(proxy))}. The adjustment is applied to a client
   * derived from the shared one (or from {@link #httpClient}'s), so the SDK's tuning stays: daemon
   * dispatcher threads, per-host limits, the shared connection pool and this builder's timeouts.
   * OkHttp's own connection retry stays off, since the SDK's retry policy decides. May be called
   * more than once; adjustments run in order.
   *
   * @param adjustment changes applied to the derived OkHttp builder; not null
   * @return this builder
   */
  public B configureHttpClient(Consumer<OkHttpClient.Builder> adjustment) {
    pipeline.configureHttpClient(Require.nonNull(adjustment, "configureHttpClient adjustment"));
    return self();
  }

  /**
   * Adds a listener that hears when each call starts, each attempt ends (with the wait before a
   * retry) and the call ends: the hook for tracing and metrics, for example {@code
   * ChatSdkTelemetry.create(openTelemetry)} from {@code chatsdk-opentelemetry}. May be called more
   * than once.
   *
   * @param listener notified of call and attempt events; not null
   * @return this builder
   */
  public B callListener(CallListener listener) {
    pipeline.callListener(Require.nonNull(listener, "callListener"));
    return self();
  }

  /**
   * Time allowed to open a connection.
   *
   * @param timeout strictly positive connect timeout per attempt
   * @return this builder
   * @throws IllegalArgumentException if the timeout is zero or negative
   */
  public B connectTimeout(Duration timeout) {
    pipeline.connectTimeout(positive(timeout, "connectTimeout"));
    return self();
  }

  /**
   * Longest silence while reading a response.
   *
   * @param timeout strictly positive read timeout per attempt
   * @return this builder
   * @throws IllegalArgumentException if the timeout is zero or negative
   */
  public B readTimeout(Duration timeout) {
    pipeline.readTimeout(positive(timeout, "readTimeout"));
    return self();
  }

  /**
   * Longest stall while writing a request body.
   *
   * @param timeout strictly positive write timeout per attempt
   * @return this builder
   * @throws IllegalArgumentException if the timeout is zero or negative
   */
  public B writeTimeout(Duration timeout) {
    pipeline.writeTimeout(positive(timeout, "writeTimeout"));
    return self();
  }

  /**
   * Default limit for a whole call, all attempts and waits included; {@code RequestOptions.timeout} overrides it.
   *
   * @param timeout strictly positive budget for a whole call
   * @return this builder
   * @throws IllegalArgumentException if the timeout is zero or negative
   */
  public B callTimeout(Duration timeout) {
    pipeline.callTimeout(positive(timeout, "callTimeout"));
    return self();
  }

  /**
   * Retries after the first attempt (0 to 10, default 2).
   *
   * @param maxRetries number of retries; 0 turns retrying off
   * @return this builder
   * @throws IllegalArgumentException if the value is outside 0..10
   */
  public B maxRetries(int maxRetries) {
    pipeline.maxRetries(maxRetries);
    return self();
  }

  /**
   * Longest wait the server may ask for ({@code Retry-After}, {@code X-RateLimit-Reset}) that the
   * SDK still honours by waiting and retrying (default 30 s); a longer one fails at once.
   *
   * @param maxRetryWait longest server-requested wait to honour; not negative
   * @return this builder
   * @throws IllegalArgumentException if the duration is negative
   */
  public B maxRetryWait(Duration maxRetryWait) {
    pipeline.maxRetryWait(maxRetryWait);
    return self();
  }

  /**
   * First retry backoff (default 500 ms), doubled per retry up to 8 s, with jitter.
   *
   * @param initialBackoff strictly positive delay before the first retry
   * @return this builder
   * @throws IllegalArgumentException if the duration is zero or negative
   */
  public B initialBackoff(Duration initialBackoff) {
    pipeline.initialBackoff(initialBackoff);
    return self();
  }

  /**
   * Test hook: how the client waits between retries.
   *
   * @param sleeper performs the waits between attempts; not null
   * @return this builder
   */
  public B sleeper(Sleeper sleeper) {
    pipeline.sleeper(sleeper);
    return self();
  }

  /**
   * Test hook: the clock used to read {@code Retry-After} dates and rate-limit resets (and by backends for token times).
   *
   * @param clock source of the current time; not null
   * @return this builder
   */
  public B clock(Clock clock) {
    this.clock = Require.nonNull(clock, "clock");
    pipeline.clock(clock);
    return self();
  }

  private static Duration positive(Duration d, String name) {
    Require.nonNull(d, name);
    if (d.isNegative() || d.isZero()) {
      throw new IllegalArgumentException(name + " must be positive, got " + d);
    }
    return d;
  }
}
