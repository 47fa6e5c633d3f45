package dev.chatsdk.googlechat;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chatsdk.core.ApiResponse;
import dev.chatsdk.core.http.FileSource;
import dev.chatsdk.googlechat.model.FindGroupChatsResponse;
import dev.chatsdk.googlechat.model.ListMessagePinsResponse;
import dev.chatsdk.googlechat.model.ListSpaceEventsResponse;
import dev.chatsdk.googlechat.model.MarkAsActiveRequest;
import dev.chatsdk.googlechat.model.MarkAsDoNotDisturbRequest;
import dev.chatsdk.googlechat.model.Membership;
import dev.chatsdk.googlechat.model.MessagePin;
import dev.chatsdk.googlechat.model.MoveSectionItemRequest;
import dev.chatsdk.googlechat.model.PositionSectionRequest;
import dev.chatsdk.googlechat.model.SearchMessageResult;
import dev.chatsdk.googlechat.model.SearchMessagesRequest;
import dev.chatsdk.googlechat.model.SearchMessagesResponse;
import dev.chatsdk.googlechat.model.SearchSpacesResponse;
import dev.chatsdk.googlechat.model.SetUpSpaceRequest;
import dev.chatsdk.googlechat.model.Space;
import dev.chatsdk.googlechat.model.SpaceEvent;
import dev.chatsdk.googlechat.params.FindGroupChatsParams;
import dev.chatsdk.googlechat.params.MembersPatchParams;
import dev.chatsdk.googlechat.params.MessagePinsListParams;
import dev.chatsdk.googlechat.params.SearchParams;
import dev.chatsdk.googlechat.params.SpaceEventsListParams;
import dev.chatsdk.googlechat.params.SpaceView;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The {@link SpacesApi} methods added with the generated layer (member patch, message pins, space
 * events, space and message search, group-chat lookup): the request on the wire and the decoded
 * fixture. Also: custom verbs reach the wire unchanged, and spaceEvents.list's required filter.
 */
class SpacesApiAddedMethodsWireTest extends WireMockSupport {
  static final String SPACE = SpacesApiWireTest.SPACE;
  static final String MESSAGE = SpacesApiWireTest.MESSAGE;
  private static final String WIRE_SPACE = "/v1/spaces/AAQAtjsc9v4";
  private static final String MEMBERSHIP_FILTER = "event_types:\"google.workspace.chat.membership.v1.created\"";

  @Test
  void membersPatch() {
    respond("membersPatch");
    Membership m = client.spaces().membersPatch(SPACE + "/members/112233445566778899",
        Membership.builder().role(Membership.Role.ROLE_MANAGER).build(),
        MembersPatchParams.builder().useAdminAccess(true).build());
    assertRequest("PATCH", WIRE_SPACE + "/members/112233445566778899?useAdminAccess=true&updateMask=role",
        "{\"role\":\"ROLE_MANAGER\"}");
    assertThat(m.getRole()).isEqualTo(Membership.Role.ROLE_MANAGER);
    assertThat(m.getState()).isEqualTo(Membership.State.JOINED);
    assertThat(m.getMember().getDisplayName()).isEqualTo("Dana Ortiz");
    assertThat(m.getCreateTime()).isEqualTo(Instant.parse("2026-03-02T09:15:27.483201Z"));
  }

  @Test
  void messagePinsCreate() {
    respond("messagePinsCreate");
    MessagePin pin = client.spaces().messagePinsCreate(SPACE, MessagePin.builder().message(MESSAGE).build());
    assertRequest("POST", WIRE_SPACE + "/messagePins", "{\"message\":\"" + MESSAGE + "\"}");
    assertThat(pin.getName()).isEqualTo(SPACE + "/messagePins/Xw9c1mXJ2kE.Xw9c1mXJ2kE");
    assertThat(pin.getMessage()).isEqualTo(MESSAGE);
  }

