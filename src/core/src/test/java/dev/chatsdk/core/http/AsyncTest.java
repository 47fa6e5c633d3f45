package dev.chatsdk.core.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.chatsdk.core.ApiResponse;
import dev.chatsdk.core.RequestOptions;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import okhttp3.Call;
import okhttp3.EventListener;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The async path: cancelling the future cancels the HTTP call or the pending retry, waits never
 * hold a thread, and callbacks run on the shared daemon dispatcher. Cancellation is observed through
 * OkHttp's {@link EventListener#canceled} event, which fires only for a cancelled call; the time
 * bounds only keep a broken build from hanging and measure nothing.
 */
class AsyncTest {
  @RegisterExtension static final WireMockExtension wm = TestPipelines.wireMock();

  private static final int SERVER_DELAY_MS = 3_000;

  private final CountDownLatch cancelled = new CountDownLatch(1);
  private final OkHttpClient own = new OkHttpClient.Builder().eventListener(new EventListener() {
    @Override
    public void canceled(Call call) {
      cancelled.countDown();
    }
  }).build();

  @AfterEach
  void tearDown() {
    own.dispatcher().cancelAll();
    own.dispatcher().executorService().shutdown();
  }

  private static ApiRequest get() {
    return ApiRequest.builder("getThing", "GET", "/things/1").build();
  }

