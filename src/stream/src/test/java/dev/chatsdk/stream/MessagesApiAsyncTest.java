package dev.chatsdk.stream;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;

import dev.chatsdk.core.RequestOptions;
import dev.chatsdk.stream.model.GetReactionsResponse;
import dev.chatsdk.stream.model.MessageWithPendingMetadataResponse;
import dev.chatsdk.stream.model.SearchRequest;
import dev.chatsdk.stream.model.SearchResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.EventListener;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

/** The {@code Async} forms: same wire format, results through futures, cancellation reaches OkHttp. */
class MessagesApiAsyncTest extends StreamTestSupport {

  private static void respond(String operation, int delayMillis) {
    WM.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200).withFixedDelay(delayMillis)
        .withHeader("Content-Type", "application/json").withBody(fixture(operation))));
  }

  @Test
  void asyncFormsDecodeLikeTheSyncOnes() throws Exception {
    respond("search", 0);
    SearchResponse search = api.searchAsync(
        SearchRequest.builder().putFilterConditions("type", "messaging").build()).get(5, TimeUnit.SECONDS);
    assertThat(search.getNext()).isEqualTo("c2VhcmNoLWN1cnNvci0y");
    WM.resetAll();

    respond("getReactions", 0);
    GetReactionsResponse reactions = api.getReactionsAsync("msg-1001",
        GetReactionsParams.builder().limit(2).build(), RequestOptions.none()).get(5, TimeUnit.SECONDS);
    assertThat(reactions.getReactions()).hasSize(2);
    assertThat(query(onlyRequest()).get("limit")).isEqualTo(List.of("2"));
    assertServerAuth(onlyRequest());
  }

  @Test
  void cancellingTheFutureCancelsTheHttpCall() throws Exception {
    respond("getMessage", 1_500);
    CountDownLatch cancelled = new CountDownLatch(1);
    CountDownLatch started = new CountDownLatch(1);
    OkHttpClient own = new OkHttpClient.Builder().eventListener(new EventListener() {
      @Override
      public void requestHeadersEnd(Call call, okhttp3.Request request) {
        started.countDown();
      }

      @Override
      public void canceled(Call call) {
        cancelled.countDown();
      }
    }).build();
    try (StreamChatClient c = clientBuilder().httpClient(own).build()) {
      CompletableFuture<MessageWithPendingMetadataResponse> future = c.messages().getMessageAsync("msg-1001");
      assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
      assertThat(future.cancel(true)).isTrue();
      assertThat(cancelled.await(5, TimeUnit.SECONDS)).as("OkHttp saw the cancellation").isTrue();
      assertThat(future).isCancelled();
    } finally {
      own.dispatcher().executorService().shutdown();
    }
  }
}
