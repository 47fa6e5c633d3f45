package dev.chatsdk.googlechat;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;

import dev.chatsdk.core.ApiResponse;
import dev.chatsdk.googlechat.model.Annotation;
import dev.chatsdk.googlechat.model.Attachment;
import dev.chatsdk.googlechat.model.CardWithId;
import dev.chatsdk.googlechat.model.CompleteImportSpaceResponse;
import dev.chatsdk.googlechat.model.Emoji;
import dev.chatsdk.googlechat.model.GoogleAppsCardV1Card;
import dev.chatsdk.googlechat.model.GoogleAppsCardV1CardHeader;
import dev.chatsdk.googlechat.model.GoogleAppsCardV1Section;
import dev.chatsdk.googlechat.model.GoogleAppsCardV1TextParagraph;
import dev.chatsdk.googlechat.model.GoogleAppsCardV1Widget;
import dev.chatsdk.googlechat.model.ListMembershipsResponse;
import dev.chatsdk.googlechat.model.ListMessagesResponse;
import dev.chatsdk.googlechat.model.ListReactionsResponse;
import dev.chatsdk.googlechat.model.ListSpacesResponse;
import dev.chatsdk.googlechat.model.Membership;
import dev.chatsdk.googlechat.model.Message;
import dev.chatsdk.googlechat.model.Reaction;
import dev.chatsdk.googlechat.model.SetUpSpaceRequest;
import dev.chatsdk.googlechat.model.Space;
import dev.chatsdk.googlechat.model.SpaceDetails;
import dev.chatsdk.googlechat.model.Thread;
import dev.chatsdk.googlechat.model.User;
import dev.chatsdk.googlechat.params.CreateParams;
import dev.chatsdk.googlechat.params.DeleteParams;
import dev.chatsdk.googlechat.params.GetParams;
import dev.chatsdk.googlechat.params.ListParams;
import dev.chatsdk.googlechat.params.MembersCreateParams;
import dev.chatsdk.googlechat.params.MembersDeleteParams;
import dev.chatsdk.googlechat.params.MembersGetParams;
import dev.chatsdk.googlechat.params.MembersListParams;
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
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One test per SpacesApi operation: the exact request on the wire (method, path, query, headers,
 * body) and the decoded response from a realistic fixture.
 */
class SpacesApiWireTest extends WireMockSupport {
  static final String SPACE = "spaces/AAQAtjsc9v4";
  static final String MESSAGE = SPACE + "/messages/Xw9c1mXJ2kE.Xw9c1mXJ2kE";

  static void assertReleaseSpace(Space s) {
    assertThat(s.getName()).isEqualTo(SPACE);
    assertThat(s.getDisplayName()).startsWith("Release train");
    assertThat(s.getSpaceType()).isEqualTo(Space.SpaceType.SPACE);
    assertThat(s.getCreateTime()).isEqualTo(Instant.parse("2026-03-02T09:15:27.483201Z"));
    assertThat(s.getSpaceDetails().getGuidelines()).isEqualTo("Keep threads on topic");
    assertThat(s.getAdditionalProperties()).containsEntry("spaceLevelFeature", "kept-as-unknown");
  }

  /** The fixture message: a cardsV2 card, a thread, a user mention and an attachment. */
  static void assertBuildMessage(Message m) {
    assertThat(m.getName()).isEqualTo(MESSAGE);
    assertThat(m.getSender().getName()).isEqualTo("users/app");
    assertThat(String.valueOf(m.getSender().getType())).isEqualTo("BOT");
    assertThat(m.getCreateTime()).isEqualTo(Instant.parse("2026-11-21T08:30:12.123456789Z"));
    CardWithId card = m.getCardsV2().get(0);
    assertThat(card.getCardId()).isEqualTo("build-status");
    assertThat(card.getCard().getHeader().getTitle()).isEqualTo("Build 4821");
    GoogleAppsCardV1Section section = card.getCard().getSections().get(0);
    assertThat(section.getWidgets()).hasSize(3);
    assertThat(section.getWidgets().get(0).getDecoratedText().getText()).isEqualTo("7 min 42 s");
    assertThat(section.getWidgets().get(2).getButtonList().getButtons().get(0).getOnClick().getOpenLink().getUrl())
        .isEqualTo("https://ci.example.com/builds/4821");
    assertThat(m.getThread().getName()).isEqualTo(SPACE + "/threads/Xw9c1mXJ2kE");
    assertThat(m.getThread().getThreadKey()).isEqualTo("build-4821");
    assertThat(m.getAnnotations()).hasSize(1);
    assertThat(m.getAnnotations().get(0).getType()).isEqualTo(Annotation.Type.USER_MENTION);
    assertThat(m.getAnnotations().get(0).getStartIndex()).isEqualTo(20);
    assertThat(m.getAnnotations().get(0).getUserMention().getUser().getDisplayName()).isEqualTo("Dana Ortiz");
    Attachment a = m.getAttachment().get(0);
    assertThat(a.getContentName()).isEqualTo("junit-report.html");
    assertThat(a.getAttachmentDataRef().getResourceName()).isEqualTo(SPACE + "/attachments/AATUf-J4Wq8-data");
    assertThat(String.valueOf(a.getSource())).isEqualTo("UPLOADED_CONTENT");
  }

