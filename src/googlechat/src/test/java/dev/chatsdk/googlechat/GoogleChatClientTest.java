package dev.chatsdk.googlechat;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chatsdk.core.RequestOptions;
import dev.chatsdk.googlechat.params.ListParams;
import dev.chatsdk.googlechat.params.MessagesCreateParams;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

/** Client construction, options checks and lifecycle. */
class GoogleChatClientTest extends WireMockSupport {

  @Test
  void credentialsAreRequired() {
    assertThatThrownBy(() -> GoogleChatClient.builder().build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("credentials");
    assertThatThrownBy(() -> GoogleChatClient.builder().credentials(null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("credentials");
  }

  @Test
  void builderRejectsBadSettingsEarly() {
    GoogleChatClient.Builder b = GoogleChatClient.builder();
    assertThatThrownBy(() -> b.baseUrl("not a url")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> b.baseUrl("https://chat.googleapis.com/?x=1")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> b.readTimeout(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("readTimeout");
    assertThatThrownBy(() -> b.maxRetries(11)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxRetries");
  }

  @Test
  void defaultsToTheProductionEndpoint() {
    try (GoogleChatClient chat = GoogleChatClient.builder()
        .credentials(GoogleChatCredentials.accessToken("t")).build()) {
      assertThat(chat.baseUrl()).isEqualTo("https://chat.googleapis.com/");
    }
  }

  @Test
  void credentialsCannotBeSmuggledIntoTheQueryString() {
    for (String name : new String[] {"access_token", "oauth_token", "key"}) {
      RequestOptions options = RequestOptions.builder().queryParam(name, "secret-value").build();
      assertThatThrownBy(() -> client.spaces().get("spaces/AAA", null, options))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining(name)
          .satisfies(e -> assertThat(e.getMessage()).doesNotContain("secret-value"));
    }
    assertThat(wm.findAll(anyRequestedFor(anyUrl()))).isEmpty();
  }

  @Test
  void paramsRejectValuesTheApiWouldRefuse() {
    assertThatThrownBy(() -> ListParams.builder().pageSize(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("pageSize");
    assertThatThrownBy(() -> MessagesCreateParams.builder().messageId("my-id"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("client-");
    assertThat(MessagesCreateParams.builder().messageId("client-release-42").build().getMessageId())
        .isEqualTo("client-release-42");
  }

  @Test
  void paramsAreValueObjects() {
    ListParams a = ListParams.builder().pageSize(10).filter("x").build();
    ListParams b = a.toBuilder().build();
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a.withPageToken("t").getPageToken()).isEqualTo("t");
    assertThat(a.getPageToken()).isNull();
    assertThat(a.toString()).contains("pageSize=10");
  }

  @Test
  void getRetriesServerErrorsBothSyncAndAsync() {
    wm.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(503)));
    assertThatThrownBy(() -> client.spaces().get("spaces/AAA")).isInstanceOf(dev.chatsdk.core.ServerException.class);
    assertThat(wm.findAll(anyRequestedFor(anyUrl()))).hasSize(3);
    wm.resetRequests();
    assertThatThrownBy(() -> client.spaces().getAsync("spaces/AAA").join())
        .hasCauseInstanceOf(dev.chatsdk.core.ServerException.class);
    assertThat(wm.findAll(anyRequestedFor(anyUrl()))).hasSize(3);
    assertThat(sleeper.waits).hasSize(4);
  }

  /** An OkHttp client that counts down when one of its calls is cancelled. */
  private static OkHttpClient countingCancels(CountDownLatch cancelled) {
    return new OkHttpClient.Builder().eventListener(new okhttp3.EventListener() {
      @Override
      public void canceled(okhttp3.Call call) {
        cancelled.countDown();
      }
    }).build();
  }

  /** WireMock journals a delayed request once its answer is written; wait so it stays in this test. */
  private static void awaitJournaledRequest() throws InterruptedException {
    long deadline = System.nanoTime() + 5_000_000_000L;
    while (wm.findAll(anyRequestedFor(anyUrl())).isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
  }

  @Test
  void cancellingTheFutureCancelsTheCall() throws Exception {
    wm.stubFor(any(anyUrl()).willReturn(okJson("{}").withFixedDelay(1_000)));
    CountDownLatch httpCancelled = new CountDownLatch(1);
    try (GoogleChatClient chat = clientBuilder().httpClient(countingCancels(httpCancelled)).build()) {
      CompletableFuture<?> f = chat.spaces().getAsync("spaces/AAA");
      Thread.sleep(200);
      assertThat(f.cancel(true)).isTrue();
      assertThat(f).isCancelled();
      assertThat(httpCancelled.await(2, TimeUnit.SECONDS)).as("OkHttp call cancelled").isTrue();
    }
    awaitJournaledRequest();
    assertThat(wm.findAll(anyRequestedFor(anyUrl()))).hasSize(1);
    assertThat(sleeper.waits).isEmpty(); // the cancelled call was not retried
  }

  @Test
  void aCallerTimeoutOnTheFutureAlsoCancelsTheCall() throws Exception {
    wm.stubFor(any(anyUrl()).willReturn(okJson("{}").withFixedDelay(1_000)));
    CountDownLatch httpCancelled = new CountDownLatch(1);
    try (GoogleChatClient chat = clientBuilder().httpClient(countingCancels(httpCancelled)).build()) {
      CompletableFuture<?> f = chat.spaces().getAsync("spaces/AAA").orTimeout(100, TimeUnit.MILLISECONDS);
      assertThatThrownBy(f::join).hasCauseInstanceOf(TimeoutException.class);
      assertThat(httpCancelled.await(2, TimeUnit.SECONDS)).as("OkHttp call cancelled").isTrue();
    }
    awaitJournaledRequest();
  }

  @Test
  void aCallersOkHttpClientIsUsedAndNotShutDown() {
    wm.stubFor(any(anyUrl()).willReturn(okJson(fixture("get"))));
    OkHttpClient mine = new OkHttpClient.Builder().addInterceptor(chain ->
        chain.proceed(chain.request().newBuilder().header("X-Mine", "yes").build())).build();
    try (GoogleChatClient chat = clientBuilder().httpClient(mine).build()) {
      chat.spaces().get("spaces/AAA");
    }
    assertThat(onlyRequest().getHeader("X-Mine")).isEqualTo("yes");
    assertThat(mine.dispatcher().executorService().isShutdown()).isFalse();
  }

  @Test
  void aClosedClientRefusesCalls() {
    client.close();
    assertThatThrownBy(() -> client.spaces().get("spaces/AAA")).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("closed");
  }
}
