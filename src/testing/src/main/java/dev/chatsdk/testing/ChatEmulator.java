package dev.chatsdk.testing;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chatsdk.testing.internal.GoogleChatService;
import dev.chatsdk.testing.internal.Json;
import dev.chatsdk.testing.internal.LoopbackHttpServer;
import dev.chatsdk.testing.internal.ServiceHandler;
import dev.chatsdk.testing.internal.StreamJwt;
import dev.chatsdk.testing.internal.StreamService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;

/**
 * An in-process emulator of the Stream Chat messages API and the Google Chat API, for tests and
 * examples that must run without accounts or network.
 *
 * <p>Each service listens on its own random free port on {@code 127.0.0.1} (a small built-in
 * HTTP/1.1 server, no extra dependency), keeps its state in memory, checks credentials the way the real
 * service does and answers errors in the vendor's format:
 *
 * <pre>{@code
 * try (ChatEmulator emulator = ChatEmulator.start()) {
 *   String streamUrl = emulator.streamBaseUrl();      // give to StreamChatClient.builder().baseUrl(..)
 *   String googleUrl = emulator.googleChatBaseUrl();  // give to GoogleChatClient.builder().baseUrl(..)
 *   emulator.stream().failNext(429, Duration.ofSeconds(1));
 * }
 * }</pre>
 *
 * <p>Stream requests need {@code api_key} = {@link #streamApiKey()}, {@code Stream-Auth-Type: jwt}
 * and an HS256 JWT signed with {@link #streamApiSecret()} (server tokens carry {@code server: true},
 * user tokens {@code user_id}). Google requests need {@code Authorization: Bearer <token>}; by
 * default any non-empty token is accepted, and every request acts as {@link #googleCallerName()}.
 * The instance is thread-safe; close it to stop the servers. All its threads are daemon threads, so
 * an emulator that is never closed does not keep the JVM alive.
 *
 * <p>Every operation of both API descriptions is routed by its id (a Stream {@code operationId},
 * a Google method id such as {@code spaces.members.patch}): emulated with state, answered with a
 * fixed answer, or answered 501 until a test stubs it ({@link EmulatedService#stub}); see
 * {@link EmulatedService#coverage()}. A path that is no operation is a 404.
 *
 * <p>Choices worth knowing when a test depends on them:
 * <ul>
 *   <li>Stream: channels are created by get-or-create (with members; without an id, a distinct
 *       channel of its members) or by the first send, upload or read marking; server-side calls
 *       must name the acting user ({@code user_id} or {@code user}), user tokens act as their user
 *       and may only edit or delete their own messages (403 otherwise). A duplicate message id is a
 *       400 (code 4), as on the service. {@code search} sorts newest first by default, 20 results
 *       per page ({@code next} cursor); {@code getReplies} returns oldest first, 100 by default;
 *       {@code getReactions} newest first, 10 by default. {@code translate} prefixes the text with
 *       {@code [lang]}; {@code og} builds a fixed preview from the URL's host. A message text
 *       {@code /giphy words} creates an ephemeral giphy message that {@code runMessageAction}
 *       ({@code image_action} send, shuffle, cancel) acts on. Uploads are served back from
 *       {@code <streamBaseUrl>/uploads/...} without auth. Every change is recorded as a Stream
 *       event and can be delivered to a webhook URL ({@link EmulatedStream#webhookUrl(String)}).
 *   <li>Google Chat: names look like the service's ({@code spaces/AAAAxxxxxxx},
 *       {@code spaces/…/messages/xxx.yyy}, {@code spaces/…/members/{user id}}; the alias
 *       {@code spaces/…/members/users/{id}} is accepted). Unknown JSON fields in a request body are
 *       a 400, as on the service. Empty lists and false flags are omitted from responses. Lists are
 *       in creation order (messages by {@code createTime}); page tokens are bound to the query they
 *       came from. {@code spaces.list} lists every space, not only the caller's.
 * </ul>
 */
