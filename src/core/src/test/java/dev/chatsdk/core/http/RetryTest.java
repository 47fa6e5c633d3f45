package dev.chatsdk.core.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.chatsdk.core.ApiConnectionException;
import dev.chatsdk.core.ApiException;
import dev.chatsdk.core.ApiResponse;
import dev.chatsdk.core.ApiTimeoutException;
import dev.chatsdk.core.RateLimitException;
import dev.chatsdk.core.RequestOptions;
import dev.chatsdk.core.ServerException;
import java.io.ByteArrayInputStream;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import okhttp3.ConnectionPool;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every retry rule of DESIGN.md §6, each run through both {@code execute} and {@code
 * executeAsync}, counting the requests the server saw and the waits the pipeline asked for.
 */
class RetryTest {
  @RegisterExtension static final WireMockExtension wm = TestPipelines.wireMock();

  private static final ResponseHandler<Map<String, Object>> JSON = ResponseHandler.json(Map.class);
  private static final String OK_BODY = "{\"ok\":true}";

  private final RecordingSleeper sleeper = new RecordingSleeper();

  private HttpPipeline pipeline() {
    return TestPipelines.builder(wm, sleeper).build();
  }

  private static ApiRequest get() {
    return ApiRequest.builder("getThing", "GET", "/things/1").build();
  }

  private static ApiRequest post() {
    return ApiRequest.builder("createThing", "POST", "/things").jsonBody(Map.of("name", "a")).build();
  }

  /** First answer {@code first}, then 200 for every later request. */
  private static void firstThenOk(ResponseDefinitionBuilder first) {
    wm.stubFor(any(anyUrl()).inScenario("s").whenScenarioStateIs(STARTED).willReturn(first).willSetStateTo("ok"));
    wm.stubFor(any(anyUrl()).inScenario("s").whenScenarioStateIs("ok").willReturn(aResponse().withStatus(200).withBody(OK_BODY)));
  }

  private static void always(ResponseDefinitionBuilder response) {
    wm.stubFor(any(anyUrl()).willReturn(response));
  }

