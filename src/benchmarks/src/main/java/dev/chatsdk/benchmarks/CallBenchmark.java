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
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * One synchronous call, end to end, against a loopback server in another JVM: the SDK's typed
 * call versus the same request written by hand with OkHttp and Jackson ({@code baseline*}).
 * Run with {@code -prof gc}: {@code gc.alloc.rate.norm} is the client's allocation per call.
 *
 * <p>At tear-down the server reports how many distinct {@code Authorization} values it saw during the
 * trial (one benchmark method): 1 shows the Stream server token is signed once, not per call.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CallBenchmark {
  private ServerProcess server;
  private StreamChatClient stream;
  private GoogleChatClient google;
  private OkHttpClient baselineHttp;
  private HandWrittenClient baseline;
  private SendMessageRequest streamRequest;
  private dev.chatsdk.googlechat.model.Message googleRequest;

  @Setup
  public void setUp() throws Exception {
    server = ServerProcess.start();
    stream = StreamChatClient.builder()
        .apiKey(Fixtures.STREAM_API_KEY)
        .apiSecret(Fixtures.STREAM_API_SECRET)
        .baseUrl(server.baseUrl())
        .build();
    google = GoogleChatClient.builder()
        .credentials(GoogleChatCredentials.accessToken(Fixtures.GOOGLE_TOKEN))
        .baseUrl(server.baseUrl())
        .build();
    baselineHttp = new OkHttpClient();
    String token = new Hs256(Fixtures.STREAM_API_SECRET).token(Map.of("server", true));
    baseline = new HandWrittenClient(baselineHttp, HandWrittenClient.newMapper(), server.baseUrl(), token);
    streamRequest = Fixtures.streamSendRequest();
    googleRequest = Fixtures.googleCreateRequest();
  }

  @TearDown
  public void tearDown() throws Exception {
    try {
      String[] stats = server.stats().split(" ");
      System.out.println();
      System.out.println("loopback server: " + stats[0] + " requests, " + stats[1]
          + " distinct Authorization values (1 = the token was made once for the whole run)");
    } finally {
      stream.close();
      google.close();
      baselineHttp.dispatcher().executorService().shutdown();
      baselineHttp.connectionPool().evictAll();
      server.close();
    }
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