public final class ChatEmulator implements AutoCloseable {
  /** The Stream API key used when the builder is not given one. */
  public static final String DEFAULT_STREAM_API_KEY = "emulator-api-key";
  /** The Stream API secret used when the builder is not given one. */
  public static final String DEFAULT_STREAM_API_SECRET = "emulator-api-secret-not-for-production";
  /** A Google access token the emulator always documents as usable (any non-empty one works by default). */
  public static final String DEFAULT_GOOGLE_ACCESS_TOKEN = "emulator-token";
  /** The Google user requests act as when the builder is not given one. */
  public static final String DEFAULT_GOOGLE_CALLER = "users/100000000000000000001";

  private final String streamApiKey;
  private final String streamApiSecret;
  private final @Nullable Set<String> googleTokens;
  private final StreamService streamService;
  private final GoogleChatService googleService;
  private final LoopbackHttpServer streamServer;
  private final LoopbackHttpServer googleServer;
  private final String streamBaseUrl;
  private final String googleBaseUrl;
  private final EmulatedStream stream;
  private final EmulatedGoogleChat googleChat;
  private final StreamJwt signer;
  private final AtomicBoolean closed = new AtomicBoolean();

  private ChatEmulator(Builder b) {
    this.streamApiKey = b.streamApiKey;
    this.streamApiSecret = b.streamApiSecret;
    this.googleTokens = b.googleTokens == null ? null : new LinkedHashSet<>(b.googleTokens);
    this.signer = new StreamJwt(streamApiSecret);
    this.streamService = new StreamService(streamApiKey, streamApiSecret, b.clock);
    this.googleService = new GoogleChatService(googleTokens, b.googleCaller, b.googleCallerType, b.clock);
    try {
      this.streamServer = new LoopbackHttpServer("chatsdk-emulator-stream", b.streamPort, b.threads, streamService::handle);
      try {
        this.googleServer = new LoopbackHttpServer("chatsdk-emulator-google", b.googlePort, b.threads,
            googleService::handle);
      } catch (IOException e) {
        streamServer.close();
        throw e;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not start the chatsdk emulator on 127.0.0.1", e);
    }
    this.streamBaseUrl = "http://127.0.0.1:" + streamServer.port();
    this.googleBaseUrl = "http://127.0.0.1:" + googleServer.port();
    streamService.setBaseUrl(streamBaseUrl);
    googleService.setBaseUrl(googleBaseUrl);
    streamServer.start();
    googleServer.start();
    this.stream = new EmulatedStream(streamService, this);
    this.googleChat = new EmulatedGoogleChat(googleService, this);
  }

  /**
   * Starts an emulator with the default credentials.
   *
   * @return a running emulator on two free loopback ports; close it to stop the servers
   * @throws java.io.UncheckedIOException if a server socket cannot be opened on {@code 127.0.0.1}
   */
  public static ChatEmulator start() {
    return builder().start();
  }

  /**
   * Starts configuring an emulator whose credentials, ports, caller, clock or thread count differ
   * from the defaults.
   *
   * @return a new builder holding the defaults; nothing is started until {@link Builder#start()}
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Runs an emulator until the process is stopped, printing its URLs and credentials, so programs in
   * another process can use it. Optional arguments: the Stream port and the Google Chat port.
   *
   * @param args either empty (free ports) or exactly two port numbers, Stream first, then Google
   *     Chat; any other count prints a usage line and exits with status 2
   * @throws InterruptedException if the main thread is interrupted while it waits forever
   */
  public static void main(String[] args) throws InterruptedException {
    Builder b = builder();
    if (args.length == 2) {
      b.ports(Integer.parseInt(args[0]), Integer.parseInt(args[1]));
    } else if (args.length != 0) {
      System.err.println("usage: ChatEmulator [streamPort googleChatPort]");
      System.exit(2);
    }
    ChatEmulator emulator = b.start();
    Runtime.getRuntime().addShutdownHook(new Thread(emulator::close, "chatsdk-emulator-shutdown"));
    System.out.println("Stream Chat emulator:  " + emulator.streamBaseUrl() + "  (api key " + emulator.streamApiKey()
        + ", secret " + emulator.streamApiSecret() + ")");
    System.out.println("Google Chat emulator:  " + emulator.googleChatBaseUrl() + "  (any non-empty bearer token)");
    Thread.currentThread().join();
  }

  /**
   * Base URL of the emulated Stream API.
   *
   * @return the URL, e.g. {@code http://127.0.0.1:41234}, with no trailing slash
   */
  public String streamBaseUrl() {
    return streamBaseUrl;
  }

  /**
   * Base URL of the emulated Google Chat API, e.g. {@code http://127.0.0.1:41235}; requests go to
   * {@code /v1/...}, media uploads to {@code /upload/v1/...} under it, as on chat.googleapis.com.
   *
   * @return the URL with no trailing slash and no {@code /v1} suffix
   */
  public String googleChatBaseUrl() {
    return googleBaseUrl;
  }

  /**
   * The Stream API key the emulator accepts.
   *
   * @return the key given to the builder, or {@link #DEFAULT_STREAM_API_KEY}
   */
  public String streamApiKey() {
    return streamApiKey;
  }

  /**
   * The Stream API secret tokens must be signed with.
   *
   * @return the HS256 secret given to the builder, or {@link #DEFAULT_STREAM_API_SECRET}
   */
  public String streamApiSecret() {
    return streamApiSecret;
  }

  /**
   * A Google access token the emulator accepts.
   *
   * @return the first token given to {@link Builder#googleAccessTokens}, or
   *     {@link #DEFAULT_GOOGLE_ACCESS_TOKEN} when any non-empty token is accepted
   */
  public String googleAccessToken() {
    return googleTokens == null || googleTokens.isEmpty() ? DEFAULT_GOOGLE_ACCESS_TOKEN : googleTokens.iterator().next();
  }

  /**
   * The Google user every request acts as (sender of messages, creator of spaces).
   *
   * @return a resource name such as {@code users/100000000000000000001}
   */
  public String googleCallerName() {
    return googleService.callerName();
  }

  /**
   * A Stream server-side token ({@code server: true}) signed with the emulator's secret.
   *
   * @return a compact HS256 JWT without expiry, usable for any server-side call
   */
  public String streamServerToken() {
    ObjectNode claims = Json.object();
    claims.put("server", true);
    return sign(claims);
  }

  /**
   * A Stream user token ({@code user_id}) signed with the emulator's secret.
   *
   * @param userId the Stream user the token acts as; must not be null
   * @return a compact HS256 JWT without expiry
   * @throws NullPointerException if {@code userId} is null
   */
  public String streamUserToken(String userId) {
    Objects.requireNonNull(userId, "userId");
    ObjectNode claims = Json.object();
    claims.put("user_id", userId);
    return sign(claims);
  }

  private String sign(ObjectNode claims) {
    Base64.Encoder enc = Base64.getUrlEncoder().withoutPadding();
    String header = enc.encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
    String payload = enc.encodeToString(Json.bytes(claims));
    String signature = enc.encodeToString(signer.sign((header + "." + payload).getBytes(StandardCharsets.US_ASCII)));
    return header + "." + payload + "." + signature;
  }

  /**
   * Controls and inspection of the emulated Stream service.
   *
   * @return the handle for the Stream service; the same instance on every call
   */
  public EmulatedStream stream() {
    return stream;
  }

  /**
   * Controls and inspection of the emulated Google Chat service.
   *
   * @return the handle for the Google Chat service; the same instance on every call
   */
  public EmulatedGoogleChat googleChat() {
    return googleChat;
  }

  /**
   * Clears the data, injected failures, latency and recorded requests of both services.
   *
   * @return this emulator, still running on the same ports
   */
  public ChatEmulator reset() {
    stream.reset();
    googleChat.reset();
    return this;
  }

  /** Stops both servers; in-flight requests are cut off. Calling it again does nothing. */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    streamServer.close();
    googleServer.close();
    streamService.close();
    googleService.close();
    googleChat.closeApp();
  }

