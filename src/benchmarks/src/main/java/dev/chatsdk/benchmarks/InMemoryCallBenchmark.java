package dev.chatsdk.benchmarks;

import dev.chatsdk.googlechat.GoogleChatClient;
import dev.chatsdk.googlechat.GoogleChatCredentials;
import dev.chatsdk.stream.StreamChatClient;
import dev.chatsdk.stream.internal.Hs256;
import dev.chatsdk.stream.model.MessageWithPendingMetadataResponse;
import dev.chatsdk.stream.model.SendMessageRequest;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import okhttp3.Headers;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.BufferedSink;
import okio.Okio;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The same calls as {@link CallBenchmark}, but answered inside OkHttp by an application
 * interceptor (the request body is written to a null sink, the fixed response returned), so no
 * socket, no server and no thread hand-off is involved. What remains is the client-side work
 * only: SDK layers + OkHttp call machinery + JSON. With the network gone the numbers are far less
 * noisy on a shared machine, so the SDK-minus-baseline difference is measured precisely here.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class InMemoryCallBenchmark {
  /** The production hosts: nothing is resolved or connected (the interceptor answers first), but
   * URL handling sees the same host names as in production. */
  private static final String STREAM_URL = "https://chat.stream-io-api.com";
  private static final String GOOGLE_URL = "https://chat.googleapis.com";
  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
  private static final Headers RESPONSE_HEADERS = new Headers.Builder()
      .add("Date", "Sun, 22 Nov 2026 03:30:00 GMT")
      .add("X-Request-Id", "bench-request-id")
      .add("X-RateLimit-Limit", "10000")
      .add("X-RateLimit-Remaining", "9999")
      .add("X-RateLimit-Reset", "4102444800")
      .build();

  private StreamChatClient stream;
  private GoogleChatClient google;
  private HandWrittenClient baseline;
  private SendMessageRequest streamRequest;
  private dev.chatsdk.googlechat.model.Message googleRequest;

  @Setup
  public void setUp() {
    OkHttpClient http = new OkHttpClient.Builder().addInterceptor(InMemoryCallBenchmark::answer).build();
    stream = StreamChatClient.builder()
        .apiKey(Fixtures.STREAM_API_KEY).apiSecret(Fixtures.STREAM_API_SECRET)
        .baseUrl(STREAM_URL).httpClient(http).build();
    google = GoogleChatClient.builder()
        .credentials(GoogleChatCredentials.accessToken(Fixtures.GOOGLE_TOKEN))
        .baseUrl(GOOGLE_URL).httpClient(http).build();
    String token = new Hs256(Fixtures.STREAM_API_SECRET).token(Map.of("server", true));
    baseline = new HandWrittenClient(http, HandWrittenClient.newMapper(), STREAM_URL, GOOGLE_URL, token);
    streamRequest = Fixtures.streamSendRequest();
    googleRequest = Fixtures.googleCreateRequest();
  }

  /** Plays the server: consumes the request body like a socket would and returns the fixture. */
  static Response answer(Interceptor.Chain chain) throws IOException {
    Request request = chain.request();
    RequestBody body = request.body();
    if (body != null) {
      try (BufferedSink sink = Okio.buffer(Okio.blackhole())) {
        body.writeTo(sink);
      }
    }
    String path = request.url().encodedPath();
    byte[] answer = path.startsWith("/v1/") ? Fixtures.GOOGLE_MESSAGE_RESPONSE
        : path.startsWith("/messages/") ? Fixtures.STREAM_GET_RESPONSE
        : Fixtures.STREAM_SEND_RESPONSE;
    return new Response.Builder()
        .request(request)
        .protocol(Protocol.HTTP_1_1)
        .code(200)
        .message("OK")
        .headers(RESPONSE_HEADERS)
        .body(ResponseBody.create(answer, JSON))
        .build();
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
