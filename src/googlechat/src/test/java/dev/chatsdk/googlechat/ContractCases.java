package dev.chatsdk.googlechat;

import dev.chatsdk.core.http.FileSource;
import dev.chatsdk.googlechat.model.AccessSettings;
import dev.chatsdk.googlechat.model.Availability;
import dev.chatsdk.googlechat.model.CustomEmoji;
import dev.chatsdk.googlechat.model.CustomEmojiPayload;
import dev.chatsdk.googlechat.model.CustomStatus;
import dev.chatsdk.googlechat.model.Emoji;
import dev.chatsdk.googlechat.model.GoogleChatV1Section;
import dev.chatsdk.googlechat.model.MarkAsActiveRequest;
import dev.chatsdk.googlechat.model.MarkAsDoNotDisturbRequest;
import dev.chatsdk.googlechat.model.Membership;
import dev.chatsdk.googlechat.model.Message;
import dev.chatsdk.googlechat.model.MessagePin;
import dev.chatsdk.googlechat.model.MoveSectionItemRequest;
import dev.chatsdk.googlechat.model.PermissionSetting;
import dev.chatsdk.googlechat.model.PermissionSettings;
import dev.chatsdk.googlechat.model.PositionSectionRequest;
import dev.chatsdk.googlechat.model.Reaction;
import dev.chatsdk.googlechat.model.SearchMessagesRequest;
import dev.chatsdk.googlechat.model.SetUpSpaceRequest;
import dev.chatsdk.googlechat.model.Space;
import dev.chatsdk.googlechat.model.SpaceDetails;
import dev.chatsdk.googlechat.model.SpaceNotificationSetting;
import dev.chatsdk.googlechat.model.SpaceReadState;
import dev.chatsdk.googlechat.model.User;
import dev.chatsdk.googlechat.params.CreateParams;
import dev.chatsdk.googlechat.params.CustomEmojisListParams;
import dev.chatsdk.googlechat.params.DeleteParams;
import dev.chatsdk.googlechat.params.FindGroupChatsParams;
import dev.chatsdk.googlechat.params.GetParams;
import dev.chatsdk.googlechat.params.ListParams;
import dev.chatsdk.googlechat.params.MembersCreateParams;
import dev.chatsdk.googlechat.params.MembersDeleteParams;
import dev.chatsdk.googlechat.params.MembersGetParams;
import dev.chatsdk.googlechat.params.MembersListParams;
import dev.chatsdk.googlechat.params.MembersPatchParams;
import dev.chatsdk.googlechat.params.MessagePinsListParams;
import dev.chatsdk.googlechat.params.MessageReplyOption;
import dev.chatsdk.googlechat.params.MessagesCreateParams;
import dev.chatsdk.googlechat.params.MessagesDeleteParams;
import dev.chatsdk.googlechat.params.MessagesGetParams;
import dev.chatsdk.googlechat.params.MessagesListParams;
import dev.chatsdk.googlechat.params.MessagesPatchParams;
import dev.chatsdk.googlechat.params.MessagesReactionsListParams;
import dev.chatsdk.googlechat.params.MessagesUpdateParams;
import dev.chatsdk.googlechat.params.NotificationType;
import dev.chatsdk.googlechat.params.PatchParams;
import dev.chatsdk.googlechat.params.SearchParams;
import dev.chatsdk.googlechat.params.SpaceEventsListParams;
import dev.chatsdk.googlechat.params.SpaceView;
import dev.chatsdk.googlechat.params.UsersAvailabilityPatchParams;
import dev.chatsdk.googlechat.params.UsersPatchSpaceNotificationSettingParams;
import dev.chatsdk.googlechat.params.UsersSectionsItemsListParams;
import dev.chatsdk.googlechat.params.UsersSectionsListParams;
import dev.chatsdk.googlechat.params.UsersSectionsPatchParams;
import dev.chatsdk.googlechat.params.UsersUpdateSpaceReadStateParams;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * One call per public operation of the four Google Chat API classes, each with every optional
 * query parameter set and a well-filled body, tagged with the discovery method it implements and
 * the Java method that implements it. {@link DiscoveryContractTest} checks each against the document.
 */
