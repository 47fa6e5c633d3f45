package dev.chatsdk.core.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.chatsdk.core.ApiConnectionException;
import dev.chatsdk.core.NotFoundException;
import dev.chatsdk.core.observe.AttemptInfo;
import dev.chatsdk.core.observe.CallInfo;
import dev.chatsdk.core.observe.CallListener;
import dev.chatsdk.core.observe.CallObserver;
import dev.chatsdk.core.observe.CallResult;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The listener SPI hears every call's start, attempts (with retry waits) and end, in order. */
class CallListenerTest {
  @RegisterExtension static final WireMockExtension wm = TestPipelines.wireMock();

  private static final ResponseHandler<Map<String, Object>> JSON = ResponseHandler.json(Map.class);

  private final RecordingSleeper sleeper = new RecordingSleeper();
  private final List<Object> events = new CopyOnWriteArrayList<>();

  /** Records every event, as a tracing listener would see them. */
  private final CallListener recorder = call -> {
    events.add(call);
    return new CallObserver() {
      @Override
      public void attemptStarted(int attempt) {
        events.add("start " + attempt);
      }

      @Override
      public void attemptEnded(AttemptInfo attempt) {
        events.add(attempt);
      }

      @Override
      public void callEnded(CallResult result) {
        events.add(result);
      }
    };
  };

  private HttpPipeline pipeline(CallListener... listeners) {
    HttpPipeline.Builder b = TestPipelines.builder(wm, sleeper).serviceName("demo");
    for (CallListener l : listeners) {
      b.callListener(l);
    }
    return b.build();
  }

  private static ApiRequest get() {
    return ApiRequest.builder("things.get", "GET", "/things/{id}").pathSegment("id", "secret-path-value")
        .query("token", "secret-query-value").header("X-Api-Key", "secret-header-value").build();
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void aRetriedCallReportsEachAttemptAndItsWait(Mode mode) {
    wm.stubFor(any(anyUrl()).inScenario("s").whenScenarioStateIs(STARTED)
        .willReturn(aResponse().withStatus(503).withHeader("Retry-After", "2").withHeader("X-Request-Id", "r-1"))
        .willSetStateTo("ok"));
    wm.stubFor(any(anyUrl()).inScenario("s").whenScenarioStateIs("ok")
        .willReturn(aResponse().withStatus(200).withHeader("X-Request-Id", "r-2").withBody("{}")));

    mode.call(pipeline(recorder), get(), JSON);

    assertThat(events).hasSize(6);
    CallInfo call = (CallInfo) events.get(0);
    assertThat(call.service()).isEqualTo("demo");
    assertThat(call.operation()).isEqualTo("things.get");
    assertThat(call.method()).isEqualTo("GET");
    assertThat(call.serverAddress()).isEqualTo("localhost");
    assertThat(call.serverPort()).isEqualTo(wm.getPort());
    assertThat(call.async()).isEqualTo(mode == Mode.ASYNC);
    assertThat(events.get(1)).isEqualTo("start 1");
    AttemptInfo first = (AttemptInfo) events.get(2);
    assertThat(first.statusCode()).isEqualTo(503);
    assertThat(first.errorType()).contains("503");
    assertThat(first.requestId()).contains("r-1");
    assertThat(first.retryWait()).contains(Duration.ofSeconds(2));
    assertThat(events.get(3)).isEqualTo("start 2");
    AttemptInfo second = (AttemptInfo) events.get(4);
    assertThat(second.statusCode()).isEqualTo(200);
    assertThat(second.errorType()).isEmpty();
    assertThat(second.retryWait()).isEmpty();
    CallResult result = (CallResult) events.get(5);
    assertThat(result.successful()).isTrue();
    assertThat(result.statusCode()).isEqualTo(200);
    assertThat(result.attempts()).isEqualTo(2);
    assertThat(result.requestId()).contains("r-2");
    assertThat(result.duration()).isPositive();
    // Names, numbers and ids only: no path, query or header value reaches a listener.
    assertThat(events.toString()).doesNotContain("secret");
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void aFailedCallReportsItsErrorType(Mode mode) {
    wm.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(404).withBody("{}")));

    assertThatThrownBy(() -> mode.call(pipeline(recorder), get(), JSON)).isInstanceOf(NotFoundException.class);

    CallResult result = (CallResult) events.get(events.size() - 1);
    assertThat(result.successful()).isFalse();
    assertThat(result.errorType()).contains("404");
    assertThat(result.statusCode()).isEqualTo(404);
    assertThat(result.attempts()).isEqualTo(1);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void transportFailuresReportTheExceptionTypes(Mode mode) {
    wm.stubFor(any(anyUrl()).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

    assertThatThrownBy(() -> mode.call(pipeline(recorder), get(), JSON)).isInstanceOf(ApiConnectionException.class);

    assertThat(events).filteredOn(AttemptInfo.class::isInstance).hasSize(3)
        .allSatisfy(a -> assertThat(((AttemptInfo) a).statusCode()).isZero());
    AttemptInfo first = (AttemptInfo) events.get(2);
    assertThat(first.errorType()).hasValueSatisfying(t -> assertThat(t).endsWith("Exception"));
    assertThat(first.retryWait()).isPresent();
    CallResult result = (CallResult) events.get(events.size() - 1);
    assertThat(result.errorType()).contains("ApiConnectionException");
    assertThat(result.attempts()).isEqualTo(3);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void aThrowingListenerNeverChangesTheCall(Mode mode) {
    wm.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200).withBody("{\"ok\":true}")));
    CallListener broken = call -> new CallObserver() {
      @Override
      public void attemptStarted(int attempt) {
        throw new IllegalStateException("listener bug");
      }

      @Override
      public void completeInCallerContext(Runnable completion) {
        throw new IllegalStateException("listener bug");
      }
    };

    assertThat(mode.call(pipeline(broken, recorder), get(), JSON).data()).containsEntry("ok", true);
    assertThat(events).last().isInstanceOf(CallResult.class);
    assertThat(mode.call(pipeline(call -> {
      throw new IllegalStateException("listener bug");
    }), get(), JSON).data()).containsEntry("ok", true);
  }
}