  @Override
  public String toString() {
    return "ChatEmulator{stream=" + streamBaseUrl + ", googleChat=" + googleBaseUrl + "}";
  }

  /** Settings for {@link ChatEmulator}. */
  public static final class Builder {
    private String streamApiKey = DEFAULT_STREAM_API_KEY;
    private String streamApiSecret = DEFAULT_STREAM_API_SECRET;
    private @Nullable Set<String> googleTokens;
    private String googleCaller = DEFAULT_GOOGLE_CALLER;
    private String googleCallerType = "HUMAN";
    private Clock clock = Clock.systemUTC();
    private int threads = 8;
    private int streamPort;
    private int googlePort;

    private Builder() {}

    /**
     * Fixed loopback ports for the two services (0, the default, picks a free port).
     *
     * @param streamPort the Stream server's port, 0 to 65535
     * @param googleChatPort the Google Chat server's port, 0 to 65535
     * @return this builder
     * @throws IllegalArgumentException if a port is outside 0 to 65535
     */
    public Builder ports(int streamPort, int googleChatPort) {
      if (streamPort < 0 || streamPort > 65535 || googleChatPort < 0 || googleChatPort > 65535) {
        throw new IllegalArgumentException("ports must be between 0 and 65535");
      }
      this.streamPort = streamPort;
      this.googlePort = googleChatPort;
      return this;
    }