final class ContractCases {
  private ContractCases() {}

  /** A discovery method id, the API class and Java method meant to implement it, and a call. */
  static final class Case {
    final String id;
    final Class<?> api;
    final String javaMethod;
    final Consumer<GoogleChatClient> call;

    Case(String id, Class<?> api, String javaMethod, Consumer<GoogleChatClient> call) {
      this.id = id;
      this.api = api;
      this.javaMethod = javaMethod;
      this.call = call;
    }

    String javaName() {
      return api.getSimpleName() + "#" + javaMethod;
    }

    @Override
    public String toString() {
      return id + " <- " + javaName();
    }
  }

  private static final String SPACE = "spaces/AAA";
  private static final String MESSAGE = "spaces/AAA/messages/BBB";
  private static final String USER = "users/123";
  private static final String SECTION = USER + "/sections/S1";
  private static final Instant T = Instant.parse("2026-11-21T08:30:00Z");

  static List<Case> all() {
    List<Case> c = new ArrayList<>();
    spaces(c);
    messages(c);
    c.add(new Case("chat.media.upload", MediaApi.class, "upload",
        g -> g.media().upload(SPACE, FileSource.of(new byte[] {1}, "a.txt", "text/plain"))));
    c.add(new Case("chat.media.download", MediaApi.class, "download",
        g -> g.media().download("spaces/AAA/attachments/X", new ByteArrayOutputStream())));
    customEmojis(c);
    users(c);
    return c;
  }

  static Space fullSpace() {
    return Space.builder().displayName("Release train").spaceType(Space.SpaceType.SPACE)
        .externalUserAllowed(false).spaceHistoryState(Space.SpaceHistoryState.HISTORY_ON)
        .spaceDetails(SpaceDetails.builder().description("Weekly releases").guidelines("Stay on topic").build())
        .accessSettings(AccessSettings.builder().audience("audiences/default").build())
        .permissionSettings(PermissionSettings.builder()
            .manageMembersAndGroups(PermissionSetting.builder().managersAllowed(true).membersAllowed(false).build())
            .replyMessages(PermissionSetting.builder().membersAllowed(true).build()).build())
        .build();
  }

  private static Membership fullMembership() {
    return Membership.builder().role(Membership.Role.ROLE_MANAGER)
        .member(User.builder().name("users/1").type(User.Type.HUMAN).build()).build();
  }

