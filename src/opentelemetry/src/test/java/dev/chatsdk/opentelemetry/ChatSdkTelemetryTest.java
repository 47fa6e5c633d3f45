package dev.chatsdk.opentelemetry;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.chatsdk.core.ApiResponse;
import dev.chatsdk.core.NotFoundException;
import dev.chatsdk.core.RequestOptions;
import dev.chatsdk.core.http.ApiRequest;
import dev.chatsdk.core.http.HttpPipeline;
import dev.chatsdk.core.http.ResponseHandler;
import dev.chatsdk.core.http.Sleeper;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.metrics.SdkMeterProvider;
import io.opentelemetry.sdk.metrics.data.HistogramPointData;
import io.opentelemetry.sdk.metrics.data.LongPointData;
import io.opentelemetry.sdk.metrics.data.MetricData;
import io.opentelemetry.sdk.testing.exporter.InMemoryMetricReader;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.EventData;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Spans, events and metrics as the OpenTelemetry SDK exports them, for sync and async calls. */
class ChatSdkTelemetryTest {
  @RegisterExtension
  static final WireMockExtension wm = WireMockExtension.newInstance()
      .options(WireMockConfiguration.wireMockConfig().dynamicPort()).build();

  private static final ResponseHandler<Map<String, Object>> JSON = ResponseHandler.json(Map.class);

  /** Waits nothing, so retry tests take milliseconds. */
  private static final Sleeper INSTANT = new Sleeper() {
    @Override
    public void sleep(Duration duration) {}

    @Override
    public CompletableFuture<Void> delay(Duration duration) {
      return CompletableFuture.runAsync(() -> {});
    }
  };

  private final InMemorySpanExporter spans = InMemorySpanExporter.create();
  private final InMemoryMetricReader metrics = InMemoryMetricReader.create();
  private final OpenTelemetrySdk otel = OpenTelemetrySdk.builder()
      .setTracerProvider(SdkTracerProvider.builder().addSpanProcessor(SimpleSpanProcessor.create(spans)).build())
      .setMeterProvider(SdkMeterProvider.builder().registerMetricReader(metrics).build())
      .build();

  @AfterEach
  void close() {
    otel.close();
  }

  private HttpPipeline pipeline() {
    return HttpPipeline.builder().baseUrl(wm.baseUrl()).backendName("stream").sleeper(INSTANT)
        .callListener(ChatSdkTelemetry.create(otel)).build();
  }

  private static ApiRequest send() {
    return ApiRequest.builder("sendMessage", "POST", "/channels/{type}/{id}/message")
        .pathSegment("type", "messaging").pathSegment("id", "secret-channel")
        .query("api_key", "secret-key").header("Authorization", "secret-jwt")
        .jsonBody(Map.of("text", "secret message text")).build();
  }