  static Message cardMessage() {
    GoogleAppsCardV1Card card = GoogleAppsCardV1Card.builder()
        .header(GoogleAppsCardV1CardHeader.builder().title("Build 4821").subtitle("main @ 3f2c9e1").build())
        .sections(List.of(GoogleAppsCardV1Section.builder()
            .header("Summary")
            .widgets(List.of(GoogleAppsCardV1Widget.builder()
                .textParagraph(GoogleAppsCardV1TextParagraph.builder().text("All tests passed.").build())
                .build()))
            .build()))
        .build();
    return Message.builder()
        .text("Build 4821 is green")
        .cardsV2(List.of(CardWithId.builder().cardId("build-status").card(card).build()))
        .thread(Thread.builder().threadKey("build-4821").build())
        .build();
  }

  static final String CARD_MESSAGE_JSON = "{\"text\":\"Build 4821 is green\","
      + "\"cardsV2\":[{\"cardId\":\"build-status\",\"card\":{"
      + "\"header\":{\"title\":\"Build 4821\",\"subtitle\":\"main @ 3f2c9e1\"},"
      + "\"sections\":[{\"header\":\"Summary\",\"widgets\":[{\"textParagraph\":{\"text\":\"All tests passed.\"}}]}]}}],"
      + "\"thread\":{\"threadKey\":\"build-4821\"}}";

  // ---- the 15 seed operations

  @Test
  void completeImport() {
    respond("completeImport");
    CompleteImportSpaceResponse r = client.spaces().completeImport(SPACE);
    assertRequest("POST", "/v1/spaces/AAQAtjsc9v4:completeImport", "{}");
    assertThat(r.getSpace().getImportMode()).isFalse();
    assertReleaseSpace(r.getSpace());
  }

  @Test
  void create() {
    respond("create");
    Space request = Space.builder().spaceType(Space.SpaceType.SPACE).displayName("Release train")
        .spaceDetails(SpaceDetails.builder().description("Coordinating the weekly release").build()).build();
    Space created = client.spaces().create(request, CreateParams.builder().requestId("0f0e7c6e-5a4b-4c3d-9e8f-7a6b5c4d3e2f").build());
    assertRequest("POST", "/v1/spaces?requestId=0f0e7c6e-5a4b-4c3d-9e8f-7a6b5c4d3e2f",
        "{\"spaceType\":\"SPACE\",\"displayName\":\"Release train\",\"spaceDetails\":{\"description\":\"Coordinating the weekly release\"}}");
    assertReleaseSpace(created);
  }

  @Test
  void findDirectMessage() {
    respond("findDirectMessage");
    Space dm = client.spaces().findDirectMessage("users/dana@example.com");
    assertRequest("GET", "/v1/spaces:findDirectMessage?name=users%2Fdana%40example.com", null);
    assertThat(dm.getName()).isEqualTo("spaces/AAAAdmDmDmA");
    assertThat(String.valueOf(dm.getSpaceType())).isEqualTo("DIRECT_MESSAGE");
  }

