package dev.chatsdk.core.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.chatsdk.core.ApiConnectionException;
import dev.chatsdk.core.ApiResponse;
import dev.chatsdk.core.ApiTimeoutException;
import dev.chatsdk.core.Authenticator;
import dev.chatsdk.core.RequestOptions;
import dev.chatsdk.core.ServerException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * An upload from {@link FileSource#of(java.io.InputStream, long, String, String)} hands the
 * caller's stream to the SDK, which closes it however the call ends: sent or not, sync or async.
 */
class OneShotStreamTest {
  @RegisterExtension static final WireMockExtension wm = TestPipelines.wireMock();

  private final RecordingSleeper sleeper = new RecordingSleeper();

  /** Remembers being closed; async calls close it on the thread that completes the future, so tests wait. */
  private static final class TrackedStream extends ByteArrayInputStream {
    final CountDownLatch closed = new CountDownLatch(1);

    TrackedStream() {
      super("streamed content".getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void close() throws IOException {
      closed.countDown();
      super.close();
    }

    boolean wasClosed() throws InterruptedException {
      return closed.await(5, TimeUnit.SECONDS);
    }
  }

  private final TrackedStream stream = new TrackedStream();

  private ApiRequest upload() {
    return ApiRequest.builder("upload", "POST", "/upload")
        .multipartBody(MultipartContent.form().file("file", FileSource.of(stream, -1, "notes.txt", "text/plain")))
        .build();
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void closedAfterASuccessfulUpload(Mode mode) throws Exception {
    wm.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200).withBody("{}")));

    ApiResponse<Void> response = mode.call(TestPipelines.builder(wm, sleeper).build(), upload(), ResponseHandler.discard());

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(stream.wasClosed()).isTrue();
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void closedAfterAnErrorResponse(Mode mode) throws Exception {
    wm.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(500)));

    Throwable e = catchThrowable(() -> mode.call(TestPipelines.builder(wm, sleeper).build(), upload(), ResponseHandler.discard()));

    assertThat(e).isInstanceOf(ServerException.class);
    assertThat(stream.wasClosed()).isTrue();
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void closedWhenThePipelineIsClosedAndNothingIsSent(Mode mode) throws Exception {
    HttpPipeline pipeline = TestPipelines.builder(wm, sleeper).build();
    pipeline.close();

    Throwable e = catchThrowable(() -> mode.call(pipeline, upload(), ResponseHandler.discard()));

    assertThat(e).isInstanceOf(IllegalStateException.class).hasMessage("the client is closed");
    assertThat(stream.wasClosed()).isTrue();
    assertThat(wm.getAllServeEvents()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void closedWhenTheDeadlinePassesBeforeTheFirstAttempt(Mode mode) throws Exception {
    HttpPipeline pipeline = TestPipelines.builder(wm, sleeper).build();
    RequestOptions expired = RequestOptions.builder().timeout(Duration.ofNanos(1)).build();

    Throwable e = catchThrowable(() -> mode.call(pipeline, upload(), ResponseHandler.discard(), expired));

    assertThat(e).isInstanceOf(ApiTimeoutException.class).hasMessageContaining("before attempt 1");
    assertThat(stream.wasClosed()).isTrue();
    assertThat(wm.getAllServeEvents()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void closedWhenNoCredentialsCanBeObtained(Mode mode) throws Exception {
    HttpPipeline pipeline = TestPipelines.builder(wm, sleeper).authenticator(target -> {
      throw new IOException("no key");
    }).build();

    Throwable e = catchThrowable(() -> mode.call(pipeline, upload(), ResponseHandler.discard()));

    assertThat(e).isInstanceOf(ApiConnectionException.class).hasMessage("upload could not obtain credentials: IOException");
    assertThat(stream.wasClosed()).isTrue();
    assertThat(wm.getAllServeEvents()).isEmpty();
  }

  @Test
  void closedWhenTheCallerCancelsWhileCredentialsArePending() throws Exception {
    CompletableFuture<Void> credentials = new CompletableFuture<>();
    HttpPipeline pipeline = TestPipelines.builder(wm, sleeper).authenticator(new Authenticator() {
      @Override
      public void authenticate(Target target) {
        throw new IllegalStateException("the async path must not call authenticate");
      }

      @Override
      public CompletableFuture<Void> authenticateAsync(Target target, Executor blockingExecutor) {
        return credentials;
      }
    }).build();

    CompletableFuture<ApiResponse<Void>> future = pipeline.executeAsync(upload(), ResponseHandler.discard(), RequestOptions.none());
    assertThat(stream.closed.getCount()).as("still open while the call is pending").isEqualTo(1);
    future.cancel(true);

    assertThat(stream.wasClosed()).isTrue();
    credentials.complete(null);
    assertThat(wm.getAllServeEvents()).isEmpty();
  }
}
