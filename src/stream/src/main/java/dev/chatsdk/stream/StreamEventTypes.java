package dev.chatsdk.stream;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chatsdk.stream.model.AnyEvent;
import dev.chatsdk.stream.model.ChannelCreatedEvent;
import dev.chatsdk.stream.model.ChannelDeletedEvent;
import dev.chatsdk.stream.model.ChannelFrozenEvent;
import dev.chatsdk.stream.model.ChannelHiddenEvent;
import dev.chatsdk.stream.model.ChannelKickedEvent;
import dev.chatsdk.stream.model.ChannelMutedEvent;
import dev.chatsdk.stream.model.ChannelTruncatedEvent;
import dev.chatsdk.stream.model.ChannelUnFrozenEvent;
import dev.chatsdk.stream.model.ChannelUnmutedEvent;
import dev.chatsdk.stream.model.ChannelUpdatedEvent;
import dev.chatsdk.stream.model.ChannelVisibleEvent;
import dev.chatsdk.stream.model.HealthCheckEvent;
import dev.chatsdk.stream.model.MemberAddedEvent;
import dev.chatsdk.stream.model.MemberRemovedEvent;
import dev.chatsdk.stream.model.MemberUpdatedEvent;
import dev.chatsdk.stream.model.MessageDeletedEvent;
import dev.chatsdk.stream.model.MessageFlaggedEvent;
import dev.chatsdk.stream.model.MessageNewEvent;
import dev.chatsdk.stream.model.MessageReadEvent;
import dev.chatsdk.stream.model.MessageUnblockedEvent;
import dev.chatsdk.stream.model.MessageUpdatedEvent;
import dev.chatsdk.stream.model.NotificationAddedToChannelEvent;
import dev.chatsdk.stream.model.NotificationChannelDeletedEvent;
import dev.chatsdk.stream.model.NotificationChannelMutesUpdatedEvent;
import dev.chatsdk.stream.model.NotificationChannelTruncatedEvent;
import dev.chatsdk.stream.model.NotificationInviteAcceptedEvent;
import dev.chatsdk.stream.model.NotificationInviteRejectedEvent;
import dev.chatsdk.stream.model.NotificationInvitedEvent;
import dev.chatsdk.stream.model.NotificationMarkReadEvent;
import dev.chatsdk.stream.model.NotificationMarkUnreadEvent;
import dev.chatsdk.stream.model.NotificationMutesUpdatedEvent;
import dev.chatsdk.stream.model.NotificationNewMessageEvent;
import dev.chatsdk.stream.model.NotificationRemovedFromChannelEvent;
import dev.chatsdk.stream.model.ReactionDeletedEvent;
import dev.chatsdk.stream.model.ReactionNewEvent;
import dev.chatsdk.stream.model.ReactionUpdatedEvent;
import dev.chatsdk.stream.model.TypingStartEvent;
import dev.chatsdk.stream.model.TypingStopEvent;
import dev.chatsdk.stream.model.UserBannedEvent;
import dev.chatsdk.stream.model.UserDeactivatedEvent;
import dev.chatsdk.stream.model.UserDeletedEvent;
import dev.chatsdk.stream.model.UserFlaggedEvent;
import dev.chatsdk.stream.model.UserMutedEvent;
import dev.chatsdk.stream.model.UserPresenceChangedEvent;
import dev.chatsdk.stream.model.UserReactivatedEvent;
import dev.chatsdk.stream.model.UserUnbannedEvent;
import dev.chatsdk.stream.model.UserUnmutedEvent;
import dev.chatsdk.stream.model.UserUnreadReminderEvent;
import dev.chatsdk.stream.model.UserUpdatedEvent;
import dev.chatsdk.stream.model.UserWatchingStartEvent;
import dev.chatsdk.stream.model.UserWatchingStopEvent;
import dev.chatsdk.stream.model.Event;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Which generated class each Stream event type decodes into ({@code message.new} to {@link
 * MessageNewEvent}, ...), following the event catalogue of Stream's API description. Types not listed
 * decode into the generic {@link Event}, which keeps every field.
 */
public final class StreamEventTypes {
  private static final Map<String, Class<? extends StreamEvent>> TYPES = types();

  private StreamEventTypes() {}

