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

  /** Starts with the backend's production base URL. */
  protected ClientBuilder(String defaultBaseUrl) {
    this.pipeline = HttpPipeline.builder().baseUrl(defaultBaseUrl);
    this.baseUrl = defaultBaseUrl;
  }

  /** This builder, typed as the backend's builder. */
  protected abstract B self();

  /** The base URL set so far. */
  protected String baseUrl() {
    return baseUrl;
  }

  /** The clock set so far (the system UTC clock by default). */
  protected Clock clock() {
    return clock;
  }

  /**
   * Where the API lives; defaults to the vendor's production URL. Point it at the emulator in tests.
   * Must be https, except for loopback hosts.
   */
  public B baseUrl(String baseUrl) {
    pipeline.baseUrl(baseUrl);
    this.baseUrl = baseUrl;
    return self();
  }

  /**
   * Use your own OkHttp client (connection pool, proxy, interceptors). The SDK derives its client
   * from it and never shuts it down.
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
   */
  public B callListener(CallListener listener) {
    pipeline.callListener(Require.nonNull(listener, "callListener"));
    return self();
  }

  /** Time allowed to open a connection. */
  public B connectTimeout(Duration timeout) {
    pipeline.connectTimeout(positive(timeout, "connectTimeout"));
    return self();
  }

  /** Longest silence while reading a response. */
  public B readTimeout(Duration timeout) {
    pipeline.readTimeout(positive(timeout, "readTimeout"));
    return self();
  }

  /** Longest stall while writing a request body. */
  public B writeTimeout(Duration timeout) {
    pipeline.writeTimeout(positive(timeout, "writeTimeout"));
    return self();
  }

  /** Default limit for a whole call, all attempts and waits included; {@code RequestOptions.timeout} overrides it. */
  public B callTimeout(Duration timeout) {
    pipeline.callTimeout(positive(timeout, "callTimeout"));
    return self();
  }

  /** Retries after the first attempt (0 to 10, default 2). */
  public B maxRetries(int maxRetries) {
    pipeline.maxRetries(maxRetries);
    return self();
  }

  /**
   * Longest wait the server may ask for ({@code Retry-After}, {@code X-RateLimit-Reset}) that the
   * SDK still honours by waiting and retrying (default 30 s); a longer one fails at once.
   */
  public B maxRetryWait(Duration maxRetryWait) {
    pipeline.maxRetryWait(maxRetryWait);
    return self();
  }

  /** First retry backoff (default 500 ms), doubled per retry up to 8 s, with jitter. */
  public B initialBackoff(Duration initialBackoff) {
    pipeline.initialBackoff(initialBackoff);
    return self();
  }

  /** Test hook: how the client waits between retries. */
  public B sleeper(Sleeper sleeper) {
    pipeline.sleeper(sleeper);
    return self();
  }

  /** Test hook: the clock used to read {@code Retry-After} dates and rate-limit resets (and by backends for token times). */
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
