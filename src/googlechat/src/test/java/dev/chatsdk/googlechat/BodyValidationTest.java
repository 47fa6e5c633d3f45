package dev.chatsdk.googlechat;


import dev.chatsdk.googlechat.model.Attachment;
import dev.chatsdk.googlechat.model.CardWithId;
import dev.chatsdk.googlechat.model.CustomEmoji;
import dev.chatsdk.googlechat.model.Emoji;
import dev.chatsdk.googlechat.model.Group;
import dev.chatsdk.googlechat.model.Membership;
import dev.chatsdk.googlechat.model.Message;
import dev.chatsdk.googlechat.model.Reaction;
import dev.chatsdk.googlechat.model.SetUpSpaceRequest;
import dev.chatsdk.googlechat.model.Space;
import dev.chatsdk.googlechat.model.User;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Create bodies the service would refuse fail before any I/O, naming the missing field's path; the
 * valid shapes that look sparse (a cards-only message, a DM without a display name, ...) still go out.
 */
class BodyValidationTest extends WireMockSupport {
  private static final String SPACE = "spaces/AAA";
  private static final String MESSAGE = "spaces/AAA/messages/BBB";
  private static final Membership DANA =
      Membership.builder().member(User.builder().name("users/dana@example.com").type(User.Type.HUMAN).build()).build();

  // ---- membersCreate

  @Test
  void aMembershipWithoutMemberIsRejected() {
    rejected(() -> client.spaces().membersCreate(SPACE, Membership.builder().build()), "membership.member must be set");
    rejected(() -> client.spaces().membersCreateAsync(SPACE, Membership.builder().build()), "membership.member must be set");
    rejected(() -> client.spaces().membersCreate(SPACE, Membership.builder().member(User.builder().build()).build()),
        "membership.member.name");
    rejected(() -> client.spaces().membersCreate(SPACE, Membership.builder().groupMember(Group.builder().name(" ").build()).build()),
        "membership.groupMember.name must not be blank");
  }

  @Test
  void aMembershipWithAUserOrAGroupIsSent() throws Throwable {
    sent(() -> client.spaces().membersCreate(SPACE, DANA));
    sent(() -> client.spaces().membersCreate(SPACE,
        Membership.builder().groupMember(Group.builder().name("groups/123456789").build()).build()));
  }

  // ---- messagesReactionsCreate

  @Test
  void aReactionWithoutEmojiIsRejected() {
    rejected(() -> client.spaces().messagesReactionsCreate(MESSAGE, Reaction.builder().build()), "reaction.emoji must be set");
    rejected(() -> client.spaces().messagesReactionsCreateAsync(MESSAGE, Reaction.builder().build()),
        "reaction.emoji must be set");
    rejected(() -> client.spaces().messagesReactionsCreate(MESSAGE, Reaction.builder().emoji(Emoji.builder().build()).build()),
        "reaction.emoji.unicode or reaction.emoji.customEmoji must be set");
  }

  @Test
  void aUnicodeOrCustomEmojiReactionIsSent() throws Throwable {
    sent(() -> client.spaces().messagesReactionsCreate(MESSAGE,
        Reaction.builder().emoji(Emoji.builder().unicode("\uD83D\uDE80").build()).build()));
    sent(() -> client.spaces().messagesReactionsCreate(MESSAGE, Reaction.builder()
        .emoji(Emoji.builder().customEmoji(CustomEmoji.builder().uid("ship-it").build()).build()).build()));
  }

  // ---- messagesCreate

  @Test
  void anEmptyMessageIsRejected() {
    rejected(() -> client.spaces().messagesCreate(SPACE, Message.builder().build()), "message has no content");
    rejected(() -> client.spaces().messagesCreateAsync(SPACE, Message.builder().build()), "message.text");
    rejected(() -> client.spaces().messagesCreate(SPACE, Message.builder().text("").fallbackText("fallback").build()),
        "message has no content");
  }

  @Test
  void messagesWithOnlyCardsOrOnlyAnAttachmentOrAnUnknownContentFieldAreSent() throws Throwable {
    sent(() -> client.spaces().messagesCreate(SPACE,
        Message.builder().addCardsV2(CardWithId.builder().cardId("status").build()).build()));
    sent(() -> client.spaces().messagesCreate(SPACE,
        Message.builder().addAttachment(Attachment.builder().name(SPACE + "/attachments/X").build()).build()));
    sent(() -> client.spaces().messagesCreate(SPACE,
        Message.builder().additionalProperties(Map.of("futureContent", "x")).build()));
    sent(() -> client.spaces().messagesCreate(SPACE, Message.builder().text("hello").build()));
  }

  // ---- create

  @Test
  void aSpaceWithoutTypeOrANamedSpaceWithoutDisplayNameIsRejected() {
    rejected(() -> client.spaces().create(Space.builder().displayName("Release train").build()),
        "space.spaceType must be set");
    rejected(() -> client.spaces().createAsync(Space.builder().build()), "space.spaceType must be set");
    rejected(() -> client.spaces().create(Space.builder().spaceType(Space.SpaceType.SPACE).build()),
        "space.displayName must be set when space.spaceType is SPACE");
    rejected(() -> client.spaces().create(Space.builder().spaceType(Space.SpaceType.SPACE).displayName("  ").build()),
        "space.displayName must be set");
  }

  @Test
  void aNamedSpaceOrAGroupChatWithoutNameIsSent() throws Throwable {
    sent(() -> client.spaces().create(Space.builder().spaceType(Space.SpaceType.SPACE).displayName("Release train").build()));
    sent(() -> client.spaces().create(Space.builder().spaceType(Space.SpaceType.GROUP_CHAT).importMode(true).build()));
  }

  // ---- setup

  @Test
  void aSetupWithoutSpaceOrWithIncompleteMembersIsRejected() {
    rejected(() -> client.spaces().setup(SetUpSpaceRequest.builder().addMembership(DANA).build()), "request.space must be set");
    rejected(() -> client.spaces().setupAsync(SetUpSpaceRequest.builder().build()), "request.space must be set");
    rejected(() -> client.spaces().setup(SetUpSpaceRequest.builder().space(Space.builder().displayName("x").build()).build()),
        "request.space.spaceType must be set");
    rejected(() -> client.spaces().setup(SetUpSpaceRequest.builder()
        .space(Space.builder().spaceType(Space.SpaceType.SPACE).build()).build()),
        "request.space.displayName must be set when request.space.spaceType is SPACE");
    rejected(() -> client.spaces().setup(SetUpSpaceRequest.builder()
        .space(Space.builder().spaceType(Space.SpaceType.GROUP_CHAT).build())
        .addMembership(DANA).addMembership(Membership.builder().build()).build()),
        "request.memberships[1].member must be set");
  }

  @Test
  void aDirectMessageOrGroupChatSetupWithoutDisplayNameIsSent() throws Throwable {
    sent(() -> client.spaces().setup(SetUpSpaceRequest.builder()
        .space(Space.builder().spaceType(Space.SpaceType.DIRECT_MESSAGE).singleUserBotDm(false).build())
        .addMembership(DANA).build()));
    sent(() -> client.spaces().setup(SetUpSpaceRequest.builder()
        .space(Space.builder().spaceType(Space.SpaceType.GROUP_CHAT).build()).addMembership(DANA).build()));
    sent(() -> client.spaces().setup(SetUpSpaceRequest.builder()
        .space(Space.builder().spaceType(Space.SpaceType.SPACE).displayName("Incident 77").build()).build()));
  }
}
