package dev.chatsdk.testing;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chatsdk.testing.internal.StreamService;
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
    return service.unreadCount(channelType, channelId, userId);
  }

  /** The last message the user has read in the channel, or null. */
  public @Nullable String lastReadMessageId(String channelType, String channelId, String userId) {
    return service.lastReadMessageId(channelType, channelId, userId);
  }

  /** Messages in a channel, replies included (0 for an unknown channel). */
  public int messageCount(String channelType, String channelId) {
    return service.messageCount(channelType, channelId);
  }

  /** A copy of a stored message as the wire shows it, or null. */
  public @Nullable ObjectNode message(String messageId) {
    return service.storedMessage(messageId);
  }
}
