package dev.chatsdk.opentelemetry;

import dev.chatsdk.core.Require;
import dev.chatsdk.core.observe.AttemptInfo;
import dev.chatsdk.core.observe.CallInfo;
import dev.chatsdk.core.observe.CallListener;
import dev.chatsdk.core.observe.CallObserver;
import dev.chatsdk.core.observe.CallResult;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.common.AttributesBuilder;
import io.opentelemetry.api.metrics.DoubleHistogram;
import io.opentelemetry.api.metrics.LongCounter;
import io.opentelemetry.api.metrics.Meter;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;

/**
 * Traces and measures every call of the clients it is registered on:
 *
 * <pre>{@code
 * StreamChatClient client = StreamChatClient.builder()
 *     .apiKey(key).apiSecret(secret)
 *     .callListener(ChatSdkTelemetry.create(openTelemetry))
 *     .build();
 * }</pre>
 *
 * <p><b>Spans.</b> One {@link SpanKind#CLIENT} span per call, named {@code <service>.<operation>}
 * ({@code stream.sendMessage}, {@code chat.spaces.messages.create}), a child of the context current
 * when the call was made (for async calls too). Attributes follow the OpenTelemetry HTTP client
 * conventions where they fit ({@code http.request.method}, {@code http.response.status_code},
 * {@code server.address}, {@code server.port}, {@code error.type}, {@code http.request.resend_count})
 * plus {@code chatsdk.service}, {@code chatsdk.operation}, {@code chatsdk.attempt_count} and {@code
 * chatsdk.request_id}. Each retry adds a {@code chatsdk.retry} event with the attempt that failed and
 * the wait. A failed call sets the span status to error; the exception message is not recorded.
 * After an async call the caller's context is current again in the callbacks the completion runs.
 *
 * <p><b>Metrics</b> (meter {@code dev.chatsdk}): {@code chatsdk.client.call.duration} (histogram,
 * seconds, by service, operation, outcome, status and error type), {@code chatsdk.client.retries}
 * (counter, by service, operation and the failed attempt's error type), {@code
 * chatsdk.client.rate_limit.waits} (counter) and {@code chatsdk.client.rate_limit.wait_duration}
 * (histogram, seconds) for the waits a 429 imposed.
 *
 * <p>Nothing recorded comes from a path, query, header or body value, so no credential or message
 * text can reach the exporter.
 */
public final class ChatSdkTelemetry implements CallListener {
  /** Name of the tracer and meter. */
  public static final String INSTRUMENTATION_NAME = "dev.chatsdk";

  static final AttributeKey<String> HTTP_REQUEST_METHOD = AttributeKey.stringKey("http.request.method");
  static final AttributeKey<Long> HTTP_RESPONSE_STATUS_CODE = AttributeKey.longKey("http.response.status_code");
  static final AttributeKey<Long> HTTP_RESEND_COUNT = AttributeKey.longKey("http.request.resend_count");
  static final AttributeKey<String> SERVER_ADDRESS = AttributeKey.stringKey("server.address");
  static final AttributeKey<Long> SERVER_PORT = AttributeKey.longKey("server.port");
  static final AttributeKey<String> ERROR_TYPE = AttributeKey.stringKey("error.type");
  static final AttributeKey<String> SERVICE = AttributeKey.stringKey("chatsdk.service");
  static final AttributeKey<String> OPERATION = AttributeKey.stringKey("chatsdk.operation");
  static final AttributeKey<Long> ATTEMPT_COUNT = AttributeKey.longKey("chatsdk.attempt_count");
  static final AttributeKey<String> REQUEST_ID = AttributeKey.stringKey("chatsdk.request_id");
  static final AttributeKey<String> OUTCOME = AttributeKey.stringKey("chatsdk.outcome");
  static final AttributeKey<Long> ATTEMPT = AttributeKey.longKey("chatsdk.attempt");
  static final AttributeKey<Long> RETRY_WAIT_MS = AttributeKey.longKey("chatsdk.retry.wait_ms");

  private final Tracer tracer;
  private final DoubleHistogram callDuration;
  private final LongCounter retries;
  private final LongCounter rateLimitWaits;
  private final DoubleHistogram rateLimitWaitDuration;