  @Test
  void messagePinsList() {
    respond("messagePinsList");
    ListMessagePinsResponse page = client.spaces().messagePinsList(SPACE,
        MessagePinsListParams.builder().pageSize(2).build());
    assertRequest("GET", WIRE_SPACE + "/messagePins?pageSize=2", null);
    assertThat(page.getMessagePins()).extracting(MessagePin::getMessage).containsExactly(
        MESSAGE, SPACE + "/messages/Q2r7HnB0zPc.Q2r7HnB0zPc");
    assertThat(page.getNextPageToken()).isEqualTo("CjQKMgowc3BhY2VzL0FBUUF0anNjOXY0L21lc3NhZ2VQaW5z");
  }

  @Test
  void messagePinsDeleteAsync() throws Exception {
    respondEmpty();
    assertThat(client.spaces().messagePinsDeleteAsync(SPACE + "/messagePins/Xw9c1mXJ2kE.Xw9c1mXJ2kE").get()).isNull();
    assertRequest("DELETE", WIRE_SPACE + "/messagePins/Xw9c1mXJ2kE.Xw9c1mXJ2kE", null);
  }

  @Test
  void spaceEventsGet() {
    respond("spaceEventsGet");
    SpaceEvent e = client.spaces().spaceEventsGet(SPACE + "/spaceEvents/MTcxNjQ4OTYwMDAwMDAwMA");
    assertRequest("GET", WIRE_SPACE + "/spaceEvents/MTcxNjQ4OTYwMDAwMDAwMA", null);
    assertThat(e.getEventType()).isEqualTo("google.workspace.chat.message.v1.created");
    assertThat(e.getEventTime()).isEqualTo(Instant.parse("2026-11-21T08:30:12.123456Z"));
    assertThat(e.getMessageCreatedEventData().getMessage().getText()).isEqualTo("Deploy of 4.12.0 is done");
    assertThat(e.getMessageCreatedEventData().getMessage().getThread().getName()).isEqualTo(SPACE + "/threads/Xw9c1mXJ2kE");
    assertThat(e.getMembershipCreatedEventData()).isNull();
  }

  @Test
  void spaceEventsListSendsThePositionalFilterFirst() {
    respond("spaceEventsList");
    ListSpaceEventsResponse page = client.spaces().spaceEventsList(SPACE, MEMBERSHIP_FILTER,
        SpaceEventsListParams.builder().pageSize(100).pageToken("ZXZlbnRzLTE").build());
    assertRequest("GET", WIRE_SPACE + "/spaceEvents?filter=event_types%3A%22google.workspace.chat.membership.v1.created%22"
        + "&pageSize=100&pageToken=ZXZlbnRzLTE", null);
    SpaceEvent joined = page.getSpaceEvents().get(0);
    assertThat(joined.getMembershipCreatedEventData().getMembership().getMember().getName())
        .isEqualTo("users/998877665544332211");
    SpaceEvent reacted = page.getSpaceEvents().get(1);
    assertThat(reacted.getEventTime()).isEqualTo(Instant.parse("2026-11-21T08:31:40Z"));
    assertThat(reacted.getReactionBatchCreatedEventData().getReactions())
        .extracting(r -> r.getReaction().getEmoji().getUnicode()).containsExactly("\uD83D\uDE80", "\uD83D\uDC4D");
    assertThat(page.getNextPageToken()).isEqualTo("bmV4dC1ldmVudHMtcGFnZQ");
  }

  @ParameterizedTest(name = "filter [{0}]")
  @NullSource
  @ValueSource(strings = {"", "   "})
  void spaceEventsListRejectsAMissingFilterBeforeAnyIo(String filter) {
    assertThatThrownBy(() -> client.spaces().spaceEventsList(SPACE, filter)).hasMessageContaining("filter");
    assertThatThrownBy(() -> client.spaces().spaceEventsListAsync(SPACE, filter)).hasMessageContaining("filter");
    assertThatThrownBy(() -> client.spaces().spaceEventsListAll(SPACE, filter).iterator().hasNext())
        .hasMessageContaining("filter");
    assertThat(wm.findAll(anyRequestedFor(anyUrl()))).isEmpty();
  }

