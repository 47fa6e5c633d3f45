package dev.chatsdk.examples;

import dev.chatsdk.examples.Backends.ChannelRef;
import dev.chatsdk.googlechat.SpacesApi;
import dev.chatsdk.googlechat.model.Space;
import dev.chatsdk.stream.MessagesApi;
import dev.chatsdk.stream.model.Message;
import dev.chatsdk.stream.model.MessageRequest;
import dev.chatsdk.stream.model.SendMessageRequest;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The bridge example: a {@link StreamToGoogleChatBridge} relays a short Stream conversation (a
 * message and a reply in its thread) into a Google Chat space, then polls again to show nothing
 * is relayed twice.
 */
public final class Bridge {
  private final MessagesApi stream;
  private final SpacesApi google;
  private final PrintStream out;

  public Bridge(MessagesApi stream, SpacesApi google, PrintStream out) {
    this.stream = stream;
    this.google = google;
    this.out = out;
  }

  /** What the bridge did. */
  public static final class Result {
    public String spaceName;
    public int relayedFirstPoll;
    public int relayedSecondPoll;
    public boolean replyInParentThread;
    public List<String> googleTexts = new ArrayList<>();
    public List<String> streamIds = new ArrayList<>();
  }

  /**
   * @param channel the Stream channel to read from
   * @param existingSpace the Google space to write to, or null to create one
   */
  public Result run(ChannelRef channel, @Nullable String existingSpace) {
    Result result = new Result();
    String tag = UUID.randomUUID().toString().substring(0, 8);
    out.println("== Bridge: Stream " + channel + " -> Google Chat (run tag " + tag + ")");
    result.spaceName = existingSpace != null ? existingSpace
        : google.create(Space.builder().spaceType(Space.SpaceType.SPACE).displayName("Bridge " + tag).build()).getName();
    Message question = send(channel, MessageRequest.builder().text("Is the " + tag + " deploy done?").userId("ana").build());
    // Relay from this conversation on (a real service would persist the watermark).
    StreamToGoogleChatBridge bridge = new StreamToGoogleChatBridge(stream, google, channel, result.spaceName,
        question.getCreatedAt(), out);
    Message answer = send(channel, MessageRequest.builder().text("Yes, all green").parentId(question.getId()).userId("bob").build());
    result.streamIds.add(question.getId());
    result.streamIds.add(answer.getId());
    out.println("stream         -> sent " + question.getId() + " and reply " + answer.getId() + " in " + channel);

    List<dev.chatsdk.googlechat.model.Message> first = bridge.pollOnce();
    result.relayedFirstPoll = first.size();
    for (dev.chatsdk.googlechat.model.Message m : first) {
      result.googleTexts.add(m.getText());
    }
    result.replyInParentThread = first.size() == 2
        && first.get(0).getThread().getName().equals(first.get(1).getThread().getName());
    result.relayedSecondPoll = bridge.pollOnce().size();
    out.println("bridge         -> first poll relayed " + result.relayedFirstPoll + ", second poll relayed "
        + result.relayedSecondPoll + "; reply in the parent's thread: " + result.replyInParentThread);
    return result;
  }

  private Message send(ChannelRef channel, MessageRequest message) {
    return stream.sendMessage(channel.type(), channel.id(), SendMessageRequest.builder().message(message).build()).getMessage();
  }
}
