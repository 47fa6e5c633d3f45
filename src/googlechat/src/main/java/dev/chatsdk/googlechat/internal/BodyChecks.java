package dev.chatsdk.googlechat.internal;

import dev.chatsdk.core.Require;
import dev.chatsdk.googlechat.model.Emoji;
import dev.chatsdk.googlechat.model.Group;
import dev.chatsdk.googlechat.model.Membership;
import dev.chatsdk.googlechat.model.Message;
import dev.chatsdk.googlechat.model.Reaction;
import dev.chatsdk.googlechat.model.SetUpSpaceRequest;
import dev.chatsdk.googlechat.model.Space;
import dev.chatsdk.googlechat.model.User;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Checks on create request bodies, so a body the service would refuse fails before any I/O with a
 * message naming the field's path (for example {@code membership.member}). Only what the service
 * requires is checked; everything else is left to the service.
 */
public final class BodyChecks {
  private BodyChecks() {}

  /** spaces.create: a space type, and a display name for a named space. */
  public static Space createSpace(@Nullable Space space) {
    return space(Require.nonNull(space, "space"), "space");
  }

  /** spaces.setup: a space with a type (and a name when named); every membership names someone. */
  public static SetUpSpaceRequest setup(@Nullable SetUpSpaceRequest request) {
    Require.nonNull(request, "request");
    Space space = request.getSpace();
    if (space == null) {
      throw new IllegalArgumentException("request.space must be set");
    }
    space(space, "request.space");
    List<Membership> memberships = request.getMemberships();
    for (int i = 0; i < memberships.size(); i++) {
      membership(memberships.get(i), "request.memberships[" + i + "]");
    }
    return request;
  }

  /** spaces.members.create: a user ({@code member}) or a Google Group ({@code groupMember}). */
  public static Membership createMembership(@Nullable Membership membership) {
    return membership(Require.nonNull(membership, "membership"), "membership");
  }

  /**
   * spaces.messages.create: something to show — text, cards, attachments or accessory widgets.
   * Fields this SDK does not know (additional properties) count as content, since they may be new
   * content fields.
   */
  public static Message createMessage(@Nullable Message message) {
    Require.nonNull(message, "message");
    String text = message.getText();
    boolean hasContent = (text != null && !text.isEmpty())
        || !message.getCardsV2().isEmpty()
        || !message.getCards().isEmpty()
        || !message.getAttachment().isEmpty()
        || !message.getAccessoryWidgets().isEmpty()
        || !message.getAdditionalProperties().isEmpty();
    if (!hasContent) {
      throw new IllegalArgumentException(
          "message has no content: set message.text, message.cardsV2, message.attachment or message.accessoryWidgets");
    }
    return message;
  }

  /** spaces.messages.reactions.create: an emoji, either unicode or custom. */
  public static Reaction createReaction(@Nullable Reaction reaction) {
    Require.nonNull(reaction, "reaction");
    Emoji emoji = reaction.getEmoji();
    if (emoji == null) {
      throw new IllegalArgumentException("reaction.emoji must be set");
    }
    String unicode = emoji.getUnicode();
    if ((unicode == null || unicode.isEmpty()) && emoji.getCustomEmoji() == null) {
      throw new IllegalArgumentException("reaction.emoji.unicode or reaction.emoji.customEmoji must be set");
    }
    return reaction;
  }

  private static Space space(Space space, String path) {
    Space.SpaceType type = space.getSpaceType();
    if (type == null) {
      throw new IllegalArgumentException(path + ".spaceType must be set (SPACE, GROUP_CHAT or DIRECT_MESSAGE)");
    }
    if (Space.SpaceType.SPACE.equals(type)) {
      String name = space.getDisplayName();
      if (name == null || name.trim().isEmpty()) {
        throw new IllegalArgumentException(path + ".displayName must be set when " + path + ".spaceType is SPACE");
      }
    }
    return space;
  }

  private static Membership membership(Membership membership, String path) {
    User member = membership.getMember();
    Group group = membership.getGroupMember();
    if (member == null && group == null) {
      throw new IllegalArgumentException(path + ".member must be set (or " + path + ".groupMember for a Google Group)");
    }
    if (member != null) {
      Require.nonBlank(member.getName(), path + ".member.name");
    }
    if (group != null) {
      Require.nonBlank(group.getName(), path + ".groupMember.name");
    }
    return membership;
  }
}