  @ParameterizedTest(name = "query [{0}]")
  @NullSource
  @ValueSource(strings = {"", " "})
  void searchRejectsAMissingQueryBeforeAnyIo(String query) {
    assertThatThrownBy(() -> client.spaces().search(query)).hasMessageContaining("query");
    assertThatThrownBy(() -> client.spaces().searchAsync(query)).hasMessageContaining("query");
    assertThatThrownBy(() -> client.spaces().searchAll(query).iterator().hasNext()).hasMessageContaining("query");
    assertThat(wm.findAll(anyRequestedFor(anyUrl()))).isEmpty();
  }

  @Test
  void messagesSearchSendsItsQueryInTheBody() {
    respond("messagesSearch");
    SearchMessagesResponse r = client.spaces().messagesSearch(SPACE, SearchMessagesRequest.builder()
        .filter("text:\"rollback\"").orderBy("create_time desc").pageSize(2)
        .view(SearchMessagesRequest.View.SEARCH_MESSAGES_VIEW_FULL)
        .markupSyntax(SearchMessagesRequest.MarkupSyntax.MARKUP_SYNTAX_MARKDOWN).build());
    assertRequest("POST", WIRE_SPACE + "/messages:search", "{\"filter\":\"text:\\\"rollback\\\"\","
        + "\"orderBy\":\"create_time desc\",\"pageSize\":2,\"view\":\"SEARCH_MESSAGES_VIEW_FULL\","
        + "\"markupSyntax\":\"MARKUP_SYNTAX_MARKDOWN\"}");
    SearchMessageResult first = r.getResults().get(0);
    assertThat(first.getMessage().getText()).startsWith("Rollback plan");
    assertThat(first.getMessage().getFormattedText()).contains("*4.12*");
    assertThat(first.getRead()).isTrue();
    assertThat(first.getSpaceMuteSetting()).isEqualTo(SearchMessageResult.SpaceMuteSetting.UNMUTED);
    assertThat(r.getResults().get(1).getRead()).isFalse();
    assertThat(r.getResults().get(1).getSpaceMuteSetting()).isEqualTo(SearchMessageResult.SpaceMuteSetting.MUTED);
    assertThat(r.getNextPageToken()).isEqualTo("c2VhcmNoLXBhZ2UtMg");
  }

  @Test
  void searchWithHttpInfo() {
    respond("search");
    ApiResponse<SearchSpacesResponse> r = client.spaces().searchWithHttpInfo(
        "customer = \"customers/my_customer\" AND space_type = \"SPACE\"", SearchParams.builder().useAdminAccess(true)
        .pageSize(2).orderBy("create_time DESC").build());
    assertRequest("GET", "/v1/spaces:search?query=customer%20%3D%20%22customers%2Fmy_customer%22%20AND%20"
        + "space_type%20%3D%20%22SPACE%22&useAdminAccess=true&pageSize=2&orderBy=create_time%20DESC", null);
    assertThat(r.statusCode()).isEqualTo(200);
    SearchSpacesResponse found = r.data();
    assertThat(found.getTotalSize()).isEqualTo(17);
    assertThat(found.getResults()).extracting(s -> s.getSpace().getDisplayName())
        .containsExactly("Release train", "Release retro");
    Space first = found.getResults().get(0).getSpace();
    assertThat(first.getSpaceHistoryState()).isEqualTo(Space.SpaceHistoryState.HISTORY_ON);
    assertThat(first.getMembershipCount().getJoinedDirectHumanUserCount()).isEqualTo(42);
    assertThat(found.getNextPageToken()).isEqualTo("YWRtaW4tc2VhcmNoLTI");
  }

