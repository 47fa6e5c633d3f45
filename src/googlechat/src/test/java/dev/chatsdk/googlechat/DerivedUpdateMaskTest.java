package dev.chatsdk.googlechat;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chatsdk.googlechat.model.AccessSettings;
import dev.chatsdk.googlechat.model.Availability;
import dev.chatsdk.googlechat.model.CustomStatus;
import dev.chatsdk.googlechat.model.DoNotDisturbMetadata;
import dev.chatsdk.googlechat.model.GoogleChatV1Section;
import dev.chatsdk.googlechat.model.Membership;
import dev.chatsdk.googlechat.model.MembershipCount;
import dev.chatsdk.googlechat.model.Message;
import dev.chatsdk.googlechat.model.PermissionSetting;
import dev.chatsdk.googlechat.model.PermissionSettings;
import dev.chatsdk.googlechat.model.Space;
import dev.chatsdk.googlechat.model.SpaceNotificationSetting;
import dev.chatsdk.googlechat.model.SpaceReadState;
import dev.chatsdk.googlechat.model.User;
import dev.chatsdk.googlechat.params.MembersPatchParams;
import dev.chatsdk.googlechat.params.UsersAvailabilityPatchParams;
import dev.chatsdk.googlechat.params.UsersPatchSpaceNotificationSettingParams;
import dev.chatsdk.googlechat.params.UsersSectionsPatchParams;
import dev.chatsdk.googlechat.params.UsersUpdateSpaceReadStateParams;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every method with an {@code updateMask} derives it when the caller gives none: from a body with
 * every field set (output-only ones included) the mask names exactly the updatable fields that are
 * present, each a real, writable field of the request schema; a body with nothing updatable is
 * rejected before any I/O; an explicit mask is sent as given.
 */
class DerivedUpdateMaskTest extends WireMockSupport {
  private static final Instant T = Instant.parse("2026-11-21T09:00:00Z");
  private static final String AVAILABILITY = "users/123/availability";
  private static final String SECTION = "users/123/sections/S1";
  private static final String READ_STATE = "users/123/spaces/AAA/spaceReadState";
  private static final String NOTIFICATION = "users/123/spaces/AAA/spaceNotificationSetting";
  private static final String MEMBER = "spaces/AAA/members/1";

  /** A method, its call with a full body, the mask expected, a call with nothing updatable, an explicit-mask call. */
  static final class MaskCase {
    final String id;
    final Consumer<GoogleChatClient> full;
    final String expected;
    final Consumer<GoogleChatClient> nothingUpdatable;
    final Consumer<GoogleChatClient> explicit;
    final String explicitMask;

    MaskCase(String id, Consumer<GoogleChatClient> full, String expected, Consumer<GoogleChatClient> nothingUpdatable,
        String explicitMask, Consumer<GoogleChatClient> explicit) {
      this.id = id;
      this.full = full;
      this.expected = expected;
      this.nothingUpdatable = nothingUpdatable;
      this.explicit = explicit;
      this.explicitMask = explicitMask;
    }

    @Override
    public String toString() {
      return id;
    }
  }

  private static Space everySpaceField() {
    PermissionSetting on = PermissionSetting.builder().managersAllowed(true).membersAllowed(true).build();
    return ContractCases.fullSpace().toBuilder()
        .name("spaces/AAA").createTime(T).lastActiveTime(T).spaceUri("https://chat.google.com/room/AAA")
        .adminInstalled(false).singleUserBotDm(false).importMode(false)
        .membershipCount(MembershipCount.builder().joinedDirectHumanUserCount(3).build())
        .accessSettings(AccessSettings.builder().audience("audiences/default")
            .accessState(AccessSettings.AccessState.DISCOVERABLE).build())
        .permissionSettings(PermissionSettings.builder().manageApps(on).manageMembersAndGroups(on).manageWebhooks(on)
            .modifySpaceDetails(on).postMessages(on).replyMessages(on).toggleHistory(on).useAtMentionAll(on).build())
        .build();
  }

