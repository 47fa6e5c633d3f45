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

  /**
   * The API key the emulator accepts.
   *
   * @return the same value as {@link ChatEmulator#streamApiKey()}
   */
  public String apiKey() {
    return emulator.streamApiKey();
  }

  /**
   * Unread top-level messages by other users in a channel, as the read state says for this user.
   *
   * @param channelType the channel type, e.g. {@code messaging}
   * @param channelId the channel id within that type
   * @param userId the user whose read state is consulted
   * @return the number of unread messages, 0 or more
   */
  public int unreadCount(String channelType, String channelId, String userId) {
    return service.store().unreadCount(channelType, channelId, userId);
  }

  /**
   * The last message the user has read in the channel.
   *
   * @param channelType the channel type, e.g. {@code messaging}
   * @param channelId the channel id within that type
   * @param userId the user whose read state is consulted
   * @return the id of the last read message, or null when the user has no read marker there
   */
  public @Nullable String lastReadMessageId(String channelType, String channelId, String userId) {
    return service.store().lastReadMessageId(channelType, channelId, userId);
  }

  /**
   * Messages in a channel, replies included (0 for an unknown channel).
   *
   * @param channelType the channel type, e.g. {@code messaging}
   * @param channelId the channel id within that type
   * @return the number of stored messages in the channel
   */
  public int messageCount(String channelType, String channelId) {
    return service.store().messageCount(channelType, channelId);
  }

  /**
   * Delivers every later event to this URL as Stream webhooks do: a JSON POST with the hex
   * HMAC-SHA256 of the body (key: the API secret) in {@code X-Signature}, one at a time, in order.
   * {@code null} stops delivery. Failed deliveries are counted, not retried.
   *
   * @param url the absolute http or https URL events are POSTed to, or null to stop delivering
   * @return this service, for chaining
   * @throws IllegalArgumentException if {@code url} is not an http or https URL
   */
  public EmulatedStream webhookUrl(@Nullable String url) {
    service.events().setUrl(url);
    return this;
  }

  /**
   * The events emitted so far, oldest first ({@code message.new}, {@code message.updated},
   * {@code message.deleted}, {@code reaction.new}/{@code updated}/{@code deleted}, {@code message.read},
   * {@code notification.mark_unread}, {@code message.flagged}/{@code unflagged}), each as webhook JSON.
   *
   * @return the recorded events, whether or not a webhook URL is set
   */
  public List<ObjectNode> events() {
    return service.events().events();
  }

  /**
   * Waits until queued webhook deliveries were attempted.
   *
   * @param timeout the longest time to wait
   * @return true when every queued delivery was attempted, false when the timeout passed first or
   *     the thread was interrupted
   */
  public boolean awaitWebhooks(Duration timeout) {
    return service.events().flush(timeout);
  }

  /**
   * Webhook deliveries answered with a 2xx status.
   *
   * @return the number of successful deliveries so far
   */
  public int webhooksDelivered() {
    return service.events().delivered();
  }

  /**
   * Webhook deliveries that failed (connection error or non-2xx status).
   *
   * @return the number of failed deliveries so far
   */
  public int webhooksFailed() {
    return service.events().failed();
  }

  /**
   * A copy of a stored message as the wire shows it.
   *
   * @param messageId the Stream message id
   * @return a detached JSON copy (changing it does not change the store), or null when no such
   *     message is stored
   */
  public @Nullable ObjectNode message(String messageId) {
    return service.store().storedMessage(messageId);
  }
}
