package dev.chatsdk.testing;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chatsdk.testing.internal.StreamService;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The emulated Stream Chat service: controls from {@link EmulatedService} plus state inspection. */
public final class EmulatedStream extends EmulatedService {
  private final StreamService service;
  private final ChatEmulator emulator;

  EmulatedStream(StreamService service, ChatEmulator emulator) {
    super(service);
    this.service = service;
    this.emulator = emulator;
  }

  @Override
  public String baseUrl() {
    return emulator.streamBaseUrl();
  }

  /** The API key the emulator accepts. */
  public String apiKey() {
    return emulator.streamApiKey();
  }

  /** Unread top-level messages by other users in a channel, as the read state says for this user. */
  public int unreadCount(String channelType, String channelId, String userId) {
    return service.store().unreadCount(channelType, channelId, userId);
  }

  /** The last message the user has read in the channel, or null. */
  public @Nullable String lastReadMessageId(String channelType, String channelId, String userId) {
    return service.store().lastReadMessageId(channelType, channelId, userId);
  }

  /** Messages in a channel, replies included (0 for an unknown channel). */
  public int messageCount(String channelType, String channelId) {
    return service.store().messageCount(channelType, channelId);
  }

  /**
   * Delivers every later event to this URL as Stream webhooks do: a JSON POST with the hex
   * HMAC-SHA256 of the body (key: the API secret) in {@code X-Signature}, one at a time, in order.
   * {@code null} stops delivery. Failed deliveries are counted, not retried.
   */
  public EmulatedStream webhookUrl(@Nullable String url) {
    service.events().setUrl(url);
    return this;
  }

  /**
   * The events emitted so far, oldest first ({@code message.new}, {@code message.updated},
   * {@code message.deleted}, {@code reaction.new}/{@code updated}/{@code deleted}, {@code message.read},
   * {@code notification.mark_unread}, {@code message.flagged}/{@code unflagged}), each as webhook JSON.
   */
  public List<ObjectNode> events() {
    return service.events().events();
  }

  /** Waits until queued webhook deliveries were attempted; false when the timeout passed first. */
  public boolean awaitWebhooks(Duration timeout) {
    return service.events().flush(timeout);
  }

  /** Webhook deliveries answered with a 2xx status. */
  public int webhooksDelivered() {
    return service.events().delivered();
  }

  /** Webhook deliveries that failed (connection error or non-2xx status). */
  public int webhooksFailed() {
    return service.events().failed();
  }

  /** A copy of a stored message as the wire shows it, or null. */
  public @Nullable ObjectNode message(String messageId) {
    return service.store().storedMessage(messageId);
  }
}