  private static void spaces(List<Case> c) {
    c.add(new Case("chat.spaces.completeImport", SpacesApi.class, "completeImport", g -> g.spaces().completeImport(SPACE)));
    c.add(new Case("chat.spaces.create", SpacesApi.class, "create",
        g -> g.spaces().create(fullSpace(), CreateParams.builder().requestId("r").build())));
    c.add(new Case("chat.spaces.findDirectMessage", SpacesApi.class, "findDirectMessage",
        g -> g.spaces().findDirectMessage("users/1")));
    c.add(new Case("chat.spaces.findGroupChats", SpacesApi.class, "findGroupChats",
        g -> g.spaces().findGroupChats(FindGroupChatsParams.builder().users(List.of("users/1", "users/2"))
            .spaceView(SpaceView.SPACE_VIEW_EXPANDED).pageSize(5).pageToken("p").build())));
    c.add(new Case("chat.spaces.list", SpacesApi.class, "list",
        g -> g.spaces().list(ListParams.builder().pageSize(1).pageToken("p").filter("f").build())));
    c.add(new Case("chat.spaces.get", SpacesApi.class, "get",
        g -> g.spaces().get(SPACE, GetParams.builder().useAdminAccess(true).build())));
    c.add(new Case("chat.spaces.patch", SpacesApi.class, "patch", g -> g.spaces().patch(SPACE, fullSpace(),
        PatchParams.builder().updateMask("display_name").useAdminAccess(true).build())));
    c.add(new Case("chat.spaces.delete", SpacesApi.class, "delete",
        g -> g.spaces().delete(SPACE, DeleteParams.builder().useAdminAccess(true).build())));
    c.add(new Case("chat.spaces.search", SpacesApi.class, "search", g -> g.spaces().search("space_type = \"SPACE\"",
        SearchParams.builder().orderBy("create_time DESC").pageSize(3).pageToken("p").useAdminAccess(true).build())));
    c.add(new Case("chat.spaces.setup", SpacesApi.class, "setup", g -> g.spaces().setup(SetUpSpaceRequest.builder()
        .space(fullSpace()).requestId("r").memberships(List.of(Membership.builder()
            .member(User.builder().name("users/1").type(User.Type.HUMAN).build()).build())).build())));
    c.add(new Case("chat.spaces.members.create", SpacesApi.class, "membersCreate", g -> g.spaces().membersCreate(SPACE,
        fullMembership(), MembersCreateParams.builder().useAdminAccess(true).build())));
    c.add(new Case("chat.spaces.members.list", SpacesApi.class, "membersList", g -> g.spaces().membersList(SPACE,
        MembersListParams.builder().pageSize(1).pageToken("p").filter("f").showGroups(true).showInvited(true)
            .useAdminAccess(true).build())));
    c.add(new Case("chat.spaces.members.get", SpacesApi.class, "membersGet", g -> g.spaces().membersGet(SPACE + "/members/1",
        MembersGetParams.builder().useAdminAccess(true).build())));
    c.add(new Case("chat.spaces.members.patch", SpacesApi.class, "membersPatch", g -> g.spaces().membersPatch(
        SPACE + "/members/1", fullMembership(), MembersPatchParams.builder().updateMask("role").useAdminAccess(true).build())));
    c.add(new Case("chat.spaces.members.delete", SpacesApi.class, "membersDelete", g -> g.spaces().membersDelete(
        SPACE + "/members/1", MembersDeleteParams.builder().useAdminAccess(true).build())));
    c.add(new Case("chat.spaces.messagePins.create", SpacesApi.class, "messagePinsCreate",
        g -> g.spaces().messagePinsCreate(SPACE, MessagePin.builder().message(MESSAGE).build())));
    c.add(new Case("chat.spaces.messagePins.list", SpacesApi.class, "messagePinsList",
        g -> g.spaces().messagePinsList(SPACE, MessagePinsListParams.builder().pageSize(2).pageToken("p").build())));
    c.add(new Case("chat.spaces.messagePins.delete", SpacesApi.class, "messagePinsDelete",
        g -> g.spaces().messagePinsDelete(SPACE + "/messagePins/P1")));
    c.add(new Case("chat.spaces.spaceEvents.get", SpacesApi.class, "spaceEventsGet",
        g -> g.spaces().spaceEventsGet(SPACE + "/spaceEvents/E1")));
    c.add(new Case("chat.spaces.spaceEvents.list", SpacesApi.class, "spaceEventsList",
        g -> g.spaces().spaceEventsList(SPACE, "event_types:\"google.workspace.chat.message.v1.created\"",
            SpaceEventsListParams.builder().pageSize(2).pageToken("p").build())));
  }

