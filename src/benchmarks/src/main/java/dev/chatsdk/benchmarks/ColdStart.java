package dev.chatsdk.benchmarks;

/**
 * Cold-start probes, one small program per case so that a fresh JVM loads only what that case
 * needs (see {@code cold-start.sh}). Each prints one line:
 *
 * <pre>COLDSTART case=&lt;case&gt; main=&lt;epoch ms at main()&gt; build=&lt;ms&gt; call=&lt;ms&gt; end=&lt;epoch ms&gt;</pre>
 *
 * <p>{@code build} is building the client (for the SDK: the builder, the shared OkHttpClient, the
 * JSON mapper, the API class); {@code call} is the first call against the loopback server whose
 * base URL is the first argument. The script adds the time from launching {@code java} to
 * {@code main}.
 */
final class ColdStart {
  private final String caseName;
  private final long mainMillis = System.currentTimeMillis();
  private final long mainNanos = System.nanoTime();
  private long builtNanos;

  ColdStart(String caseName) {
    this.caseName = caseName;
  }

  void built() {
    builtNanos = System.nanoTime();
  }

  void called(Object result) {
    long end = System.nanoTime();
    if (result == null) {
      throw new IllegalStateException("no result");
    }
    System.out.println("COLDSTART case=" + caseName + " main=" + mainMillis
        + " build=" + millis(builtNanos - mainNanos) + " call=" + millis(end - builtNanos)
        + " end=" + System.currentTimeMillis());
  }

  private static String millis(long nanos) {
    return String.valueOf(nanos / 100_000 / 10.0);
  }

  static String baseUrl(String[] args) {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: <main class> http://127.0.0.1:<port>");
    }
    return args[0];
  }

  /** Stream: build a server-side client, send one message. */
  static final class StreamSend {
    public static void main(String[] args) {
      ColdStart t = new ColdStart("stream-sendMessage");
      try (dev.chatsdk.stream.StreamChatClient client = dev.chatsdk.stream.StreamChatClient.builder()
          .apiKey(Fixtures.STREAM_API_KEY).apiSecret(Fixtures.STREAM_API_SECRET).baseUrl(baseUrl(args)).build()) {
        t.built();
        t.called(client.messages().sendMessage(Fixtures.STREAM_TYPE, Fixtures.STREAM_CHANNEL,
            dev.chatsdk.stream.model.SendMessageRequest.builder()
                .message(dev.chatsdk.stream.model.MessageRequest.builder().text("hello").userId("ana").build())
                .build()));
      }
    }
  }

  /** Google Chat: build a client with a fixed access token, create one message. */
  static final class GoogleCreate {
    public static void main(String[] args) {
      ColdStart t = new ColdStart("google-messagesCreate");
      try (dev.chatsdk.googlechat.GoogleChatClient client = dev.chatsdk.googlechat.GoogleChatClient.builder()
          .credentials(dev.chatsdk.googlechat.GoogleChatCredentials.accessToken(Fixtures.GOOGLE_TOKEN))
          .baseUrl(baseUrl(args)).build()) {
        t.built();
        t.called(client.spaces().messagesCreate(Fixtures.GOOGLE_SPACE,
            dev.chatsdk.googlechat.model.Message.builder().text("hello").build()));
      }
    }
  }

  /** The hand-written OkHttp + Jackson floor: new OkHttpClient, new ObjectMapper, one Stream send. */
  static final class Baseline {
    public static void main(String[] args) throws Exception {
      ColdStart t = new ColdStart("baseline-sendMessage");
      okhttp3.OkHttpClient http = new okhttp3.OkHttpClient();
      HandWrittenClient client = new HandWrittenClient(http, HandWrittenClient.newMapper(), baseUrl(args), "token");
      t.built();
      t.called(client.streamSendMessage(Fixtures.STREAM_TYPE, Fixtures.STREAM_CHANNEL,
          dev.chatsdk.stream.model.SendMessageRequest.builder()
              .message(dev.chatsdk.stream.model.MessageRequest.builder().text("hello").userId("ana").build())
              .build()));
      http.dispatcher().executorService().shutdown();
    }
  }
}