  @Test
  void list() {
    respond("list");
    ListSpacesResponse page = client.spaces().list(ListParams.builder()
        .pageSize(100).pageToken("CgwI-page-1").filter("spaceType = \"SPACE\"").build());
    assertRequest("GET", "/v1/spaces?pageSize=100&pageToken=CgwI-page-1&filter=spaceType%20%3D%20%22SPACE%22", null);
    assertThat(page.getSpaces()).hasSize(2);
    assertReleaseSpace(page.getSpaces().get(0));
    assertThat(page.getNextPageToken()).isEqualTo("CgwI-page-2");
  }

  @Test
  void membersCreate() {
    respond("membersCreate");
    Membership m = client.spaces().membersCreate(SPACE,
        Membership.builder().member(User.builder().name("users/112233445566778899").build()).build(),
        MembersCreateParams.builder().useAdminAccess(true).build());
    assertRequest("POST", "/v1/spaces/AAQAtjsc9v4/members?useAdminAccess=true",
        "{\"member\":{\"name\":\"users/112233445566778899\"}}");
    assertThat(m.getName()).isEqualTo(SPACE + "/members/112233445566778899");
    assertThat(String.valueOf(m.getState())).isEqualTo("JOINED");
    assertThat(m.getMember().getName()).isEqualTo("users/112233445566778899");
  }

  @Test
  void membersList() {
    respond("membersList");
    ListMembershipsResponse page = client.spaces().membersList(SPACE, MembersListParams.builder()
        .pageSize(50).filter("member.type = \"HUMAN\"").showGroups(true).showInvited(false).useAdminAccess(false).build());
    assertRequest("GET", "/v1/spaces/AAQAtjsc9v4/members?pageSize=50&filter=member.type%20%3D%20%22HUMAN%22"
        + "&showGroups=true&showInvited=false&useAdminAccess=false", null);
    assertThat(page.getMemberships()).extracting(Membership::getName)
        .containsExactly(SPACE + "/members/112233445566778899", SPACE + "/members/app");
    assertThat(page.getNextPageToken()).isEqualTo("members-page-2");
  }

  @Test
  void messagesAttachmentsGet() {
    respond("messagesAttachmentsGet");
    Attachment a = client.spaces().messagesAttachmentsGet(MESSAGE + "/attachments/AATUf-J4Wq8");
    assertRequest("GET", "/v1/spaces/AAQAtjsc9v4/messages/Xw9c1mXJ2kE.Xw9c1mXJ2kE/attachments/AATUf-J4Wq8", null);
    assertThat(a.getContentType()).isEqualTo("text/html");
    assertThat(a.getAttachmentDataRef().getResourceName()).isEqualTo(SPACE + "/attachments/AATUf-J4Wq8-data");
  }

  @Test
  void messagesCreate() {
    respond("messagesCreate");
    Message sent = client.spaces().messagesCreate(SPACE, cardMessage(), MessagesCreateParams.builder()
        .requestId("req-4821")
        .messageId("client-build-4821")
        .messageReplyOption(MessageReplyOption.REPLY_MESSAGE_FALLBACK_TO_NEW_THREAD)
        .notificationType(NotificationType.NOTIFICATION_TYPE_SILENT)
        .build());
    assertRequest("POST", "/v1/spaces/AAQAtjsc9v4/messages?requestId=req-4821&messageId=client-build-4821"
        + "&messageReplyOption=REPLY_MESSAGE_FALLBACK_TO_NEW_THREAD"
        + "&createMessageNotificationOptions.notificationType=NOTIFICATION_TYPE_SILENT", CARD_MESSAGE_JSON);
    assertBuildMessage(sent);
  }

  @Test
  void messagesList() {
    respond("messagesList");
    ListMessagesResponse page = client.spaces().messagesList(SPACE, MessagesListParams.builder()
        .pageSize(25).filter("createTime > \"2026-11-01T00:00:00Z\"").orderBy("createTime desc")
        .showDeleted(true).markupSyntax(Message.MarkupSyntax.MARKUP_SYNTAX_MARKDOWN).build());
    assertRequest("GET", "/v1/spaces/AAQAtjsc9v4/messages?pageSize=25"
        + "&filter=createTime%20%3E%20%222026-11-01T00%3A00%3A00Z%22&orderBy=createTime%20desc"
        + "&showDeleted=true&markupSyntax=MARKUP_SYNTAX_MARKDOWN", null);
    assertBuildMessage(page.getMessages().get(0));
    assertThat(page.getNextPageToken()).isEqualTo("messages-page-2");
  }

