package dev.chatsdk.examples;

import dev.chatsdk.core.observe.CallListener;
import dev.chatsdk.googlechat.GoogleChatClient;
import dev.chatsdk.stream.StreamChatClient;
import dev.chatsdk.testing.ChatEmulator;
import dev.chatsdk.testing.EmulatedService;
import dev.chatsdk.testing.EmulatedStream;
import dev.chatsdk.testing.EmulatorClients;
import java.io.PrintStream;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Decides what the examples talk to and builds the clients: the real Stream service when
 * {@code STREAM_API_KEY} and {@code STREAM_API_SECRET} are set, the real Google Chat API when
 * {@code GOOGLE_APPLICATION_CREDENTIALS} and {@code GOOGLE_CHAT_SPACE} are set, and the embedded
 * {@link ChatEmulator} for whichever is missing. Closing it closes the clients and the emulator.
 */
public final class Backends implements AutoCloseable {
  /** Environment variables that switch Stream to the real service. */
  public static final String STREAM_KEY_ENV = "STREAM_API_KEY";
  public static final String STREAM_SECRET_ENV = "STREAM_API_SECRET";
  /** Optional, real service only: the channel the Stream tour writes to, as {@code type:id}. */
  public static final String STREAM_CHANNEL_ENV = "STREAM_CHANNEL";
  /** Environment variables that switch Google Chat to the real service. */
  public static final String GOOGLE_CREDENTIALS_ENV = "GOOGLE_APPLICATION_CREDENTIALS";
  public static final String GOOGLE_SPACE_ENV = "GOOGLE_CHAT_SPACE";

  private final @Nullable ChatEmulator emulator;
  private final StreamChatClient stream;
  private final GoogleChatClient googleChat;
  private final ChannelRef streamChannel;
  private final @Nullable String googleSpace;
  private final String streamTarget;
  private final String googleTarget;

  private Backends(@Nullable ChatEmulator emulator, StreamChatClient stream, GoogleChatClient googleChat,
      ChannelRef streamChannel, @Nullable String googleSpace, String streamTarget, String googleTarget) {
    this.emulator = emulator;
    this.stream = stream;
    this.googleChat = googleChat;
    this.streamChannel = streamChannel;
    this.googleSpace = googleSpace;
    this.streamTarget = streamTarget;
    this.googleTarget = googleTarget;
  }

  /** Reads the process environment and prints which service each API talks to. */
  public static Backends fromEnvironment(PrintStream out) {
    return fromEnvironment(System.getenv(), out);
  }

  /** Like {@link #fromEnvironment(PrintStream)} with the given variables (tests pass an empty map). */
  public static Backends fromEnvironment(Map<String, String> env, PrintStream out) {
    boolean realStream = isSet(env, STREAM_KEY_ENV) && isSet(env, STREAM_SECRET_ENV);
    boolean realGoogle = isSet(env, GOOGLE_CREDENTIALS_ENV) && isSet(env, GOOGLE_SPACE_ENV);
    ChatEmulator emulator = realStream && realGoogle ? null : ChatEmulator.start();
    try {
      return create(env, out, realStream, realGoogle, emulator);
    } catch (RuntimeException | Error e) {
      if (emulator != null) {
        emulator.close();   // its HTTP server threads would keep the JVM alive
      }
      throw e;
    }
  }

  private static Backends create(Map<String, String> env, PrintStream out, boolean realStream, boolean realGoogle,
      @Nullable ChatEmulator emulator) {
    StreamChatClient stream;
    ChannelRef channel;
    String streamTarget;
    if (realStream) {
      stream = StreamChatClient.builder().apiKey(env.get(STREAM_KEY_ENV)).apiSecret(env.get(STREAM_SECRET_ENV)).build();
      channel = ChannelRef.parse(env.getOrDefault(STREAM_CHANNEL_ENV, "messaging:chatsdk-tour"));
      streamTarget = "the real Stream service at " + StreamChatClient.DEFAULT_BASE_URL + " (" + STREAM_KEY_ENV + " is set)";
    } else {
      stream = emulatedStream(emulator);
      channel = new ChannelRef("messaging", "chatsdk-tour");
      streamTarget = "the embedded emulator at " + emulator.streamBaseUrl() + " (set " + STREAM_KEY_ENV + " and "
          + STREAM_SECRET_ENV + " to use the real service)";
    }
    GoogleChatClient google;
    String space;
    String googleTarget;
    if (realGoogle) {
      google = GoogleChatClient.fromEnv();
      space = env.get(GOOGLE_SPACE_ENV).trim();
      googleTarget = "the real Google Chat API at " + google.baseUrl() + ", space " + space
          + " (" + GOOGLE_CREDENTIALS_ENV + " and " + GOOGLE_SPACE_ENV + " are set)";
    } else {
      google = emulatedGoogleChat(emulator);
      space = null;
      googleTarget = "the embedded emulator at " + emulator.googleChatBaseUrl() + " (set " + GOOGLE_CREDENTIALS_ENV
          + " and " + GOOGLE_SPACE_ENV + " to use the real service)";
    }
    out.println("Stream Chat: talking to " + streamTarget);
    out.println("Google Chat: talking to " + googleTarget);
    return new Backends(emulator, stream, google, channel, space, streamTarget, googleTarget);
  }

