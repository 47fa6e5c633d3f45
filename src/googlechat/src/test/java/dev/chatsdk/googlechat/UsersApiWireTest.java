package dev.chatsdk.googlechat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chatsdk.core.ApiResponse;
import dev.chatsdk.googlechat.model.Availability;
import dev.chatsdk.googlechat.model.CustomStatus;
import dev.chatsdk.googlechat.model.Emoji;
import dev.chatsdk.googlechat.model.GoogleChatV1Section;
import dev.chatsdk.googlechat.model.ListSectionItemsResponse;
import dev.chatsdk.googlechat.model.ListSectionsResponse;
import dev.chatsdk.googlechat.model.MarkAsActiveRequest;
import dev.chatsdk.googlechat.model.MarkAsDoNotDisturbRequest;
import dev.chatsdk.googlechat.model.MoveSectionItemRequest;
import dev.chatsdk.googlechat.model.MoveSectionItemResponse;
import dev.chatsdk.googlechat.model.PositionSectionRequest;
import dev.chatsdk.googlechat.model.PositionSectionResponse;
import dev.chatsdk.googlechat.model.SpaceNotificationSetting;
import dev.chatsdk.googlechat.model.SpaceReadState;
import dev.chatsdk.googlechat.model.ThreadReadState;
import dev.chatsdk.googlechat.params.UsersSectionsItemsListParams;
import dev.chatsdk.googlechat.params.UsersSectionsListParams;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * One test per {@link UsersApi} method: the exact request on the wire (method, raw path with its
 * custom verb, query, body JSON) and the values decoded from a realistic fixture.
 */
class UsersApiWireTest extends WireMockSupport {
  static final String USER = "users/112233445566778899";
  static final String AVAILABILITY = USER + "/availability";
  static final String SECTION = USER + "/sections/c2VjdGlvbi1yZWxlYXNl";
  static final String SPACE_STATE = USER + "/spaces/AAQAtjsc9v4";
  private static final String WIRE_USER = "/v1/users/112233445566778899";

  // ---- availability

  @Test
  void availabilityGet() {
    respond("usersAvailabilityGet");
    Availability a = client.users().availabilityGet(AVAILABILITY);
    assertRequest("GET", WIRE_USER + "/availability", null);
    assertThat(a.getName()).isEqualTo(AVAILABILITY);
    assertThat(a.getState()).isEqualTo(Availability.State.DO_NOT_DISTURB);
    assertThat(a.getDoNotDisturbMetadata().getExpirationTime()).isEqualTo(Instant.parse("2026-11-21T17:00:00Z"));
    assertThat(a.getCustomStatus().getText()).isEqualTo("Focus time: release notes");
    assertThat(a.getCustomStatus().getEmoji().getUnicode()).isEqualTo("\uD83C\uDFA7");
    assertThat(a.getCustomStatus().getExpireTime()).isEqualTo(Instant.parse("2026-11-21T17:00:00Z"));
  }

  @Test
  void availabilityMarkAsActive() {
    respond("usersAvailabilityMarkAsActive");
    Availability a = client.users().availabilityMarkAsActive(AVAILABILITY, MarkAsActiveRequest.builder().ttl("1800s").build());
    assertRequest("POST", WIRE_USER + "/availability:markAsActive", "{\"ttl\":\"1800s\"}");
    assertThat(a.getState()).isEqualTo(Availability.State.ACTIVE);
    assertThat(a.getDoNotDisturbMetadata()).isNull();
  }

  @Test
  void availabilityMarkAsAwayAsyncSendsAnEmptyBody() throws Exception {
    respond("usersAvailabilityMarkAsAway");
    Availability a = client.users().availabilityMarkAsAwayAsync(AVAILABILITY).get();
    assertRequest("POST", WIRE_USER + "/availability:markAsAway", "{}");
    assertThat(a.getName()).isEqualTo(AVAILABILITY);
    assertThat(a.getState()).isEqualTo(Availability.State.AWAY);
  }

