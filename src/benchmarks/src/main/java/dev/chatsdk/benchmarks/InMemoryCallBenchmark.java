package dev.chatsdk.benchmarks;

import java.io.IOException;
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
import org.openjdk.jmh.annotations.Setup;

/**
 * The same calls as {@link CallBenchmark}, but answered inside OkHttp by an application
 * interceptor (the request body is written to a null sink, the fixed response returned), so no
 * socket, no server and no thread hand-off is involved. What remains is the client-side work
 * only: SDK layers + OkHttp call machinery + JSON. With the network gone the numbers are far less
 * noisy on a shared machine, so the SDK-minus-baseline difference is measured precisely here.
 */
public class InMemoryCallBenchmark extends CallBenchmarkBase {
  /** The production hosts: nothing is resolved or connected (the interceptor answers first), but
   * URL handling sees the same host names as in production. */
  private static final String STREAM_URL = "https://chat.stream-io-api.com";
  private static final String GOOGLE_URL = "https://chat.googleapis.com";
  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
  private static final Headers RESPONSE_HEADERS = Fixtures.apiResponseHeaders().build();

  @Setup
  public void setUp() {
    OkHttpClient http = new OkHttpClient.Builder().addInterceptor(InMemoryCallBenchmark::answer).build();
    createClients(STREAM_URL, GOOGLE_URL, http, http);
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
}