    /**
     * The Stream API key and secret the emulator accepts.
     *
     * @param apiKey the key requests must send as {@code api_key}; not blank
     * @param apiSecret the secret JWTs must be signed with; not blank
     * @return this builder
     * @throws IllegalArgumentException if either value is null or blank
     */
    public Builder streamCredentials(String apiKey, String apiSecret) {
      this.streamApiKey = nonBlank(apiKey, "apiKey");
      this.streamApiSecret = nonBlank(apiSecret, "apiSecret");
      return this;
    }

    /**
     * Accept only these Google bearer tokens (401 for any other).
     *
     * @param tokens one or more non-blank tokens; the first is what
     *     {@link ChatEmulator#googleAccessToken()} returns
     * @return this builder
     * @throws IllegalArgumentException if no token is given or one is blank
     */
    public Builder googleAccessTokens(String... tokens) {
      if (tokens.length == 0) {
        throw new IllegalArgumentException("give at least one token, or call acceptAnyGoogleToken()");
      }
      for (String t : tokens) {
        nonBlank(t, "token");
      }
      this.googleTokens = new LinkedHashSet<>(Arrays.asList(tokens));
      return this;
    }

    /**
     * Accept any non-empty Google bearer token (the default).
     *
     * @return this builder
     */
    public Builder acceptAnyGoogleToken() {
      this.googleTokens = null;
      return this;
    }

    /**
     * The Google user requests act as, a human ({@code users/...}).
     *
     * @param userName a resource name of the form {@code users/{user}}
     * @return this builder
     * @throws IllegalArgumentException if the name is blank or not of that form
     */
    public Builder googleCaller(String userName) {
      if (!nonBlank(userName, "userName").matches("users/[^/]+")) {
        throw new IllegalArgumentException("userName must look like users/{user}, got " + userName);
      }
      this.googleCaller = userName;
      this.googleCallerType = "HUMAN";
      return this;
    }

    /**
     * Requests act as a Chat app (sender type BOT), as with service-account credentials.
     *
     * @param appUserName the app's user resource name, of the form {@code users/{user}}
     * @return this builder
     * @throws IllegalArgumentException if the name is blank or not of that form
     */
    public Builder googleCallerIsApp(String appUserName) {
      googleCaller(appUserName);
      this.googleCallerType = "BOT";
      return this;
    }

    /**
     * The clock for timestamps and token expiry checks (default: system UTC).
     *
     * @param clock the clock both services read; not null
     * @return this builder
     * @throws NullPointerException if {@code clock} is null
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Requests each service handles at once (default 8); every connection has its own thread.
     *
     * @param threads the maximum number of concurrently handled requests per service, at least 1
     * @return this builder
     * @throws IllegalArgumentException if {@code threads} is less than 1
     */
    public Builder threads(int threads) {
      if (threads < 1) {
        throw new IllegalArgumentException("threads must be at least 1");
      }
      this.threads = threads;
      return this;
    }

    /**
     * Starts the servers.
     *
     * @return a running emulator with this builder's settings
     * @throws java.io.UncheckedIOException if a server cannot bind its loopback port (for example
     *     a fixed port already in use)
     */
    public ChatEmulator start() {
      return new ChatEmulator(this);
    }

    private static String nonBlank(String value, String name) {
      if (value == null || value.trim().isEmpty()) {
        throw new IllegalArgumentException(name + " must not be blank");
      }
      return value;
    }
  }
}