  @Test
  void messagesPatch() {
    respond("messagesPatch");
    Message updated = client.spaces().messagesPatch(MESSAGE,
        Message.builder().text("Build 4821 is green (re-run)").build(),
        MessagesPatchParams.builder().updateMask("text").allowMissing(false).build());
    assertRequest("PATCH", "/v1/spaces/AAQAtjsc9v4/messages/Xw9c1mXJ2kE.Xw9c1mXJ2kE?updateMask=text&allowMissing=false",
        "{\"text\":\"Build 4821 is green (re-run)\"}");
    assertThat(updated.getText()).isEqualTo("Build 4821 is green (re-run)");
    assertThat(updated.getLastUpdateTime()).isEqualTo(Instant.parse("2026-11-21T08:41:00Z"));
  }

  @Test
  void messagesReactionsCreate() {
    respond("messagesReactionsCreate");
    Reaction r = client.spaces().messagesReactionsCreate(MESSAGE,
        Reaction.builder().emoji(Emoji.builder().unicode("\uD83D\uDE80").build()).build());
    assertRequest("POST", "/v1/spaces/AAQAtjsc9v4/messages/Xw9c1mXJ2kE.Xw9c1mXJ2kE/reactions",
        "{\"emoji\":{\"unicode\":\"\uD83D\uDE80\"}}");
    assertThat(r.getName()).isEqualTo(MESSAGE + "/reactions/ASvkcA4u8Qc");
    assertThat(r.getEmoji().getUnicode()).isEqualTo("\uD83D\uDE80");
    assertThat(r.getUser().getName()).isEqualTo("users/112233445566778899");
  }

  @Test
  void messagesReactionsDelete() {
    respondEmpty();
    client.spaces().messagesReactionsDelete(MESSAGE + "/reactions/ASvkcA4u8Qc");
    assertRequest("DELETE", "/v1/spaces/AAQAtjsc9v4/messages/Xw9c1mXJ2kE.Xw9c1mXJ2kE/reactions/ASvkcA4u8Qc", null);
  }

  @Test
  void messagesReactionsList() {
    respond("messagesReactionsList");
    ListReactionsResponse page = client.spaces().messagesReactionsList(MESSAGE, MessagesReactionsListParams.builder()
        .pageSize(200).filter("emoji.unicode = \"\uD83D\uDE80\"").build());
    assertRequest("GET", "/v1/spaces/AAQAtjsc9v4/messages/Xw9c1mXJ2kE.Xw9c1mXJ2kE/reactions?pageSize=200"
        + "&filter=emoji.unicode%20%3D%20%22%F0%9F%9A%80%22", null);
    assertThat(page.getReactions()).hasSize(2);
    assertThat(page.getReactions().get(1).getEmoji().getCustomEmoji().getUid()).isEqualTo("ZCQGbE9ZBd0");
    assertThat(page.getNextPageToken()).isEqualTo("reactions-page-2");
  }

  @Test
  void messagesUpdate() {
    respond("messagesUpdate");
    Message updated = client.spaces().messagesUpdate(MESSAGE, cardMessage(),
        MessagesUpdateParams.builder().updateMask("text", "cards_v2").build());
    assertRequest("PUT", "/v1/spaces/AAQAtjsc9v4/messages/Xw9c1mXJ2kE.Xw9c1mXJ2kE?updateMask=text%2Ccards_v2",
        CARD_MESSAGE_JSON);
    assertThat(updated.getText()).isEqualTo("Build 4821 is green (re-run)");
    assertThat(updated.getCardsV2()).hasSize(1);
  }

  @Test
  void setup() {
    respond("setup");
    SetUpSpaceRequest request = SetUpSpaceRequest.builder()
        .requestId("setup-1")
        .space(Space.builder().spaceType(Space.SpaceType.SPACE).displayName("Release train").build())
        .memberships(List.of(Membership.builder().member(User.builder().name("users/dana@example.com").build()).build()))
        .build();
    Space space = client.spaces().setup(request);
    assertRequest("POST", "/v1/spaces:setup", "{\"requestId\":\"setup-1\",\"space\":{\"displayName\":\"Release train\",\"spaceType\":\"SPACE\"},"
        + "\"memberships\":[{\"member\":{\"name\":\"users/dana@example.com\"}}]}");
    assertReleaseSpace(space);
  }