  private static int served() {
    return wm.getAllServeEvents().size();
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void retryAfterSecondsOn429IsHonoured(Mode mode) {
    firstThenOk(aResponse().withStatus(429).withHeader("Retry-After", "3"));

    ApiResponse<Map<String, Object>> response = mode.call(pipeline(), get(), JSON);

    assertThat(response.data()).containsEntry("ok", true);
    assertThat(served()).isEqualTo(2);
    assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(3));
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void retryAfterHttpDateIsMeasuredFromTheClock(Mode mode) {
    String at = DateTimeFormatter.RFC_1123_DATE_TIME.format(TestPipelines.NOW.plusSeconds(7).atZone(java.time.ZoneOffset.UTC));
    firstThenOk(aResponse().withStatus(429).withHeader("Retry-After", at));

    mode.call(pipeline(), get(), JSON);

    assertThat(served()).isEqualTo(2);
    assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(7));
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void rateLimitResetOn429IsHonoured(Mode mode) {
    long reset = TestPipelines.NOW.getEpochSecond() + 4;
    firstThenOk(aResponse().withStatus(429).withHeader("X-RateLimit-Reset", String.valueOf(reset)));

    mode.call(pipeline(), get(), JSON);

    assertThat(served()).isEqualTo(2);
    assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(4));
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void aRateLimitResetAlreadyPastFallsBackToBackoff(Mode mode) {
    long reset = TestPipelines.NOW.getEpochSecond() - 30; // the client's clock runs ahead of the server's
    firstThenOk(aResponse().withStatus(429).withHeader("X-RateLimit-Reset", String.valueOf(reset)));

    mode.call(pipeline(), get(), JSON);

    assertThat(served()).isEqualTo(2);
    assertThat(sleeper.waits()).singleElement()
        .satisfies(d -> assertThat(d).isBetween(Duration.ofMillis(75), Duration.ofMillis(100)));
  }

  @org.junit.jupiter.api.Test
  void anInterruptedRetryWaitEndsASyncCallAndKeepsTheInterruptFlag() {
    always(aResponse().withStatus(503));
    Sleeper interrupted = new Sleeper() {
      @Override
      public void sleep(Duration duration) throws InterruptedException {
        throw new InterruptedException();
      }

      @Override
      public java.util.concurrent.CompletableFuture<Void> delay(Duration duration) {
        throw new AssertionError("not async");
      }
    };
    HttpPipeline pipeline = TestPipelines.builder(wm, interrupted).build();
    try {
      assertThatThrownBy(() -> Mode.SYNC.call(pipeline, get(), JSON))
          .isExactlyInstanceOf(ApiConnectionException.class)
          .hasMessage("getThing was interrupted while waiting to retry");
      assertThat(Thread.currentThread().isInterrupted()).isTrue();
    } finally {
      Thread.interrupted();
    }
    assertThat(served()).isEqualTo(1);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void serviceUnavailableThenOkSucceedsAfterOneBackoff(Mode mode) {
    firstThenOk(aResponse().withStatus(503));

    ApiResponse<Map<String, Object>> response = mode.call(pipeline(), get(), JSON);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(served()).isEqualTo(2);
    assertThat(sleeper.waits()).singleElement()
        .satisfies(d -> assertThat(d).isBetween(Duration.ofMillis(75), Duration.ofMillis(100)));
  }

  static Stream<Arguments> retryableStatuses() {
    return Stream.of(Mode.values()).flatMap(m -> Stream.of(408, 429, 500, 502, 503, 504).map(s -> Arguments.of(m, s)));
  }

  @ParameterizedTest
  @MethodSource("retryableStatuses")
  void getIsRetriedOnEveryRetryableStatusUntilRetriesRunOut(Mode mode, int status) {
    always(aResponse().withStatus(status));

    ApiException e = catchThrowableOfType(ApiException.class, () -> mode.call(pipeline(), get(), JSON));

    assertThat(e.statusCode()).isEqualTo(status);
    assertThat(served()).isEqualTo(3); // the first attempt + 2 retries by default
    assertThat(sleeper.waits()).hasSize(2);
  }

  static Stream<Arguments> finalStatuses() {
    return Stream.of(Mode.values()).flatMap(m -> Stream.of(400, 401, 403, 404, 409, 422, 501, 505).map(s -> Arguments.of(m, s)));
  }

  @ParameterizedTest
  @MethodSource("finalStatuses")
  void otherStatusesAreNotRetried(Mode mode, int status) {
    always(aResponse().withStatus(status).withHeader("Retry-After", "1"));

    assertThatThrownBy(() -> mode.call(pipeline(), get(), JSON)).isInstanceOf(ApiException.class);

    assertThat(served()).isEqualTo(1);
    assertThat(sleeper.waits()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void postIsNotRetriedOn500WithoutIdempotencyKey(Mode mode) {
    always(aResponse().withStatus(500));

    assertThatThrownBy(() -> mode.call(pipeline(), post(), JSON)).isInstanceOf(ServerException.class);

    assertThat(served()).isEqualTo(1);
    assertThat(sleeper.waits()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void postWithIdempotencyKeyOnTheRequestIsRetriedOn500(Mode mode) {
    always(aResponse().withStatus(500));
    ApiRequest request = ApiRequest.builder("createThing", "POST", "/things")
        .query("requestId", "key-1").idempotencyKey("key-1").jsonBody(Map.of("name", "a")).build();

    assertThatThrownBy(() -> mode.call(pipeline(), request, JSON)).isInstanceOf(ServerException.class);

    assertThat(served()).isEqualTo(3);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void postWithIdempotencyKeyFromRequestOptionsIsRetriedOn500(Mode mode) {
    firstThenOk(aResponse().withStatus(500));

    ApiResponse<Map<String, Object>> response =
        mode.call(pipeline(), post(), JSON, RequestOptions.builder().idempotencyKey("key-2").build());

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(served()).isEqualTo(2);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void postIsRetriedAfter429BecauseTheServerDidNotProcessIt(Mode mode) {
    firstThenOk(aResponse().withStatus(429));

    ApiResponse<Map<String, Object>> response = mode.call(pipeline(), post(), JSON);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(served()).isEqualTo(2);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void serverWaitOverTheCapFailsAtOnceWithRetryAfter(Mode mode) {
    always(aResponse().withStatus(429).withHeader("Retry-After", "120"));
    HttpPipeline pipeline = TestPipelines.builder(wm, sleeper).maxRetryWait(Duration.ofSeconds(30)).build();

    RateLimitException e = catchThrowableOfType(RateLimitException.class, () -> mode.call(pipeline, get(), JSON));

    assertThat(e.retryAfter()).contains(Duration.ofSeconds(120));
    assertThat(served()).isEqualTo(1);
    assertThat(sleeper.waits()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void rateLimitResetOverTheCapFailsAtOnceWithTheResetTime(Mode mode) {
    long reset = TestPipelines.NOW.getEpochSecond() + 3600;
    always(aResponse().withStatus(429).withHeader("X-RateLimit-Reset", String.valueOf(reset))
        .withHeader("X-RateLimit-Limit", "100").withHeader("X-RateLimit-Remaining", "0"));

    RateLimitException e = catchThrowableOfType(RateLimitException.class, () -> mode.call(pipeline(), get(), JSON));

    assertThat(e.retryAfter()).contains(Duration.ofHours(1));
    assertThat(e.rateLimit()).hasValueSatisfying(r -> {
      assertThat(r.remaining()).contains(0L);
      assertThat(r.reset()).contains(TestPipelines.NOW.plusSeconds(3600));
    });
    assertThat(served()).isEqualTo(1);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void exhausted429KeepsTheServersWait(Mode mode) {
    always(aResponse().withStatus(429).withHeader("Retry-After", "2"));

    RateLimitException e = catchThrowableOfType(RateLimitException.class, () -> mode.call(pipeline(), get(), JSON));

    assertThat(e.retryAfter()).contains(Duration.ofSeconds(2));
    assertThat(served()).isEqualTo(3);
    assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(2));
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void connectionResetIsRetriedForGet(Mode mode) {
    always(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));

    assertThatThrownBy(() -> mode.call(pipeline(), get(), JSON))
        .isExactlyInstanceOf(ApiConnectionException.class)
        .hasMessageStartingWith("getThing failed: ");

    assertThat(served()).isEqualTo(3);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void connectionResetIsNotRetriedForPostThatWasSent(Mode mode) {
    always(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));

    assertThatThrownBy(() -> mode.call(pipeline(), post(), JSON)).isExactlyInstanceOf(ApiConnectionException.class);

    assertThat(served()).isEqualTo(1);
    assertThat(sleeper.waits()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void noAttemptLeavesItsSentMarkerBehind(Mode mode) {
    HttpPipeline pipeline = pipeline();
    firstThenOk(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));

    assertThat(mode.call(pipeline, get(), JSON).data()).containsEntry("ok", true); // reset, then retried
    wm.resetAll();
    always(aResponse().withStatus(500));
    assertThatThrownBy(() -> mode.call(pipeline, post(), JSON)).isInstanceOf(ServerException.class);

    assertThat(pipeline.markers).isEmpty(); // the map holds only attempts still in flight
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void postIsRetriedWhenNothingWasSent(Mode mode) throws Exception {
    int closedPort;
    try (ServerSocket s = new ServerSocket(0)) {
      closedPort = s.getLocalPort();
    }
    HttpPipeline pipeline = TestPipelines.builder(wm, sleeper).baseUrl("http://127.0.0.1:" + closedPort).build();

    assertThatThrownBy(() -> mode.call(pipeline, post(), JSON)).isInstanceOf(ApiConnectionException.class);

    assertThat(sleeper.waits()).hasSize(2); // connection refused before any byte left: safe to retry a POST
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void readTimeoutIsRetriedForGetButNotForPost(Mode mode) {
    always(aResponse().withStatus(200).withBody(OK_BODY).withFixedDelay(1_000));
    HttpPipeline pipeline = TestPipelines.builder(wm, sleeper).readTimeout(Duration.ofMillis(150)).maxRetries(1).build();

    assertThatThrownBy(() -> mode.call(pipeline, get(), JSON)).isInstanceOf(ApiTimeoutException.class);
    assertThat(served()).isEqualTo(2);

    wm.resetRequests();
    assertThatThrownBy(() -> mode.call(pipeline, post(), JSON)).isInstanceOf(ApiTimeoutException.class);
    assertThat(served()).isEqualTo(1);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void maxRetriesComesFromRequestOptions(Mode mode) {
    always(aResponse().withStatus(503));
    HttpPipeline pipeline = pipeline();

    assertThatThrownBy(() -> mode.call(pipeline, get(), JSON, RequestOptions.builder().maxRetries(4).build()))
        .isInstanceOf(ServerException.class);
    assertThat(served()).isEqualTo(5);

    wm.resetRequests();
    assertThatThrownBy(() -> mode.call(pipeline, get(), JSON, RequestOptions.builder().maxRetries(0).build()))
        .isInstanceOf(ServerException.class);
    assertThat(served()).isEqualTo(1);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void backoffGrowsExponentiallyWithJitterAndStaysUnderMaxBackoff(Mode mode) {
    always(aResponse().withStatus(503));
    HttpPipeline pipeline = TestPipelines.builder(wm, sleeper)
        .initialBackoff(Duration.ofMillis(100)).maxBackoff(Duration.ofMillis(300)).maxRetries(5).build();

    assertThatThrownBy(() -> mode.call(pipeline, get(), JSON)).isInstanceOf(ServerException.class);

    List<Duration> waits = sleeper.waits();
    long[] ceilings = {100, 200, 300, 300, 300};
    assertThat(waits).hasSize(5);
    for (int i = 0; i < waits.size(); i++) {
      assertThat(waits.get(i).toMillis()).as("wait %d", i + 1).isBetween(ceilings[i] * 3 / 4, ceilings[i]);
    }
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void waitLongerThanTheCallDeadlineIsNotStarted(Mode mode) {
    always(aResponse().withStatus(503).withHeader("Retry-After", "5"));

    assertThatThrownBy(() -> mode.call(pipeline(), get(), JSON, RequestOptions.builder().timeout(Duration.ofSeconds(2)).build()))
        .isInstanceOf(ServerException.class);

    assertThat(served()).isEqualTo(1);
    assertThat(sleeper.waits()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void callTimeoutFromRequestOptionsEndsTheCallWithoutRetry(Mode mode) {
    always(aResponse().withStatus(200).withBody(OK_BODY).withFixedDelay(2_000));

    assertThatThrownBy(() -> mode.call(pipeline(), get(), JSON, RequestOptions.builder().timeout(Duration.ofMillis(200)).build()))
        .isInstanceOf(ApiTimeoutException.class)
        .hasMessageContaining("getThing timed out");

    assertThat(served()).isEqualTo(1);
  }

  /** OkHttp on its own replays a request answered 503 + "Retry-After: 0", even a POST; the pipeline stops that. */
  @ParameterizedTest
  @EnumSource(Mode.class)
  void immediateRetryHintOn503DoesNotMakeOkHttpReplayAPost(Mode mode) {
    firstThenOk(aResponse().withStatus(503).withHeader("Retry-After", "0"));

    assertThatThrownBy(() -> mode.call(pipeline(), post(), JSON)).isInstanceOf(ServerException.class);
    assertThat(served()).isEqualTo(1);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void immediateRetryHintOn503IsAnOrdinaryCountedRetryForGet(Mode mode) {
    firstThenOk(aResponse().withStatus(503).withHeader("Retry-After", "0"));

    ApiResponse<Map<String, Object>> response = mode.call(pipeline(), get(), JSON, RequestOptions.builder().maxRetries(1).build());

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(served()).isEqualTo(2);
    assertThat(sleeper.waits()).hasSize(1);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void uploadFromAStreamIsNotRetriedOnceSent(Mode mode) {
    always(aResponse().withStatus(503));
    ApiRequest upload = ApiRequest.builder("upload", "PUT", "/files")
        .multipartBody(MultipartContent.form().file("file",
            FileSource.of(new ByteArrayInputStream(new byte[] {1, 2, 3}), 3, "a.bin", "application/octet-stream")))
        .build();

    assertThatThrownBy(() -> mode.call(pipeline(), upload, JSON)).isInstanceOf(ServerException.class);
    assertThat(served()).isEqualTo(1); // the stream was consumed; it cannot be sent again
  }

  /**
   * Every failed response is closed: with a private connection pool, three failed attempts with
   * bodies and a success reuse one keep-alive connection. A leaked body would pin its connection
   * and force a new one for the next attempt.
   */
  @ParameterizedTest
  @EnumSource(Mode.class)
  void failedResponseBodiesAreClosedSoTheConnectionIsReused(Mode mode) {
    String bigError = "{\"message\":\"" + "x".repeat(64 * 1024) + "\"}";
    wm.stubFor(any(anyUrl()).inScenario("s").whenScenarioStateIs(STARTED)
        .willReturn(aResponse().withStatus(503).withBody(bigError)).willSetStateTo("two"));
    wm.stubFor(any(anyUrl()).inScenario("s").whenScenarioStateIs("two")
        .willReturn(aResponse().withStatus(429).withBody(bigError)).willSetStateTo("three"));
    wm.stubFor(any(anyUrl()).inScenario("s").whenScenarioStateIs("three")
        .willReturn(aResponse().withStatus(200).withBody(OK_BODY)));
    ConnectionPool pool = new ConnectionPool();
    OkHttpClient own = new OkHttpClient.Builder().connectionPool(pool).build();
    HttpPipeline pipeline = TestPipelines.builder(wm, sleeper).httpClient(own).build();

    mode.call(pipeline, get(), JSON);

    assertThat(served()).isEqualTo(3);
    assertThat(pool.connectionCount()).isEqualTo(1);
    assertThat(pool.idleConnectionCount()).isEqualTo(1);
    own.dispatcher().executorService().shutdown();
  }
}