  private static void await(String what, BooleanSupplier condition) throws InterruptedException {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > end) {
        throw new AssertionError("timed out waiting for: " + what);
      }
      Thread.sleep(10);
    }
  }

  @Test
  void cancellingTheFutureCancelsTheCallInFlight() throws Exception {
    wm.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200).withBody("{}").withFixedDelay(SERVER_DELAY_MS)));
    HttpPipeline pipeline = TestPipelines.builder(wm, new RecordingSleeper()).httpClient(own).build();

    CompletableFuture<ApiResponse<Void>> future = pipeline.executeAsync(get(), ResponseHandler.discard(), RequestOptions.none());
    await("the server to receive the request", () -> wm.getAllServeEvents().size() == 1);
    assertThat(own.dispatcher().runningCallsCount()).isEqualTo(1);

    assertThat(future.cancel(true)).isTrue();

    assertThat(cancelled.await(5, TimeUnit.SECONDS)).as("OkHttp call cancelled").isTrue();
    await("the dispatcher to release the call", () -> own.dispatcher().runningCallsCount() == 0);
    assertThat(future).isCancelled();
    assertThat(wm.getAllServeEvents()).hasSize(1); // and no retry was started
  }

  @Test
  void aCallerTimeoutOnTheFutureCancelsTheCallToo() throws Exception {
    wm.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200).withBody("{}").withFixedDelay(SERVER_DELAY_MS)));
    HttpPipeline pipeline = TestPipelines.builder(wm, new RecordingSleeper()).httpClient(own).build();

    CompletableFuture<ApiResponse<Void>> future = pipeline.executeAsync(get(), ResponseHandler.discard(), RequestOptions.none())
        .orTimeout(200, TimeUnit.MILLISECONDS);

    assertThatThrownBy(() -> future.get(5, TimeUnit.SECONDS)).hasCauseInstanceOf(java.util.concurrent.TimeoutException.class);
    assertThat(cancelled.await(5, TimeUnit.SECONDS)).as("OkHttp call cancelled").isTrue();
  }

  @Test
  void aCompletedCallIsNotCancelledAfterwards() throws Exception {
    wm.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200).withBody("{}")));
    HttpPipeline pipeline = TestPipelines.builder(wm, new RecordingSleeper()).httpClient(own).build();

    pipeline.executeAsync(get(), ResponseHandler.discard(), RequestOptions.none()).get(5, TimeUnit.SECONDS);

    assertThat(cancelled.getCount()).isEqualTo(1); // no canceled event for a call that simply finished
  }

  @Test
  void cancellingDuringARetryWaitCancelsTheWaitAndSendsNothingMore() throws Exception {
    wm.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(503)));
    RecordingSleeper sleeper = new RecordingSleeper().holdDelays();
    HttpPipeline pipeline = TestPipelines.builder(wm, sleeper).httpClient(own).build();

    CompletableFuture<ApiResponse<Void>> future = pipeline.executeAsync(get(), ResponseHandler.discard(), RequestOptions.none());
    await("the pipeline to start a retry wait", () -> sleeper.heldDelays().size() == 1);
    // Parked in the wait: no thread and no call is busy on the call's behalf.
    await("the dispatcher to be idle", () -> own.dispatcher().runningCallsCount() == 0);
    assertThat(future).isNotDone();

    future.cancel(true);

    assertThat(sleeper.heldDelays().get(0)).isCancelled();
    assertThat(wm.getAllServeEvents()).hasSize(1);
    assertThat(sleeper.heldDelays()).hasSize(1);
  }

  @Test
  void aRetryWaitThatEndsResumesTheCallOnAnotherThread() throws Exception {
    wm.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(503)));
    RecordingSleeper sleeper = new RecordingSleeper().holdDelays();
    HttpPipeline pipeline = TestPipelines.builder(wm, sleeper).httpClient(own).maxRetries(1).build();

    CompletableFuture<ApiResponse<Void>> future = pipeline.executeAsync(get(), ResponseHandler.discard(), RequestOptions.none());
    await("a retry wait", () -> sleeper.heldDelays().size() == 1);
    sleeper.heldDelays().get(0).complete(null); // the timer fires

    assertThatThrownBy(() -> future.get(5, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
        .hasCauseInstanceOf(dev.chatsdk.core.ServerException.class);
    assertThat(wm.getAllServeEvents()).hasSize(2);
  }

  @Test
  void callbacksRunOnTheSharedDaemonDispatcher() throws Exception {
    wm.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200).withBody("{}")));
    HttpPipeline pipeline = TestPipelines.builder(wm, new RecordingSleeper()).build(); // no client: the shared one
    Thread[] handlerThread = new Thread[1];

    pipeline.executeAsync(get(), (status, body) -> {
      handlerThread[0] = Thread.currentThread();
      return null;
    }, RequestOptions.none()).get(5, TimeUnit.SECONDS);

    // OkHttp renames a dispatcher thread while it runs a call, so check the factory for the name.
    assertThat(handlerThread[0].isDaemon()).isTrue(); // OkHttp's own dispatcher threads are not daemons
    java.util.concurrent.ThreadPoolExecutor executor =
        (java.util.concurrent.ThreadPoolExecutor) SharedHttp.client().dispatcher().executorService();
    Thread fresh = executor.getThreadFactory().newThread(() -> {});
    assertThat(fresh.getName()).startsWith("chatsdk-http-");
    assertThat(fresh.isDaemon()).isTrue();
    assertThat(SharedHttp.client().dispatcher().getMaxRequestsPerHost()).isEqualTo(64);
    assertThat(SharedHttp.client().dispatcher().getMaxRequests()).isEqualTo(256);
    assertThat(SharedHttp.client()).isSameAs(SharedHttp.client());
  }

  @Test
  void aHandlerExceptionReachesTheCallerAsIs() {
    wm.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200).withBody("{}")));
    HttpPipeline pipeline = TestPipelines.builder(wm, new RecordingSleeper()).build();
    ResponseHandler<Void> failing = (status, body) -> {
      throw new IllegalStateException("handler bug");
    };

    for (Mode mode : Mode.values()) {
      assertThatThrownBy(() -> mode.call(pipeline, get(), failing))
          .isExactlyInstanceOf(IllegalStateException.class).hasMessage("handler bug");
    }
  }

  @Test
  void aClosedPipelineRefusesCallsInBothForms() {
    HttpPipeline pipeline = TestPipelines.builder(wm, new RecordingSleeper()).callTimeout(Duration.ofSeconds(1)).build();
    pipeline.close();

    assertThatThrownBy(() -> pipeline.execute(get(), ResponseHandler.discard(), RequestOptions.none()))
        .isInstanceOf(IllegalStateException.class).hasMessage("the client is closed");
    assertThat(pipeline.executeAsync(get(), ResponseHandler.discard(), RequestOptions.none()))
        .isCompletedExceptionally();
    assertThat(wm.getAllServeEvents()).isEmpty();
  }
}