  private static void messages(List<Case> c) {
    Message text = SpacesApiWireTest.cardMessage();
    c.add(new Case("chat.spaces.messages.create", SpacesApi.class, "messagesCreate", g -> g.spaces().messagesCreate(SPACE,
        text, threadKeyToo(MessagesCreateParams.builder().requestId("r").messageId("client-x")
            .messageReplyOption(MessageReplyOption.REPLY_MESSAGE_OR_FAIL)
            .notificationType(NotificationType.NOTIFICATION_TYPE_FORCE_NOTIFY)).build())));
    c.add(new Case("chat.spaces.messages.list", SpacesApi.class, "messagesList", g -> g.spaces().messagesList(SPACE,
        MessagesListParams.builder().pageSize(1).pageToken("p").filter("f").orderBy("createTime desc").showDeleted(true)
            .markupSyntax(Message.MarkupSyntax.MARKUP_SYNTAX_MARKDOWN).build())));
    c.add(new Case("chat.spaces.messages.get", SpacesApi.class, "messagesGet", g -> g.spaces().messagesGet(MESSAGE,
        MessagesGetParams.builder().markupSyntax(Message.MarkupSyntax.MARKUP_SYNTAX_CHAT).build())));
    c.add(new Case("chat.spaces.messages.patch", SpacesApi.class, "messagesPatch", g -> g.spaces().messagesPatch(MESSAGE,
        text, MessagesPatchParams.builder().updateMask("text").allowMissing(true).build())));
    c.add(new Case("chat.spaces.messages.update", SpacesApi.class, "messagesUpdate", g -> g.spaces().messagesUpdate(MESSAGE,
        text, MessagesUpdateParams.builder().updateMask("text").allowMissing(true).build())));
    c.add(new Case("chat.spaces.messages.delete", SpacesApi.class, "messagesDelete", g -> g.spaces().messagesDelete(MESSAGE,
        MessagesDeleteParams.builder().force(true).build())));
    c.add(new Case("chat.spaces.messages.search", SpacesApi.class, "messagesSearch", g -> g.spaces().messagesSearch(SPACE,
        SearchMessagesRequest.builder().filter("text:\"x\"").orderBy("create_time desc").pageSize(2).pageToken("p")
            .view(SearchMessagesRequest.View.SEARCH_MESSAGES_VIEW_BASIC)
            .markupSyntax(SearchMessagesRequest.MarkupSyntax.MARKUP_SYNTAX_CHAT).build())));
    c.add(new Case("chat.spaces.messages.attachments.get", SpacesApi.class, "messagesAttachmentsGet",
        g -> g.spaces().messagesAttachmentsGet(MESSAGE + "/attachments/A")));
    c.add(new Case("chat.spaces.messages.reactions.create", SpacesApi.class, "messagesReactionsCreate",
        g -> g.spaces().messagesReactionsCreate(MESSAGE,
            Reaction.builder().emoji(Emoji.builder().unicode("\uD83D\uDE42").build()).build())));
    c.add(new Case("chat.spaces.messages.reactions.list", SpacesApi.class, "messagesReactionsList",
        g -> g.spaces().messagesReactionsList(MESSAGE,
            MessagesReactionsListParams.builder().pageSize(1).pageToken("p").filter("f").build())));
    c.add(new Case("chat.spaces.messages.reactions.delete", SpacesApi.class, "messagesReactionsDelete",
        g -> g.spaces().messagesReactionsDelete(MESSAGE + "/reactions/R")));
  }

  private static void customEmojis(List<Case> c) {
    c.add(new Case("chat.customEmojis.create", CustomEmojisApi.class, "create", g -> g.customEmojis().create(
        CustomEmoji.builder().emojiName(":shipit:")
            .payload(CustomEmojiPayload.builder().filename("shipit.png").fileContent("iVBORw0KGgo=").build()).build())));
    c.add(new Case("chat.customEmojis.get", CustomEmojisApi.class, "get", g -> g.customEmojis().get("customEmojis/E1")));
    c.add(new Case("chat.customEmojis.list", CustomEmojisApi.class, "list", g -> g.customEmojis().list(
        CustomEmojisListParams.builder().filter("creator(\"users/me\")").pageSize(5).pageToken("p").build())));
    c.add(new Case("chat.customEmojis.delete", CustomEmojisApi.class, "delete",
        g -> g.customEmojis().delete("customEmojis/E1")));
  }