  @Test
  void availabilityMarkAsDoNotDisturbWithHttpInfo() {
    respond("usersAvailabilityMarkAsDoNotDisturb");
    ApiResponse<Availability> r = client.users().availabilityMarkAsDoNotDisturbWithHttpInfo(AVAILABILITY,
        MarkAsDoNotDisturbRequest.builder().expireTime(Instant.parse("2026-11-21T12:30:00Z")).build());
    assertRequest("POST", WIRE_USER + "/availability:markAsDoNotDisturb", "{\"expireTime\":\"2026-11-21T12:30:00Z\"}");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.data().getState()).isEqualTo(Availability.State.DO_NOT_DISTURB);
    assertThat(r.data().getDoNotDisturbMetadata().getExpirationTime()).isEqualTo(Instant.parse("2026-11-21T12:30:00Z"));
  }

  @Test
  void availabilityPatchDerivesTheMaskAndLeavesOutputOnlyStateOut() {
    respond("usersAvailabilityPatch");
    Availability update = Availability.builder()
        .state(Availability.State.ACTIVE) // output-only: never part of the mask
        .customStatus(CustomStatus.builder().text("On call for releases").ttl("3600s")
            .emoji(Emoji.builder().unicode("\uD83D\uDE80").build()).build())
        .build();
    Availability a = client.users().availabilityPatch(AVAILABILITY, update);
    assertRequest("PATCH", WIRE_USER + "/availability?updateMask=custom_status",
        "{\"state\":\"ACTIVE\",\"customStatus\":{\"text\":\"On call for releases\",\"ttl\":\"3600s\","
            + "\"emoji\":{\"unicode\":\"\uD83D\uDE80\"}}}");
    assertThat(a.getCustomStatus().getText()).isEqualTo("On call for releases");
    assertThat(a.getCustomStatus().getTtl()).isEqualTo("3600s");
    assertThat(a.getCustomStatus().getEmoji().getCustomEmoji().getEmojiName()).isEqualTo(":shipit:");
    assertThat(a.getCustomStatus().getExpireTime()).isEqualTo(Instant.parse("2026-11-21T10:30:00Z"));
  }

  // ---- sections and section items

  @Test
  void sectionsCreate() {
    respond("usersSectionsCreate");
    GoogleChatV1Section s = client.users().sectionsCreate(USER, GoogleChatV1Section.builder()
        .displayName("Releases").type(GoogleChatV1Section.Type.CUSTOM_SECTION).build());
    assertRequest("POST", WIRE_USER + "/sections", "{\"displayName\":\"Releases\",\"type\":\"CUSTOM_SECTION\"}");
    assertThat(s.getName()).isEqualTo(SECTION);
    assertThat(s.getSortOrder()).isEqualTo(3);
    assertThat(s.getType()).isEqualTo(GoogleChatV1Section.Type.CUSTOM_SECTION);
  }

  @Test
  void sectionsDeleteWithHttpInfo() {
    respondEmpty();
    ApiResponse<Void> r = client.users().sectionsDeleteWithHttpInfo(SECTION);
    assertRequest("DELETE", WIRE_USER + "/sections/c2VjdGlvbi1yZWxlYXNl", null);
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.data()).isNull();
  }

  @Test
  void sectionsList() {
    respond("usersSectionsList");
    ListSectionsResponse page = client.users().sectionsList(USER,
        UsersSectionsListParams.builder().pageSize(20).pageToken("c2VjdGlvbnMtMQ").build());
    assertRequest("GET", WIRE_USER + "/sections?pageSize=20&pageToken=c2VjdGlvbnMtMQ", null);
    assertThat(page.getSections()).extracting(GoogleChatV1Section::getType).containsExactly(
        GoogleChatV1Section.Type.DEFAULT_DIRECT_MESSAGES, GoogleChatV1Section.Type.DEFAULT_SPACES,
        GoogleChatV1Section.Type.CUSTOM_SECTION);
    assertThat(page.getSections().get(2).getDisplayName()).isEqualTo("Releases");
    assertThat(page.getSections().get(0).getDisplayName()).isNull();
    assertThat(page.getNextPageToken()).isEqualTo("c2VjdGlvbnMtMg");
  }

  @Test
  void sectionsPatchDerivesDisplayNameOnly() {
    respond("usersSectionsPatch");
    GoogleChatV1Section s = client.users().sectionsPatch(SECTION, GoogleChatV1Section.builder()
        .name(SECTION).displayName("Release trains").sortOrder(3).type(GoogleChatV1Section.Type.CUSTOM_SECTION).build());
    assertRequest("PATCH", WIRE_USER + "/sections/c2VjdGlvbi1yZWxlYXNl?updateMask=display_name",
        "{\"name\":\"" + SECTION + "\",\"displayName\":\"Release trains\",\"sortOrder\":3,\"type\":\"CUSTOM_SECTION\"}");
    assertThat(s.getDisplayName()).isEqualTo("Release trains");
  }

  @Test
  void sectionsPosition() {
    respond("usersSectionsPosition");
    PositionSectionResponse r = client.users().sectionsPosition(SECTION,
        PositionSectionRequest.builder().relativePosition(PositionSectionRequest.RelativePosition.START).build());
    assertRequest("POST", WIRE_USER + "/sections/c2VjdGlvbi1yZWxlYXNl:position", "{\"relativePosition\":\"START\"}");
    assertThat(r.getSection().getName()).isEqualTo(SECTION);
    assertThat(r.getSection().getSortOrder()).isEqualTo(1);
  }

  @Test
  void sectionsItemsList() {
    respond("usersSectionsItemsList");
    ListSectionItemsResponse page = client.users().sectionsItemsList(SECTION, UsersSectionsItemsListParams.builder()
        .pageSize(2).filter("space = \"spaces/AAQAtjsc9v4\"").build());
    assertRequest("GET", WIRE_USER + "/sections/c2VjdGlvbi1yZWxlYXNl/items?pageSize=2"
        + "&filter=space%20%3D%20%22spaces%2FAAQAtjsc9v4%22", null);
    assertThat(page.getSectionItems()).extracting(i -> i.getSpace())
        .containsExactly("spaces/AAQAtjsc9v4", "spaces/AAQA3Lq9xXo");
    assertThat(page.getSectionItems().get(0).getName()).isEqualTo(SECTION + "/items/AAQAtjsc9v4");
    assertThat(page.getNextPageToken()).isEqualTo("aXRlbXMtMg");
  }

  @Test
  void sectionsItemsMove() {
    respond("usersSectionsItemsMove");
    MoveSectionItemResponse r = client.users().sectionsItemsMove(SECTION + "/items/AAQAtjsc9v4",
        MoveSectionItemRequest.builder().targetSection(USER + "/sections/default-spaces").build());
    assertRequest("POST", WIRE_USER + "/sections/c2VjdGlvbi1yZWxlYXNl/items/AAQAtjsc9v4:move",
        "{\"targetSection\":\"" + USER + "/sections/default-spaces\"}");
    assertThat(r.getSectionItem().getName()).isEqualTo(USER + "/sections/default-spaces/items/AAQAtjsc9v4");
    assertThat(r.getSectionItem().getSpace()).isEqualTo("spaces/AAQAtjsc9v4");
  }

  // ---- read states and notification settings

  @Test
  void getSpaceReadState() {
    respond("usersGetSpaceReadState");
    SpaceReadState s = client.users().getSpaceReadState(SPACE_STATE + "/spaceReadState");
    assertRequest("GET", WIRE_USER + "/spaces/AAQAtjsc9v4/spaceReadState", null);
    assertThat(s.getName()).isEqualTo(SPACE_STATE + "/spaceReadState");
    assertThat(s.getLastReadTime()).isEqualTo(Instant.parse("2026-11-21T08:30:12.123456Z"));
  }

  @Test
  void updateSpaceReadStateAsync() throws Exception {
    respond("usersUpdateSpaceReadState");
    SpaceReadState s = client.users().updateSpaceReadStateAsync(SPACE_STATE + "/spaceReadState",
        SpaceReadState.builder().lastReadTime(Instant.parse("2026-11-21T09:00:00Z")).build()).get();
    assertRequest("PATCH", WIRE_USER + "/spaces/AAQAtjsc9v4/spaceReadState?updateMask=last_read_time",
        "{\"lastReadTime\":\"2026-11-21T09:00:00Z\"}");
    assertThat(s.getLastReadTime()).isEqualTo(Instant.parse("2026-11-21T09:00:00Z"));
  }

  @Test
  void getThreadReadState() {
    respond("usersGetThreadReadState");
    ThreadReadState t = client.users().getThreadReadState(SPACE_STATE + "/threads/Xw9c1mXJ2kE/threadReadState");
    assertRequest("GET", WIRE_USER + "/spaces/AAQAtjsc9v4/threads/Xw9c1mXJ2kE/threadReadState", null);
    assertThat(t.getName()).endsWith("/threads/Xw9c1mXJ2kE/threadReadState");
    assertThat(t.getLastReadTime()).isEqualTo(Instant.parse("2026-11-21T08:45:03.5Z"));
  }

  @Test
  void getSpaceNotificationSetting() {
    respond("usersGetSpaceNotificationSetting");
    SpaceNotificationSetting s = client.users().getSpaceNotificationSetting(SPACE_STATE + "/spaceNotificationSetting");
    assertRequest("GET", WIRE_USER + "/spaces/AAQAtjsc9v4/spaceNotificationSetting", null);
    assertThat(s.getNotificationSetting()).isEqualTo(SpaceNotificationSetting.NotificationSetting.FOR_YOU);
    assertThat(s.getMuteSetting()).isEqualTo(SpaceNotificationSetting.MuteSetting.UNMUTED);
  }

  @Test
  void patchSpaceNotificationSettingWithHttpInfo() {
    respond("usersPatchSpaceNotificationSetting");
    ApiResponse<SpaceNotificationSetting> r = client.users().patchSpaceNotificationSettingWithHttpInfo(
        SPACE_STATE + "/spaceNotificationSetting", SpaceNotificationSetting.builder()
            .notificationSetting(SpaceNotificationSetting.NotificationSetting.OFF)
            .muteSetting(SpaceNotificationSetting.MuteSetting.MUTED).build());
    assertRequest("PATCH", WIRE_USER + "/spaces/AAQAtjsc9v4/spaceNotificationSetting"
        + "?updateMask=notification_setting%2Cmute_setting",
        "{\"notificationSetting\":\"OFF\",\"muteSetting\":\"MUTED\"}");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.data().getNotificationSetting()).isEqualTo(SpaceNotificationSetting.NotificationSetting.OFF);
    assertThat(r.data().getMuteSetting()).isEqualTo(SpaceNotificationSetting.MuteSetting.MUTED);
  }
}
