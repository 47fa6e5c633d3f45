package dev.chatsdk.benchmarks;

import dev.chatsdk.googlechat.GoogleChatClient;
import dev.chatsdk.googlechat.GoogleChatCredentials;
import dev.chatsdk.stream.StreamChatClient;
import dev.chatsdk.stream.internal.Hs256;
import dev.chatsdk.stream.model.MessageWithPendingMetadataResponse;
import dev.chatsdk.stream.model.SendMessageRequest;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * The six calls both call benchmarks measure: three SDK operations and the same three requests
 * written by hand ({@code baseline*}). Subclasses decide where the requests go.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public abstract class CallBenchmarkBase {
  StreamChatClient stream;
  GoogleChatClient google;
  HandWrittenClient baseline;
  SendMessageRequest streamRequest;
  dev.chatsdk.googlechat.model.Message googleRequest;

  /** Builds the SDK clients and the baseline on {@code http} (null: the SDK's shared client). */
  void createClients(String streamUrl, String googleUrl, OkHttpClient baselineHttp, OkHttpClient sdkHttp) {
    StreamChatClient.Builder sb = StreamChatClient.builder()
        .apiKey(Fixtures.STREAM_API_KEY).apiSecret(Fixtures.STREAM_API_SECRET).baseUrl(streamUrl);
    GoogleChatClient.Builder gb = GoogleChatClient.builder()
        .credentials(GoogleChatCredentials.accessToken(Fixtures.GOOGLE_TOKEN)).baseUrl(googleUrl);
    if (sdkHttp != null) {
      sb.httpClient(sdkHttp);
      gb.httpClient(sdkHttp);
    }
    stream = sb.build();
    google = gb.build();
    String token = new Hs256(Fixtures.STREAM_API_SECRET).token(Map.of("server", true));
    baseline = new HandWrittenClient(baselineHttp, HandWrittenClient.newMapper(), streamUrl, googleUrl, token);
    streamRequest = Fixtures.streamSendRequest();
    googleRequest = Fixtures.googleCreateRequest();
  }

  void closeClients() {
    stream.close();
    google.close();
  }

  @Benchmark
  public MessageWithPendingMetadataResponse streamSendMessage() {
    return stream.messages().sendMessage(Fixtures.STREAM_TYPE, Fixtures.STREAM_CHANNEL, streamRequest);
  }

  @Benchmark
  public MessageWithPendingMetadataResponse streamGetMessage() {
    return stream.messages().getMessage(Fixtures.STREAM_MESSAGE_ID);
  }

  @Benchmark
  public dev.chatsdk.googlechat.model.Message googleMessagesCreate() {
    return google.spaces().messagesCreate(Fixtures.GOOGLE_SPACE, googleRequest);
  }

  @Benchmark
  public MessageWithPendingMetadataResponse baselineStreamSendMessage() throws Exception {
    return baseline.streamSendMessage(Fixtures.STREAM_TYPE, Fixtures.STREAM_CHANNEL, streamRequest);
  }

  @Benchmark
  public MessageWithPendingMetadataResponse baselineStreamGetMessage() throws Exception {
    return baseline.streamGetMessage(Fixtures.STREAM_MESSAGE_ID);
  }

  @Benchmark
  public dev.chatsdk.googlechat.model.Message baselineGoogleMessagesCreate() throws Exception {
    return baseline.googleMessagesCreate(Fixtures.GOOGLE_SPACE, googleRequest);
  }
}