  private static void users(List<Case> c) {
    String availability = USER + "/availability";
    String readState = USER + "/spaces/AAA/spaceReadState";
    String notification = USER + "/spaces/AAA/spaceNotificationSetting";
    c.add(new Case("chat.users.availability.get", UsersApi.class, "availabilityGet",
        g -> g.users().availabilityGet(availability)));
    c.add(new Case("chat.users.availability.markAsActive", UsersApi.class, "availabilityMarkAsActive",
        g -> g.users().availabilityMarkAsActive(availability, MarkAsActiveRequest.builder().ttl("600s").expireTime(T).build())));
    c.add(new Case("chat.users.availability.markAsAway", UsersApi.class, "availabilityMarkAsAway",
        g -> g.users().availabilityMarkAsAway(availability)));
    c.add(new Case("chat.users.availability.markAsDoNotDisturb", UsersApi.class, "availabilityMarkAsDoNotDisturb",
        g -> g.users().availabilityMarkAsDoNotDisturb(availability,
            MarkAsDoNotDisturbRequest.builder().ttl("600s").expireTime(T).build())));
    c.add(new Case("chat.users.availability.patch", UsersApi.class, "availabilityPatch",
        g -> g.users().availabilityPatch(availability, Availability.builder().name(availability)
            .customStatus(CustomStatus.builder().text("On call").ttl("60s").expireTime(T)
                .emoji(Emoji.builder().unicode("\uD83D\uDE80").build()).build()).build(),
            UsersAvailabilityPatchParams.builder().updateMask("custom_status").build())));
    c.add(new Case("chat.users.sections.create", UsersApi.class, "sectionsCreate", g -> g.users().sectionsCreate(USER,
        GoogleChatV1Section.builder().displayName("Releases").type(GoogleChatV1Section.Type.CUSTOM_SECTION).sortOrder(2).build())));
    c.add(new Case("chat.users.sections.list", UsersApi.class, "sectionsList",
        g -> g.users().sectionsList(USER, UsersSectionsListParams.builder().pageSize(5).pageToken("p").build())));
    c.add(new Case("chat.users.sections.patch", UsersApi.class, "sectionsPatch", g -> g.users().sectionsPatch(SECTION,
        GoogleChatV1Section.builder().name(SECTION).displayName("Releases").build(),
        UsersSectionsPatchParams.builder().updateMask("display_name").build())));
    c.add(new Case("chat.users.sections.delete", UsersApi.class, "sectionsDelete", g -> g.users().sectionsDelete(SECTION)));
    c.add(new Case("chat.users.sections.position", UsersApi.class, "sectionsPosition", g -> g.users().sectionsPosition(
        SECTION, PositionSectionRequest.builder().sortOrder(1).relativePosition(PositionSectionRequest.RelativePosition.END).build())));
    c.add(new Case("chat.users.sections.items.list", UsersApi.class, "sectionsItemsList", g -> g.users().sectionsItemsList(
        SECTION, UsersSectionsItemsListParams.builder().filter("space = \"spaces/AAA\"").pageSize(5).pageToken("p").build())));
    c.add(new Case("chat.users.sections.items.move", UsersApi.class, "sectionsItemsMove", g -> g.users().sectionsItemsMove(
        SECTION + "/items/I1", MoveSectionItemRequest.builder().targetSection(USER + "/sections/S2").build())));
    c.add(new Case("chat.users.spaces.getSpaceReadState", UsersApi.class, "getSpaceReadState",
        g -> g.users().getSpaceReadState(readState)));
    c.add(new Case("chat.users.spaces.updateSpaceReadState", UsersApi.class, "updateSpaceReadState",
        g -> g.users().updateSpaceReadState(readState, SpaceReadState.builder().name(readState).lastReadTime(T).build(),
            UsersUpdateSpaceReadStateParams.builder().updateMask("last_read_time").build())));
    c.add(new Case("chat.users.spaces.threads.getThreadReadState", UsersApi.class, "getThreadReadState",
        g -> g.users().getThreadReadState(USER + "/spaces/AAA/threads/T1/threadReadState")));
    c.add(new Case("chat.users.spaces.spaceNotificationSetting.get", UsersApi.class, "getSpaceNotificationSetting",
        g -> g.users().getSpaceNotificationSetting(notification)));
    c.add(new Case("chat.users.spaces.spaceNotificationSetting.patch", UsersApi.class, "patchSpaceNotificationSetting",
        g -> g.users().patchSpaceNotificationSetting(notification, SpaceNotificationSetting.builder().name(notification)
            .notificationSetting(SpaceNotificationSetting.NotificationSetting.MAIN_CONVERSATIONS)
            .muteSetting(SpaceNotificationSetting.MuteSetting.UNMUTED).build(),
            UsersPatchSpaceNotificationSettingParams.builder().updateMask("notification_setting", "mute_setting").build())));
  }

  @SuppressWarnings("deprecation")
  private static MessagesCreateParams.Builder threadKeyToo(MessagesCreateParams.Builder b) {
    return b.threadKey("legacy-key"); // deprecated by Google but still declared, so still offered
  }
}