  @Test
  void findGroupChatsRepeatsTheUsersParameter() {
    respond("findGroupChats");
    FindGroupChatsResponse r = client.spaces().findGroupChats(FindGroupChatsParams.builder()
        .users(List.of("users/123456789", "users/dana@example.com"))
        .spaceView(SpaceView.SPACE_VIEW_EXPANDED).pageSize(10).build());
    assertRequest("GET", "/v1/spaces:findGroupChats?users=users%2F123456789&users=users%2Fdana%40example.com"
        + "&spaceView=SPACE_VIEW_EXPANDED&pageSize=10", null);
    assertThat(r.getSpaces()).hasSize(1);
    assertThat(r.getSpaces().get(0).getSpaceType()).isEqualTo(Space.SpaceType.GROUP_CHAT);
    assertThat(r.getSpaces().get(0).getLastActiveTime()).isEqualTo(Instant.parse("2026-11-19T11:45:00Z"));
    assertThat(r.getNextPageToken()).isEqualTo("Z3JvdXAtY2hhdHMtMg");
  }

  // ---- custom verbs: the ':verb' suffix is sent as is, never percent-encoded or dropped

  static Stream<Arguments> customVerbs() {
    String user = UsersApiWireTest.USER;
    String section = UsersApiWireTest.SECTION;
    List<Arguments> v = new ArrayList<>();
    v.add(verb("/v1/users/112233445566778899/availability:markAsActive",
        c -> c.users().availabilityMarkAsActive(user + "/availability", MarkAsActiveRequest.builder().build())));
    v.add(verb("/v1/users/112233445566778899/availability:markAsAway",
        c -> c.users().availabilityMarkAsAway(user + "/availability")));
    v.add(verb("/v1/users/112233445566778899/availability:markAsDoNotDisturb",
        c -> c.users().availabilityMarkAsDoNotDisturb(user + "/availability", MarkAsDoNotDisturbRequest.builder().build())));
    v.add(verb("/v1/users/112233445566778899/sections/c2VjdGlvbi1yZWxlYXNl:position",
        c -> c.users().sectionsPosition(section, PositionSectionRequest.builder().sortOrder(2).build())));
    v.add(verb("/v1/users/112233445566778899/sections/c2VjdGlvbi1yZWxlYXNl/items/AAQAtjsc9v4:move",
        c -> c.users().sectionsItemsMove(section + "/items/AAQAtjsc9v4",
            MoveSectionItemRequest.builder().targetSection(user + "/sections/default-spaces").build())));
    v.add(verb("/v1/spaces/AAQAtjsc9v4/messages:search",
        c -> c.spaces().messagesSearch(SPACE, SearchMessagesRequest.builder().filter("text:\"x\"").build())));
    v.add(verb("/v1/spaces:search?query=display_name%3A%22Release%22", c -> c.spaces().search("display_name:\"Release\"")));
    v.add(verb("/v1/spaces:findGroupChats", c -> c.spaces().findGroupChats()));
    v.add(verb("/v1/spaces:findDirectMessage?name=users%2F1", c -> c.spaces().findDirectMessage("users/1")));
    v.add(verb("/v1/spaces/AAQAtjsc9v4:completeImport", c -> c.spaces().completeImport(SPACE)));
    v.add(verb("/v1/spaces:setup", c -> c.spaces().setup(SetUpSpaceRequest.builder()
        .space(Space.builder().spaceType(Space.SpaceType.GROUP_CHAT).build()).requestId("r-1").build())));
    v.add(verb("/upload/v1/spaces/AAQAtjsc9v4/attachments:upload?uploadType=multipart",
        c -> c.media().upload(SPACE, FileSource.of(new byte[] {1, 2}, "a.bin", "application/octet-stream"))));
    return v.stream();
  }

  private static Arguments verb(String url, Consumer<GoogleChatClient> call) {
    return Arguments.of(url, call);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("customVerbs")
  void customVerbsLandOnTheWireExactly(String url, Consumer<GoogleChatClient> call) {
    respondEmpty();
    call.accept(client);
    assertThat(onlyRequest().getUrl()).isEqualTo(url);
  }
}