  private static Membership everyMembershipField() {
    return Membership.builder().name(MEMBER).role(Membership.Role.ROLE_MANAGER).state(Membership.State.JOINED)
        .affiliation(Membership.Affiliation.INTERNAL).createTime(T)
        .member(User.builder().name("users/1").type(User.Type.HUMAN).build()).build();
  }

  private static Message everyUpdatableMessageField() {
    return SpacesApiWireTest.cardMessage().toBuilder().name("spaces/AAA/messages/BBB").createTime(T)
        .sender(User.builder().name("users/app").build()).formattedText("*x*").argumentText("x").build();
  }

  static List<MaskCase> cases() {
    String message = "spaces/AAA/messages/BBB";
    return List.of(
        new MaskCase("chat.spaces.patch", c -> c.spaces().patch("spaces/AAA", everySpaceField()),
            "display_name,space_type,space_details,space_history_state,access_settings.audience,"
                + "permission_settings.manageApps,permission_settings.manageMembersAndGroups,"
                + "permission_settings.manageWebhooks,permission_settings.modifySpaceDetails,"
                + "permission_settings.replyMessages,permission_settings.toggleHistory,"
                + "permission_settings.useAtMentionAll",
            c -> c.spaces().patch("spaces/AAA", Space.builder().name("spaces/AAA").createTime(T)
                .permissionSettings(PermissionSettings.builder().postMessages(PermissionSetting.builder()
                    .membersAllowed(true).build()).build()).build()),
            "space_history_state", c -> c.spaces().patch("spaces/AAA", everySpaceField(),
                dev.chatsdk.googlechat.params.PatchParams.builder().updateMask("space_history_state").build())),
        new MaskCase("chat.spaces.members.patch", c -> c.spaces().membersPatch(MEMBER, everyMembershipField()), "role",
            c -> c.spaces().membersPatch(MEMBER, everyMembershipField().toBuilder().role(null).build()),
            "role", c -> c.spaces().membersPatch(MEMBER, everyMembershipField(),
                MembersPatchParams.builder().updateMask("role").build())),
        new MaskCase("chat.spaces.messages.patch", c -> c.spaces().messagesPatch(message, everyUpdatableMessageField()),
            "text,cards_v2",
            c -> c.spaces().messagesPatch(message, Message.builder().name(message).createTime(T).build()),
            "text", c -> c.spaces().messagesPatch(message, everyUpdatableMessageField(),
                dev.chatsdk.googlechat.params.MessagesPatchParams.builder().updateMask("text").build())),
        new MaskCase("chat.users.availability.patch", c -> c.users().availabilityPatch(AVAILABILITY, Availability.builder()
                .name(AVAILABILITY).state(Availability.State.AWAY)
                .doNotDisturbMetadata(DoNotDisturbMetadata.builder().expirationTime(T).build())
                .customStatus(CustomStatus.builder().text("Lunch").ttl("3600s").build()).build()),
            "custom_status",
            c -> c.users().availabilityPatch(AVAILABILITY, Availability.builder().name(AVAILABILITY)
                .state(Availability.State.AWAY).doNotDisturbMetadata(DoNotDisturbMetadata.builder().expirationTime(T).build())
                .build()),
            "custom_status", c -> c.users().availabilityPatch(AVAILABILITY, Availability.builder().build(),
                UsersAvailabilityPatchParams.builder().updateMask("custom_status").build())),
        new MaskCase("chat.users.sections.patch", c -> c.users().sectionsPatch(SECTION, GoogleChatV1Section.builder()
                .name(SECTION).displayName("Releases").sortOrder(4).type(GoogleChatV1Section.Type.CUSTOM_SECTION).build()),
            "display_name",
            c -> c.users().sectionsPatch(SECTION, GoogleChatV1Section.builder().name(SECTION).sortOrder(4)
                .type(GoogleChatV1Section.Type.CUSTOM_SECTION).build()),
            "display_name", c -> c.users().sectionsPatch(SECTION, GoogleChatV1Section.builder().displayName("Releases").build(),
                UsersSectionsPatchParams.builder().updateMask("display_name").build())),
        new MaskCase("chat.users.spaces.updateSpaceReadState", c -> c.users().updateSpaceReadState(READ_STATE,
                SpaceReadState.builder().name(READ_STATE).lastReadTime(T).build()),
            "last_read_time",
            c -> c.users().updateSpaceReadState(READ_STATE, SpaceReadState.builder().name(READ_STATE).build()),
            "last_read_time", c -> c.users().updateSpaceReadState(READ_STATE, SpaceReadState.builder().lastReadTime(T).build(),
                UsersUpdateSpaceReadStateParams.builder().updateMask("last_read_time").build())),
        new MaskCase("chat.users.spaces.spaceNotificationSetting.patch", c -> c.users().patchSpaceNotificationSetting(
                NOTIFICATION, SpaceNotificationSetting.builder().name(NOTIFICATION)
                    .notificationSetting(SpaceNotificationSetting.NotificationSetting.ALL)
                    .muteSetting(SpaceNotificationSetting.MuteSetting.UNMUTED).build()),
            "notification_setting,mute_setting",
            c -> c.users().patchSpaceNotificationSetting(NOTIFICATION,
                SpaceNotificationSetting.builder().name(NOTIFICATION).build()),
            "mute_setting", c -> c.users().patchSpaceNotificationSetting(NOTIFICATION, SpaceNotificationSetting.builder()
                    .muteSetting(SpaceNotificationSetting.MuteSetting.MUTED).build(),
                UsersPatchSpaceNotificationSettingParams.builder().updateMask("mute_setting").build())));
  }