  /**
   * Both APIs on a new embedded emulator, with {@code listener} registered on both clients (the
   * observability example runs the tours this way).
   */
  public static Backends emulated(PrintStream out, CallListener listener) {
    ChatEmulator emulator = ChatEmulator.start();
    try {
      StreamChatClient stream = EmulatorClients.streamBuilder(emulator).callListener(listener).build();
      GoogleChatClient google = EmulatorClients.googleChatBuilder(emulator).callListener(listener).build();
      String streamTarget = "the embedded emulator at " + emulator.streamBaseUrl();
      String googleTarget = "the embedded emulator at " + emulator.googleChatBaseUrl();
      out.println("Stream Chat: talking to " + streamTarget);
      out.println("Google Chat: talking to " + googleTarget);
      return new Backends(emulator, stream, google, new ChannelRef("messaging", "chatsdk-tour"), null,
          streamTarget, googleTarget);
    } catch (RuntimeException | Error e) {
      emulator.close();
      throw e;
    }
  }

  static StreamChatClient emulatedStream(ChatEmulator emulator) {
    return EmulatorClients.streamBuilder(emulator).build();
  }

  static GoogleChatClient emulatedGoogleChat(ChatEmulator emulator) {
    return EmulatorClients.googleChatBuilder(emulator).build();
  }

  public StreamChatClient stream() {
    return stream;
  }

  public GoogleChatClient googleChat() {
    return googleChat;
  }

  /** The Stream channel the examples write to. */
  public ChannelRef streamChannel() {
    return streamChannel;
  }

  /** The Google Chat space to use, or null to set one up (emulator). */
  public @Nullable String googleSpace() {
    return googleSpace;
  }

  /** The emulator, or null when both APIs are real. */
  public @Nullable ChatEmulator emulator() {
    return emulator;
  }

  /** Fault injection for Stream when it is emulated, else null. */
  public @Nullable EmulatedService streamFaults() {
    return isStreamEmulated() ? emulator.stream() : null;
  }

  /** The emulated Stream service, which can deliver webhooks, or null against the real service. */
  public @Nullable EmulatedStream streamWebhookSource() {
    return isStreamEmulated() ? emulator.stream() : null;
  }

  public boolean isStreamEmulated() {
    return emulator != null && !streamTarget.startsWith("the real");
  }

  public String streamTarget() {
    return streamTarget;
  }

  public String googleTarget() {
    return googleTarget;
  }

  @Override
  public void close() {
    stream.close();
    googleChat.close();
    if (emulator != null) {
      emulator.close();
    }
  }

  private static boolean isSet(Map<String, String> env, String name) {
    String v = env.get(name);
    return v != null && !v.trim().isEmpty();
  }

  /** A Stream channel: its type and id. */
  public static final class ChannelRef {
    private final String type;
    private final String id;

    public ChannelRef(String type, String id) {
      this.type = type;
      this.id = id;
    }

    /** Parses {@code type:id}. */
    public static ChannelRef parse(String cid) {
      int colon = cid.indexOf(':');
      if (colon <= 0 || colon == cid.length() - 1) {
        throw new IllegalArgumentException(STREAM_CHANNEL_ENV + " must look like type:id, got '" + cid + "'");
      }
      return new ChannelRef(cid.substring(0, colon), cid.substring(colon + 1));
    }

    public String type() {
      return type;
    }

    public String id() {
      return id;
    }

    /** {@code type:id}, as Stream's filters name a channel. */
    public String cid() {
      return type + ":" + id;
    }

    @Override
    public String toString() {
      return cid();
    }
  }
}
