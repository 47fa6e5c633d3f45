package dev.chatsdk.examples;

import dev.chatsdk.examples.Backends.ChannelRef;
import dev.chatsdk.googlechat.SpacesApi;
import dev.chatsdk.googlechat.model.Thread;
import dev.chatsdk.googlechat.params.MessageReplyOption;
import dev.chatsdk.googlechat.params.MessagesCreateParams;
import dev.chatsdk.stream.MessagesApi;
import dev.chatsdk.stream.StreamWebhooks;
import dev.chatsdk.stream.StreamEvent;
import dev.chatsdk.stream.model.Message;
import dev.chatsdk.stream.model.MessageNewEvent;
import dev.chatsdk.stream.model.SearchRequest;
import dev.chatsdk.stream.model.SearchResult;
import dev.chatsdk.stream.model.SearchResultMessage;
import dev.chatsdk.stream.model.SortParam;
import java.io.PrintStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Relays the messages of one Stream channel into one Google Chat space.
 *
 * <p>Two ways in: {@link #pollOnce()} searches the channel for messages newer than the last one
 * relayed (run it on a schedule), and {@link #onWebhook} handles Stream's {@code message.new}
 * webhook. Either way each Stream message becomes one Google Chat message:
 * <ul>
 *   <li>the Google {@code requestId} is derived from the Stream message id, so relaying the same
 *       message twice (a webhook redelivery, a restart, a retry) never posts it twice;</li>
 *   <li>a Stream thread maps to a Google thread: the thread key is the Stream parent's id, so
 *       replies land under the relayed parent.</li>
 * </ul>
 * Thread-safe: webhooks may arrive while a poll runs.
 */
public final class StreamToGoogleChatBridge {
  private final MessagesApi stream;
  private final SpacesApi google;
  private final ChannelRef channel;
  private final String space;
  private final PrintStream out;
  private final Set<String> relayed = ConcurrentHashMap.newKeySet();
  private final List<dev.chatsdk.googlechat.model.Message> posted = Collections.synchronizedList(new ArrayList<>());
  private volatile Instant watermark;

  /**
   * @param since relay messages created at or after this instant
   */
  public StreamToGoogleChatBridge(MessagesApi stream, SpacesApi google, ChannelRef channel, String space,
      Instant since, PrintStream out) {
    this.stream = stream;
    this.google = google;
    this.channel = channel;
    this.space = space;
    this.watermark = since;
    this.out = out;
  }

  /** Moves the poll watermark: later polls look at messages created at or after this instant. */
  public void resumeFrom(Instant since) {
    this.watermark = since;
  }

  /** Every Google message this bridge posted, oldest first. */
  public List<dev.chatsdk.googlechat.model.Message> posted() {
    synchronized (posted) {
      return new ArrayList<>(posted);
    }
  }

  /** Relays the channel's messages created since the last poll; returns the Google messages posted. */
  public synchronized List<dev.chatsdk.googlechat.model.Message> pollOnce() {
    SearchRequest newer = SearchRequest.builder()
        .putFilterConditions("cid", channel.cid())
        .putMessageFilterConditions("created_at", Map.of("$gte", watermark.toString()))
        .sort(List.of(SortParam.builder().field("created_at").direction(1).build()))
        .limit(100)
        .build();
    List<dev.chatsdk.googlechat.model.Message> posted = new ArrayList<>();
    for (SearchResult hit : stream.searchAll(newer)) {
      SearchResultMessage m = hit.getMessage();
      if (relayed.contains(m.getId())) {
        continue;
      }
      posted.add(relay(m.getId(), m.getParentId(), m.getUser() == null ? null : m.getUser().getId(), m.getText()));
      if (m.getCreatedAt().isAfter(watermark)) {
        watermark = m.getCreatedAt();
      }
    }
    return posted;
  }

  /**
   * Handles one Stream webhook delivery: verifies the signature over the raw body, then relays a
   * {@code message.new} event's message. Returns the Google message, or null for other events.
   *
   * @throws dev.chatsdk.stream.WebhookSignatureException when the signature does not match
   */
  public dev.chatsdk.googlechat.model.@Nullable Message onWebhook(StreamWebhooks webhooks, byte[] body, String signature) {
    StreamEvent event = webhooks.verifyAndParseEvent(body, signature);
    out.println("webhook " + event.getType() + " verified, decoded as " + event.getClass().getSimpleName());
    if (!(event instanceof MessageNewEvent)) {
      return null;
    }
    MessageNewEvent created = (MessageNewEvent) event;
    if (!channel.cid().equals(created.getCid()) || created.getMessage() == null) {
      return null;
    }
    return relay(created.getMessage());
  }

  /** Posts one Stream message into the space (idempotent per Stream message id). */
  public dev.chatsdk.googlechat.model.Message relay(Message m) {
    return relay(m.getId(), m.getParentId(), m.getUser() == null ? null : m.getUser().getId(), m.getText());
  }

  private synchronized dev.chatsdk.googlechat.model.Message relay(String id, @Nullable String parentId,
      @Nullable String userId, String text) {
    String author = userId == null ? "someone" : userId;
    String root = parentId != null ? parentId : id;
    dev.chatsdk.googlechat.model.Message copy = google.messagesCreate(space,
        dev.chatsdk.googlechat.model.Message.builder()
            .text("*" + author + "* (Stream " + channel.cid() + "): " + text)
            .thread(Thread.builder().threadKey("stream-" + root).build())
            .build(),
        MessagesCreateParams.builder()
            .requestId("stream-" + id)
            .messageReplyOption(MessageReplyOption.REPLY_MESSAGE_FALLBACK_TO_NEW_THREAD)
            .build());
    if (relayed.add(id)) {
      posted.add(copy);
    }
    out.println("relayed        -> Stream " + id + (parentId != null ? " (reply to " + parentId + ")" : "")
        + " as " + copy.getName() + " in " + copy.getThread().getName());
    return copy;
  }
}