  private static Map<String, Class<? extends StreamEvent>> types() {
    Map<String, Class<? extends StreamEvent>> m = new LinkedHashMap<>();
    m.put("any", AnyEvent.class);
    m.put("channel.created", ChannelCreatedEvent.class);
    m.put("channel.deleted", ChannelDeletedEvent.class);
    m.put("channel.frozen", ChannelFrozenEvent.class);
    m.put("channel.hidden", ChannelHiddenEvent.class);
    m.put("channel.kicked", ChannelKickedEvent.class);
    m.put("channel.muted", ChannelMutedEvent.class);
    m.put("channel.truncated", ChannelTruncatedEvent.class);
    m.put("channel.unfrozen", ChannelUnFrozenEvent.class);
    m.put("channel.unmuted", ChannelUnmutedEvent.class);
    m.put("channel.updated", ChannelUpdatedEvent.class);
    m.put("channel.visible", ChannelVisibleEvent.class);
    m.put("custom", AnyEvent.class);
    m.put("health.check", HealthCheckEvent.class);
    m.put("member.added", MemberAddedEvent.class);
    m.put("member.removed", MemberRemovedEvent.class);
    m.put("member.updated", MemberUpdatedEvent.class);
    m.put("message.deleted", MessageDeletedEvent.class);
    m.put("message.flagged", MessageFlaggedEvent.class);
    m.put("message.new", MessageNewEvent.class);
    m.put("message.read", MessageReadEvent.class);
    m.put("message.unblocked", MessageUnblockedEvent.class);
    m.put("message.updated", MessageUpdatedEvent.class);
    m.put("notification.added_to_channel", NotificationAddedToChannelEvent.class);
    m.put("notification.channel_deleted", NotificationChannelDeletedEvent.class);
    m.put("notification.channel_mutes_updated", NotificationChannelMutesUpdatedEvent.class);
    m.put("notification.channel_truncated", NotificationChannelTruncatedEvent.class);
    m.put("notification.invite_accepted", NotificationInviteAcceptedEvent.class);
    m.put("notification.invite_rejected", NotificationInviteRejectedEvent.class);
    m.put("notification.invited", NotificationInvitedEvent.class);
    m.put("notification.mark_read", NotificationMarkReadEvent.class);
    m.put("notification.mark_unread", NotificationMarkUnreadEvent.class);
    m.put("notification.message_new", NotificationNewMessageEvent.class);
    m.put("notification.mutes_updated", NotificationMutesUpdatedEvent.class);
    m.put("notification.removed_from_channel", NotificationRemovedFromChannelEvent.class);
    m.put("reaction.deleted", ReactionDeletedEvent.class);
    m.put("reaction.new", ReactionNewEvent.class);
    m.put("reaction.updated", ReactionUpdatedEvent.class);
    m.put("typing.start", TypingStartEvent.class);
    m.put("typing.stop", TypingStopEvent.class);
    m.put("user.banned", UserBannedEvent.class);
    m.put("user.deactivated", UserDeactivatedEvent.class);
    m.put("user.deleted", UserDeletedEvent.class);
    m.put("user.flagged", UserFlaggedEvent.class);
    m.put("user.muted", UserMutedEvent.class);
    m.put("user.presence.changed", UserPresenceChangedEvent.class);
    m.put("user.reactivated", UserReactivatedEvent.class);
    m.put("user.unbanned", UserUnbannedEvent.class);
    m.put("user.unmuted", UserUnmutedEvent.class);
    m.put("user.unread_message_reminder", UserUnreadReminderEvent.class);
    m.put("user.updated", UserUpdatedEvent.class);
    m.put("user.watching.start", UserWatchingStartEvent.class);
    m.put("user.watching.stop", UserWatchingStopEvent.class);
    return Map.copyOf(m);
  }

  /**
   * The class events of {@code type} decode into, when the SDK knows the type.
   *
   * @param type an event type as sent in {@code type}, for example {@code message.new}
   * @return the event class, or empty when the SDK has no class of its own for that type (such
   *     events decode into the generic {@link Event})
   */
  public static Optional<Class<? extends StreamEvent>> classOf(String type) {
    return Optional.ofNullable(TYPES.get(type));
  }

  /**
   * Every event type the SDK decodes into its own class, with that class.
   *
   * @return an unmodifiable map from event type to event class
   */
  public static Map<String, Class<? extends StreamEvent>> known() {
    return TYPES;
  }

  /** The class for an event JSON object: by its {@code type}, else the generic {@link Event}. */
  static Class<? extends StreamEvent> classFor(JsonNode event) {
    JsonNode type = event.get("type");
    Class<? extends StreamEvent> c = type != null && type.isTextual() ? TYPES.get(type.asText()) : null;
    return c != null ? c : Event.class;
  }
}
