package dev.chatsdk.examples;

import dev.chatsdk.examples.Backends.ChannelRef;
import dev.chatsdk.googlechat.SpacesApi;
import dev.chatsdk.googlechat.model.Space;
import dev.chatsdk.stream.MessagesApi;
import dev.chatsdk.stream.StreamWebhooks;
import dev.chatsdk.stream.model.Message;
import dev.chatsdk.stream.model.MessageRequest;
import dev.chatsdk.stream.model.SendMessageRequest;
import dev.chatsdk.testing.EmulatedStream;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The bridge example: a {@link StreamToGoogleChatBridge} relays a short Stream conversation (a
 * message and a reply in its thread) into a Google Chat space.
 *
 * <p>Against the emulator the bridge runs as a service would: Stream pushes signed webhooks to a
 * {@link StreamWebhookEndpoint}, the bridge relays each message as it arrives, and a catch-up poll
 * afterwards finds nothing left to do. Against the real service (where the example cannot register
 * a webhook URL) it relays by polling.
 */
public final class Bridge {
  private final MessagesApi stream;
  private final SpacesApi google;
  private final StreamWebhooks webhooks;
  private final PrintStream out;

  public Bridge(MessagesApi stream, SpacesApi google, StreamWebhooks webhooks, PrintStream out) {
    this.stream = stream;
    this.google = google;
    this.webhooks = webhooks;
    this.out = out;
  }

  /** What the bridge did. */
  public static final class Result {
    public String spaceName;
    public int relayedByWebhook;
    public int relayedFirstPoll;
    public int relayedSecondPoll;
    public boolean replyInParentThread;
    public List<String> googleTexts = new ArrayList<>();
    public List<String> streamIds = new ArrayList<>();
  }

  /** Runs this example alone: {@code mvn -q -pl examples exec:java -Dexec.mainClass=dev.chatsdk.examples.Bridge}. */
  public static void main(String[] args) {
    try (Backends backends = Backends.fromEnvironment(System.out)) {
      run(backends, System.out);
    }
  }

  /** Runs the bridge between the channel and space of {@code backends}. */
  public static Result run(Backends backends, PrintStream out) {
    return new Bridge(backends.stream().messages(), backends.googleChat().spaces(), backends.stream().webhooks(), out)
        .run(backends.streamChannel(), backends.googleSpace(), backends.streamWebhookSource());
  }

  /**
   * @param channel the Stream channel to read from
   * @param existingSpace the Google space to write to, or null to create one
   * @param emulatedStream the emulator's Stream side, to deliver webhooks; null to poll only
   */
  public Result run(ChannelRef channel, @Nullable String existingSpace, @Nullable EmulatedStream emulatedStream) {
    Result result = new Result();
    String tag = UUID.randomUUID().toString().substring(0, 8);
    out.println("== Bridge: Stream " + channel + " -> Google Chat (run tag " + tag + ")");
    result.spaceName = existingSpace != null ? existingSpace
        : google.create(Space.builder().spaceType(Space.SpaceType.SPACE).displayName("Bridge " + tag).build()).getName();
    StreamToGoogleChatBridge bridge = new StreamToGoogleChatBridge(stream, google, channel, result.spaceName, Instant.now(), out);

    StreamWebhookEndpoint endpoint = null;
    if (emulatedStream != null) {
      endpoint = new StreamWebhookEndpoint(bridge, webhooks);
      emulatedStream.webhookUrl(endpoint.url());
      out.println("webhooks       -> Stream delivers events to " + endpoint.url());
    }
    try {
      Message question = send(channel, MessageRequest.builder().text("Is the " + tag + " deploy done?").userId("ana").build());
      Message answer = send(channel, MessageRequest.builder().text("Yes, all green").parentId(question.getId()).userId("bob").build());
      result.streamIds.add(question.getId());
      result.streamIds.add(answer.getId());
      out.println("stream         -> sent " + question.getId() + " and reply " + answer.getId() + " in " + channel);

      if (emulatedStream != null) {
        emulatedStream.awaitWebhooks(Duration.ofSeconds(10));
        result.relayedByWebhook = bridge.posted().size();
        out.println("webhooks       -> " + emulatedStream.webhooksDelivered() + " delivered, "
            + result.relayedByWebhook + " message(s) relayed as they arrived");
      }
      // Catch-up poll from the start of this conversation (a real service persists its watermark).
      bridge.resumeFrom(question.getCreatedAt());
      result.relayedFirstPoll = bridge.pollOnce().size();
      result.relayedSecondPoll = bridge.pollOnce().size();
    } finally {
      if (endpoint != null) {
        emulatedStream.webhookUrl(null);
        endpoint.close();
      }
    }
    List<dev.chatsdk.googlechat.model.Message> posted = bridge.posted();
    for (dev.chatsdk.googlechat.model.Message m : posted) {
      result.googleTexts.add(m.getText());
    }
    result.replyInParentThread = posted.size() == 2
        && posted.get(0).getThread().getName().equals(posted.get(1).getThread().getName());
    out.println("bridge         -> polls relayed " + result.relayedFirstPoll + " then " + result.relayedSecondPoll
        + "; " + posted.size() + " Google message(s) in all; reply in the parent's thread: " + result.replyInParentThread);
    return result;
  }

  private Message send(ChannelRef channel, MessageRequest message) {
    return stream.sendMessage(channel.type(), channel.id(), SendMessageRequest.builder().message(message).build()).getMessage();
  }
}
