package dev.chatsdk.stream;

import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A typed webhook event from Stream. Each event type Stream documents has its own generated class in
 * {@code dev.chatsdk.stream.model} ({@code MessageNewEvent}, {@code ReactionNewEvent}, ...), all of
 * which implement this interface; a type the SDK does not know yet arrives as the generated generic
 * {@link dev.chatsdk.stream.model.Event}, which keeps every field. Use {@code instanceof} (or a
 * {@code switch} on {@link #getType()}) to dispatch.
 *
 * <p>Obtain events from {@link StreamWebhooks#verifyAndParseEvent(byte[], String)} (HTTP webhooks),
 * {@link StreamWebhooks#parseSqs(String)} or {@link StreamWebhooks#parseSns(String)}.
 */
public interface StreamEvent {
  /**
   * The event type, for example {@code message.new}.
   *
   * @return the {@code type} member of the payload
   */
  String getType();

  /**
   * When the event happened.
   *
   * @return the {@code created_at} instant, or null only when the payload carried none
   */
  @Nullable Instant getCreatedAt();

  /**
   * Fields the event's class does not declare, such as custom data.
   *
   * @return the undeclared members by JSON name; never null, unmodifiable, empty when there are none
   */
  Map<String, Object> getAdditionalProperties();
}
