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

  /**
   * The hand-written OkHttp + Jackson floor for Stream: new OkHttpClient, new ObjectMapper, a server
   * token signed once with {@code javax.crypto.Mac} (a real Stream server client cannot skip it), one
   * send.
   */
  static final class Baseline {
    public static void main(String[] args) throws Exception {
      ColdStart t = new ColdStart("baseline-sendMessage");
      okhttp3.OkHttpClient http = new okhttp3.OkHttpClient();
      HandWrittenClient client = new HandWrittenClient(http, HandWrittenClient.newMapper(), baseUrl(args),
          HandWrittenClient.streamServerToken(Fixtures.STREAM_API_SECRET));
      t.built();
      t.called(client.streamSendMessage(Fixtures.STREAM_TYPE, Fixtures.STREAM_CHANNEL,
          dev.chatsdk.stream.model.SendMessageRequest.builder()
              .message(dev.chatsdk.stream.model.MessageRequest.builder().text("hello").userId("ana").build())
              .build()));
      http.dispatcher().executorService().shutdown();
    }
  }

  /** The hand-written floor for Google Chat: new OkHttpClient, new ObjectMapper, one messagesCreate. */
  static final class BaselineGoogle {
    public static void main(String[] args) throws Exception {
      ColdStart t = new ColdStart("baseline-messagesCreate");
      okhttp3.OkHttpClient http = new okhttp3.OkHttpClient();
      HandWrittenClient client = new HandWrittenClient(http, HandWrittenClient.newMapper(), baseUrl(args), "unused");
      t.built();
      t.called(client.googleMessagesCreate(Fixtures.GOOGLE_SPACE,
          dev.chatsdk.googlechat.model.Message.builder().text("hello").build()));
      http.dispatcher().executorService().shutdown();
    }
  }

  /**
   * Where a Stream client's cold build time goes, phase by phase in one fresh JVM: the JDK's own
   * first use of OkHttp ({@code new OkHttpClient()}), the SDK's JSON mapper, the one reader the
   * call needs, the first HS256 signature (JCA start-up), MessagesApi's class initialisation (its
   * static handlers resolve a reader for each of its 16 response types), what is left of {@code
   * StreamChatClient.build()}, then the call. Prints {@code PARTS okhttp=.. mapper=.. reader=..
   * jwt=.. messagesApiInit=.. build=.. call=..} in milliseconds.
   */
  static final class StreamParts {
    public static void main(String[] args) {
      long t0 = System.nanoTime();
      okhttp3.OkHttpClient http = new okhttp3.OkHttpClient();
      long t1 = System.nanoTime();
      dev.chatsdk.core.json.ChatJson.readTree("{}"); // creates the SDK mapper
      long t2 = System.nanoTime();
      dev.chatsdk.core.json.ChatJson.reader(dev.chatsdk.stream.model.MessageWithPendingMetadataResponse.class);
      long t3 = System.nanoTime();
      new dev.chatsdk.stream.internal.Hs256(Fixtures.STREAM_API_SECRET).token(java.util.Map.of("server", true));
      long tSign = System.nanoTime();
      try {
        Class.forName("dev.chatsdk.stream.MessagesApi", true, StreamParts.class.getClassLoader());
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException(e);
      }
      long tApi = System.nanoTime();
      try (dev.chatsdk.stream.StreamChatClient client = dev.chatsdk.stream.StreamChatClient.builder()
          .apiKey(Fixtures.STREAM_API_KEY).apiSecret(Fixtures.STREAM_API_SECRET).baseUrl(baseUrl(args)).build()) {
        long t4 = System.nanoTime();
        Object r = client.messages().sendMessage(Fixtures.STREAM_TYPE, Fixtures.STREAM_CHANNEL,
            dev.chatsdk.stream.model.SendMessageRequest.builder()
                .message(dev.chatsdk.stream.model.MessageRequest.builder().text("hello").userId("ana").build())
                .build());
        long t5 = System.nanoTime();
        System.out.println("PARTS okhttp=" + millis(t1 - t0) + " mapper=" + millis(t2 - t1)
            + " reader=" + millis(t3 - t2) + " jwt=" + millis(tSign - t3) + " messagesApiInit=" + millis(tApi - tSign)
            + " build=" + millis(t4 - tApi) + " call=" + millis(t5 - t4)
            + (r == null || http == null ? " (no result)" : ""));
      }
    }
  }
}