  private ApiResponse<Map<String, Object>> call(boolean async) {
    if (!async) {
      return pipeline().execute(send(), JSON, RequestOptions.none());
    }
    try {
      return pipeline().executeAsync(send(), JSON, RequestOptions.none()).get(20, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      throw (RuntimeException) e.getCause();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private static void firstThenOk(ResponseDefinitionBuilder first) {
    wm.stubFor(any(anyUrl()).inScenario("s").whenScenarioStateIs(STARTED).willReturn(first).willSetStateTo("ok"));
    wm.stubFor(any(anyUrl()).inScenario("s").whenScenarioStateIs("ok")
        .willReturn(aResponse().withStatus(201).withHeader("X-Request-Id", "req-2").withBody("{\"ok\":true}")));
  }

  private MetricData metric(String name) {
    return metrics.collectAllMetrics().stream().filter(m -> m.getName().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError("no metric " + name));
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void aRetriedCallIsOneClientSpanWithARetryEventAndItsMetrics(boolean async) {
    firstThenOk(aResponse().withStatus(429).withHeader("Retry-After", "3"));

    call(async);

    List<SpanData> finished = spans.getFinishedSpanItems();
    assertThat(finished).hasSize(1);
    SpanData span = finished.get(0);
    assertThat(span.getName()).isEqualTo("stream.sendMessage");
    assertThat(span.getKind()).isEqualTo(SpanKind.CLIENT);
    assertThat(span.getStatus().getStatusCode()).isEqualTo(StatusCode.UNSET);
    assertThat(span.getAttributes().asMap()).containsAllEntriesOf(Map.of(
        AttributeKey.stringKey("http.request.method"), "POST",
        AttributeKey.longKey("http.response.status_code"), 201L,
        AttributeKey.stringKey("server.address"), "localhost",
        AttributeKey.longKey("server.port"), (long) wm.getPort(),
        AttributeKey.longKey("chatsdk.attempt_count"), 2L,
        AttributeKey.longKey("http.request.resend_count"), 1L,
        AttributeKey.stringKey("chatsdk.request_id"), "req-2",
        AttributeKey.stringKey("chatsdk.operation"), "sendMessage"));
    assertThat(span.getEvents()).hasSize(1);
    EventData retry = span.getEvents().get(0);
    assertThat(retry.getName()).isEqualTo("chatsdk.retry");
    assertThat(retry.getAttributes().get(AttributeKey.longKey("chatsdk.retry.wait_ms"))).isEqualTo(3000L);
    assertThat(retry.getAttributes().get(AttributeKey.longKey("http.response.status_code"))).isEqualTo(429L);
    // No value from the path, query, headers or body is exported.
    assertThat(span.toString()).doesNotContain("secret");

    HistogramPointData duration = metric("chatsdk.client.call.duration").getHistogramData().getPoints().iterator().next();
    assertThat(duration.getCount()).isEqualTo(1);
    assertThat(duration.getAttributes().get(AttributeKey.stringKey("chatsdk.outcome"))).isEqualTo("success");
    LongPointData retries = metric("chatsdk.client.retries").getLongSumData().getPoints().iterator().next();
    assertThat(retries.getValue()).isEqualTo(1);
    assertThat(retries.getAttributes().get(AttributeKey.stringKey("error.type"))).isEqualTo("429");
    assertThat(metric("chatsdk.client.rate_limit.waits").getLongSumData().getPoints().iterator().next().getValue()).isEqualTo(1);
    assertThat(metric("chatsdk.client.rate_limit.wait_duration").getHistogramData().getPoints().iterator().next().getSum())
        .isEqualTo(3.0);
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void aFailedCallMarksTheSpanAndTheDurationAsErrors(boolean async) {
    wm.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(404).withBody("{\"message\":\"secret detail\"}")));

    assertThatThrownBy(() -> call(async)).isInstanceOf(NotFoundException.class);

    SpanData span = spans.getFinishedSpanItems().get(0);
    assertThat(span.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
    assertThat(span.getAttributes().get(AttributeKey.stringKey("error.type"))).isEqualTo("404");
    assertThat(span.getAttributes().get(AttributeKey.longKey("http.response.status_code"))).isEqualTo(404L);
    assertThat(span.getEvents()).isEmpty();
    assertThat(span.toString()).doesNotContain("secret");
    HistogramPointData duration = metric("chatsdk.client.call.duration").getHistogramData().getPoints().iterator().next();
    assertThat(duration.getAttributes().get(AttributeKey.stringKey("chatsdk.outcome"))).isEqualTo("error");
    assertThat(duration.getAttributes().get(AttributeKey.stringKey("error.type"))).isEqualTo("404");
  }

  @Test
  void anAsyncCallIsAChildOfTheCallersSpanAndItsCallbacksContinueInIt() throws Exception {
    // The delay makes sure the callback below is attached before the response completes the call.
    wm.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200).withFixedDelay(300).withBody("{\"ok\":true}")));
    Span parent = otel.getTracer("test").spanBuilder("handle request").startSpan();
    CompletableFuture<SpanContext> seenInCallback;
    try (Scope ignored = parent.makeCurrent()) {
      seenInCallback = pipeline().executeAsync(send(), JSON, RequestOptions.none())
          .thenApply(r -> Span.current().getSpanContext());
    }
    assertThat(Span.current().getSpanContext().isValid()).isFalse(); // the caller's thread moved on

    assertThat(seenInCallback.get(20, TimeUnit.SECONDS)).isEqualTo(parent.getSpanContext());
    parent.end();
    SpanData client = spans.getFinishedSpanItems().stream().filter(s -> s.getKind() == SpanKind.CLIENT)
        .findFirst().orElseThrow();
    assertThat(client.getParentSpanContext()).isEqualTo(parent.getSpanContext());
    assertThat(client.getTraceId()).isEqualTo(parent.getSpanContext().getTraceId());
  }

  @Test
  void aCallWithoutACurrentSpanStartsItsOwnTrace() {
    wm.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200).withBody("{}")));

    call(false);

    assertThat(spans.getFinishedSpanItems().get(0).getParentSpanContext().isValid()).isFalse();
  }

  @Test
  void rejectsANullOpenTelemetry() {
    assertThatThrownBy(() -> ChatSdkTelemetry.create(null)).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("openTelemetry");
  }
}
