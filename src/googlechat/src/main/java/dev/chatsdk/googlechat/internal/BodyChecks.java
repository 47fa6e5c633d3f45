package dev.chatsdk.googlechat.internal;

import dev.chatsdk.core.Require;
import dev.chatsdk.core.http.PathEncoder;
import dev.chatsdk.googlechat.model.CustomEmoji;
import dev.chatsdk.googlechat.model.CustomEmojiPayload;
import dev.chatsdk.googlechat.model.Emoji;
import dev.chatsdk.googlechat.model.GoogleChatV1Section;
import dev.chatsdk.googlechat.model.Group;
import dev.chatsdk.googlechat.model.Membership;
import dev.chatsdk.googlechat.model.Message;
import dev.chatsdk.googlechat.model.MessagePin;
import dev.chatsdk.googlechat.model.MoveSectionItemRequest;
import dev.chatsdk.googlechat.model.Reaction;
import dev.chatsdk.googlechat.model.SearchMessagesRequest;
import dev.chatsdk.googlechat.model.SetUpSpaceRequest;
import dev.chatsdk.googlechat.model.Space;
import dev.chatsdk.googlechat.model.User;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Checks on create request bodies, so a body the service would refuse fails before any I/O with a
 * message naming the field's path (for example {@code membership.member}). Only what the service
 * requires is checked; everything else is left to the service.
 */
public final class BodyChecks {
  private BodyChecks() {}

  /**
   * spaces.create: a space type, and a display name for a named space.
   *
   * @param space the space about to be created
   * @return {@code space} itself, unchanged
   * @throws NullPointerException when the space is null
   * @throws IllegalArgumentException when the space has no type, or is a named space without a display name
   */
  public static Space createSpace(@Nullable Space space) {
    return space(Require.nonNull(space, "space"), "space");
  }

  /**
   * spaces.setup: a space with a type (and a name when named); every membership names someone.
   *
   * @param request the set-up request about to be sent
   * @return {@code request} itself, unchanged
   * @throws NullPointerException when the request is null
   * @throws IllegalArgumentException when the request has no space, the space is incomplete, or a membership names no one
   */
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

  /**
   * spaces.members.create: a user ({@code member}) or a Google Group ({@code groupMember}).
   *
   * @param membership the membership about to be created
   * @return {@code membership} itself, unchanged
   * @throws NullPointerException when the membership is null
   * @throws IllegalArgumentException when the membership names neither a user nor a group, or the one it names has a blank name
   */
  public static Membership createMembership(@Nullable Membership membership) {
    return membership(Require.nonNull(membership, "membership"), "membership");
  }

  /**
   * spaces.messages.create: something to show — text, cards, attachments or accessory widgets.
   * Fields this SDK does not know (additional properties) count as content, since they may be new
   * content fields.
   *
   * @param message the message about to be created
   * @return {@code message} itself, unchanged
   * @throws NullPointerException when the message is null
   * @throws IllegalArgumentException when the message has no content
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

  /**
   * spaces.messages.reactions.create: an emoji, either unicode or custom.
   *
   * @param reaction the reaction about to be created
   * @return {@code reaction} itself, unchanged
   * @throws NullPointerException when the reaction is null
   * @throws IllegalArgumentException when the reaction has no emoji, or the emoji is neither unicode nor custom
   */
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

  /** Custom emoji names as the service accepts them: {@code :name:}, lowercase words joined by - or _. */
  private static final Pattern EMOJI_NAME = Pattern.compile(":[a-z0-9]+(?:[-_][a-z0-9]+)*:");
  private static final Pattern MESSAGE_NAME = Pattern.compile("^spaces/[^/]+/messages/[^/]+$");
  private static final Pattern SECTION_NAME = Pattern.compile("^users/[^/]+/sections/[^/]+$");

  /**
   * customEmojis.create: a well-formed {@code :name:} and an image payload with its file name.
   *
   * @param customEmoji the custom emoji about to be created
   * @return {@code customEmoji} itself, unchanged
   * @throws NullPointerException when the custom emoji or its name is null
   * @throws IllegalArgumentException when the name is blank or malformed, or the payload, its content or its file name is missing
   */
  public static CustomEmoji createCustomEmoji(@Nullable CustomEmoji customEmoji) {
    Require.nonNull(customEmoji, "customEmoji");
    String name = Require.nonBlank(customEmoji.getEmojiName(), "customEmoji.emojiName");
    if (!EMOJI_NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("customEmoji.emojiName must look like :name: (lowercase letters and digits,"
          + " words joined by single - or _), got '" + name + "'");
    }
    CustomEmojiPayload payload = customEmoji.getPayload();
    if (payload == null) {
      throw new IllegalArgumentException("customEmoji.payload must be set (the image and its file name)");
    }
    Require.nonBlank(payload.getFileContent(), "customEmoji.payload.fileContent");
    Require.nonBlank(payload.getFilename(), "customEmoji.payload.filename");
    return customEmoji;
  }

  /**
   * spaces.messagePins.create: the resource name of the message to pin.
   *
   * @param messagePin the pin about to be created
   * @return {@code messagePin} itself, unchanged
   * @throws NullPointerException when the pin is null
   * @throws IllegalArgumentException when its message is not a {@code spaces/{space}/messages/{message}} name
   */
  public static MessagePin createMessagePin(@Nullable MessagePin messagePin) {
    Require.nonNull(messagePin, "messagePin");
    PathEncoder.resourceName("messagePin.message", messagePin.getMessage(), MESSAGE_NAME,
        "spaces/{space}/messages/{message}");
    return messagePin;
  }

  /**
   * spaces.messages.search: a search query.
   *
   * @param request the search request about to be sent
   * @return {@code request} itself, unchanged
   * @throws NullPointerException when the request or its filter is null
   * @throws IllegalArgumentException when the filter is blank
   */
  public static SearchMessagesRequest searchMessages(@Nullable SearchMessagesRequest request) {
    Require.nonNull(request, "request");
    Require.nonBlank(request.getFilter(), "request.filter");
    return request;
  }

  /**
   * users.sections.create: a section type, and a display name for a custom section.
   *
   * @param section the section about to be created
   * @return {@code section} itself, unchanged
   * @throws NullPointerException when the section is null
   * @throws IllegalArgumentException when the section has no type, or is a custom section without a display name
   */
  public static GoogleChatV1Section createSection(@Nullable GoogleChatV1Section section) {
    Require.nonNull(section, "section");
    GoogleChatV1Section.Type type = section.getType();
    if (type == null) {
      throw new IllegalArgumentException("section.type must be set (CUSTOM_SECTION for a section of your own)");
    }
    if (GoogleChatV1Section.Type.CUSTOM_SECTION.equals(type)) {
      Require.nonBlank(section.getDisplayName(), "section.displayName");
    }
    return section;
  }

  /**
   * users.sections.items.move: the resource name of the section to move the item into.
   *
   * @param request the move request about to be sent
   * @return {@code request} itself, unchanged
   * @throws NullPointerException when the request is null
   * @throws IllegalArgumentException when its target is not a {@code users/{user}/sections/{section}} name
   */
  public static MoveSectionItemRequest moveSectionItem(@Nullable MoveSectionItemRequest request) {
    Require.nonNull(request, "request");
    PathEncoder.resourceName("request.targetSection", request.getTargetSection(), SECTION_NAME,
        "users/{user}/sections/{section}");
    return request;
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