  // ---- the methods the OpenAPI conversion lost

  @Test
  void get() {
    respond("get");
    ApiResponse<Space> r = client.spaces().getWithHttpInfo(SPACE, GetParams.builder().useAdminAccess(true).build());
    assertRequest("GET", "/v1/spaces/AAQAtjsc9v4?useAdminAccess=true", null);
    assertThat(r.statusCode()).isEqualTo(200);
    assertReleaseSpace(r.data());
  }

  @Test
  void patch() {
    respond("patch");
    Space updated = client.spaces().patch(SPACE, Space.builder().displayName("Release train (weekly)").build(),
        PatchParams.builder().updateMask("display_name").useAdminAccess(false).build());
    assertRequest("PATCH", "/v1/spaces/AAQAtjsc9v4?updateMask=display_name&useAdminAccess=false",
        "{\"displayName\":\"Release train (weekly)\"}");
    assertThat(updated.getDisplayName()).isEqualTo("Release train (weekly)");
  }

  @Test
  void delete() {
    respondEmpty();
    client.spaces().delete(SPACE, DeleteParams.builder().useAdminAccess(true).build());
    assertRequest("DELETE", "/v1/spaces/AAQAtjsc9v4?useAdminAccess=true", null);
  }

  @Test
  void membersGet() {
    respond("membersGet");
    Membership m = client.spaces().membersGet(SPACE + "/members/dana@example.com",
        MembersGetParams.builder().useAdminAccess(true).build());
    assertRequest("GET", "/v1/spaces/AAQAtjsc9v4/members/dana%40example.com?useAdminAccess=true", null);
    assertThat(String.valueOf(m.getRole())).isEqualTo("ROLE_MEMBER");
  }

  @Test
  void membersDelete() {
    respond("membersDelete");
    Membership removed = client.spaces().membersDelete(SPACE + "/members/112233445566778899",
        MembersDeleteParams.builder().build());
    assertRequest("DELETE", "/v1/spaces/AAQAtjsc9v4/members/112233445566778899", null);
    assertThat(removed.getMember().getName()).isEqualTo("users/112233445566778899");
  }

  @Test
  void messagesGet() {
    respond("messagesGet");
    Message m = client.spaces().messagesGet(SPACE + "/messages/client-build-4821",
        MessagesGetParams.builder().markupSyntax(Message.MarkupSyntax.MARKUP_SYNTAX_CHAT).build());
    assertRequest("GET", "/v1/spaces/AAQAtjsc9v4/messages/client-build-4821?markupSyntax=MARKUP_SYNTAX_CHAT", null);
    assertBuildMessage(m);
  }

  @Test
  void messagesDeleteWithForce() {
    respondEmpty();
    client.spaces().messagesDelete(MESSAGE, MessagesDeleteParams.builder().force(true).build());
    assertRequest("DELETE", "/v1/spaces/AAQAtjsc9v4/messages/Xw9c1mXJ2kE.Xw9c1mXJ2kE?force=true", null);
  }

  @Test
  void asyncFormSendsTheSameRequest() throws Exception {
    respond("messagesGet");
    Message m = client.spaces().messagesGetAsync(MESSAGE).get();
    assertRequest("GET", "/v1/spaces/AAQAtjsc9v4/messages/Xw9c1mXJ2kE.Xw9c1mXJ2kE", null);
    assertBuildMessage(m);
  }

  @Test
  void fieldsAndQuotaUserGoThroughRequestOptions() {
    respond("get");
    client.spaces().get(SPACE, null, dev.chatsdk.core.RequestOptions.builder()
        .queryParam("fields", "name,displayName").queryParam("quotaUser", "tenant-7").build());
    assertRequest("GET", "/v1/spaces/AAQAtjsc9v4?fields=name%2CdisplayName&quotaUser=tenant-7", null);
  }

  @Test
  void serverErrorBodyIsNotNeededForEmptyResponses() {
    wm.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)));
    client.spaces().delete(SPACE);
    assertRequest("DELETE", "/v1/spaces/AAQAtjsc9v4", null);
  }
}