  private static String sentMask() {
    return onlyRequest().queryParameter("updateMask").firstValue();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void theMaskNamesTheUpdatableFieldsThatAreSet(MaskCase c) {
    respondEmpty();
    c.full.accept(client);
    assertThat(sentMask()).isEqualTo(c.expected);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void everyDerivedPathIsAWritableFieldOfTheRequestSchema(MaskCase c) {
    respondEmpty();
    c.full.accept(client);
    JsonNode method = DiscoveryDocument.methods().get(c.id);
    JsonNode schema = DiscoveryDocument.resolve(method.get("request"));
    for (String path : sentMask().split(",")) {
      JsonNode at = schema;
      for (String segment : path.split("\\.")) {
        JsonNode property = DiscoveryDocument.resolve(at).path("properties").path(camel(segment));
        assertThat(property.isMissingNode()).as("%s: %s names a field of the schema", c.id, path).isFalse();
        assertThat(property.path("readOnly").asBoolean()).as("%s: %s is output-only", c.id, path).isFalse();
        at = property;
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void aBodyWithNothingUpdatableIsRejectedBeforeAnyIo(MaskCase c) {
    assertThatThrownBy(() -> c.nothingUpdatable.accept(client))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("updateMask");
    assertThat(wm.findAll(anyRequestedFor(anyUrl()))).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void anExplicitMaskIsSentAsGivenAndNothingIsDerived(MaskCase c) {
    respondEmpty();
    c.explicit.accept(client);
    assertThat(onlyRequest().queryParameter("updateMask").values()).containsExactly(c.explicitMask);
  }

  /** Every discovery method taking an updateMask is a case here, so a new one cannot skip these checks. */
  @Test
  void everyMethodWithAnUpdateMaskIsCovered() {
    Set<String> withMask = DiscoveryDocument.methods().entrySet().stream()
        .filter(e -> e.getValue().path("parameters").has("updateMask"))
        .map(java.util.Map.Entry::getKey).collect(Collectors.toCollection(TreeSet::new));
    withMask.remove("chat.spaces.messages.update"); // PUT with the same mask rules as messages.patch
    Set<String> covered = cases().stream().map(c -> c.id).collect(Collectors.toCollection(TreeSet::new));
    assertThat(covered).isEqualTo(withMask);
  }

  private static String camel(String snake) {
    StringBuilder out = new StringBuilder();
    boolean upper = false;
    for (char ch : snake.toCharArray()) {
      if (ch == '_') {
        upper = true;
      } else {
        out.append(upper ? Character.toUpperCase(ch) : ch);
        upper = false;
      }
    }
    return out.toString();
  }

}