  private ChatSdkTelemetry(OpenTelemetry openTelemetry) {
    String version = ChatSdkTelemetry.class.getPackage().getImplementationVersion();
    this.tracer = version == null ? openTelemetry.getTracer(INSTRUMENTATION_NAME)
        : openTelemetry.getTracer(INSTRUMENTATION_NAME, version);
    Meter meter = openTelemetry.getMeter(INSTRUMENTATION_NAME);
    this.callDuration = meter.histogramBuilder("chatsdk.client.call.duration").setUnit("s")
        .setDescription("Duration of chatsdk calls, retries and waits included").build();
    this.retries = meter.counterBuilder("chatsdk.client.retries").setUnit("{retry}")
        .setDescription("Attempts chatsdk retried").build();
    this.rateLimitWaits = meter.counterBuilder("chatsdk.client.rate_limit.waits").setUnit("{wait}")
        .setDescription("Waits imposed by a rate limit (HTTP 429) before a retry").build();
    this.rateLimitWaitDuration = meter.histogramBuilder("chatsdk.client.rate_limit.wait_duration").setUnit("s")
        .setDescription("Length of the waits a rate limit (HTTP 429) imposed").build();
  }

  /**
   * Traces and measures through {@code openTelemetry} (for example {@code GlobalOpenTelemetry.get()}).
   *
   * @param openTelemetry the SDK or API instance to take the tracer and meter from; not null
   * @return an observer to register on a client builder; safe to share between clients
   * @throws NullPointerException when {@code openTelemetry} is null
   */
  public static ChatSdkTelemetry create(OpenTelemetry openTelemetry) {
    return new ChatSdkTelemetry(Require.nonNull(openTelemetry, "openTelemetry"));
  }

  @Override
  public CallObserver callStarted(CallInfo call) {
    Context parent = Context.current();
    Span span = tracer.spanBuilder(call.service() + '.' + call.operation())
        .setParent(parent)
        .setSpanKind(SpanKind.CLIENT)
        .setAttribute(HTTP_REQUEST_METHOD, call.method())
        .setAttribute(SERVER_ADDRESS, call.serverAddress())
        .setAttribute(SERVER_PORT, (long) call.serverPort())
        .setAttribute(SERVICE, call.service())
        .setAttribute(OPERATION, call.operation())
        .startSpan();
    return new SpanObserver(call, span, parent);
  }

  /** The span and metrics of one call. */
  private final class SpanObserver implements CallObserver {
    private final CallInfo call;
    private final Span span;
    private final Context parent;

    SpanObserver(CallInfo call, Span span, Context parent) {
      this.call = call;
      this.span = span;
      this.parent = parent;
    }

    @Override
    public void attemptEnded(AttemptInfo attempt) {
      if (attempt.retryWait().isEmpty()) {
        return;
      }
      long waitMs = attempt.retryWait().get().toMillis();
      AttributesBuilder event = Attributes.builder().put(ATTEMPT, attempt.attempt()).put(RETRY_WAIT_MS, waitMs);
      if (attempt.statusCode() > 0) {
        event.put(HTTP_RESPONSE_STATUS_CODE, attempt.statusCode());
      }
      attempt.errorType().ifPresent(t -> event.put(ERROR_TYPE, t));
      span.addEvent("chatsdk.retry", event.build());

      AttributesBuilder counted = names();
      attempt.errorType().ifPresent(t -> counted.put(ERROR_TYPE, t));
      retries.add(1, counted.build());
      if (attempt.rateLimited()) {
        Attributes names = names().build();
        rateLimitWaits.add(1, names);
        rateLimitWaitDuration.record(waitMs / 1000.0, names);
      }
    }

    @Override
    public void callEnded(CallResult result) {
      AttributesBuilder metric = names().put(OUTCOME, result.successful() ? "success" : "error");
      if (result.statusCode() > 0) {
        span.setAttribute(HTTP_RESPONSE_STATUS_CODE, result.statusCode());
        metric.put(HTTP_RESPONSE_STATUS_CODE, result.statusCode());
      }
      span.setAttribute(ATTEMPT_COUNT, result.attempts());
      if (result.attempts() > 1) {
        span.setAttribute(HTTP_RESEND_COUNT, result.attempts() - 1);
      }
      result.requestId().ifPresent(id -> span.setAttribute(REQUEST_ID, id));
      result.errorType().ifPresent(type -> {
        span.setAttribute(ERROR_TYPE, type);
        span.setStatus(StatusCode.ERROR);
        metric.put(ERROR_TYPE, type);
      });
      span.end();
      callDuration.record(result.duration().toNanos() / 1e9, metric.build());
    }

    /** The caller's context, not the ended client span, is what its callbacks continue in. */
    @Override
    public void completeInCallerContext(Runnable completion) {
      try (Scope ignored = parent.makeCurrent()) {
        completion.run();
      }
    }

    private AttributesBuilder names() {
      return Attributes.builder().put(SERVICE, call.service()).put(OPERATION, call.operation());
    }
  }
}
