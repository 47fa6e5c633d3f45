package dev.chatsdk.googlechat;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chatsdk.core.http.FileSource;
import dev.chatsdk.googlechat.model.Availability;
import dev.chatsdk.googlechat.model.CustomStatus;
import dev.chatsdk.googlechat.model.Emoji;
import dev.chatsdk.googlechat.model.GoogleChatV1Section;
import dev.chatsdk.googlechat.model.MarkAsActiveRequest;
import dev.chatsdk.googlechat.model.MarkAsDoNotDisturbRequest;
import dev.chatsdk.googlechat.model.Membership;
import dev.chatsdk.googlechat.model.Message;
import dev.chatsdk.googlechat.model.MessagePin;
import dev.chatsdk.googlechat.model.MoveSectionItemRequest;
import dev.chatsdk.googlechat.model.PositionSectionRequest;
import dev.chatsdk.googlechat.model.Reaction;
import dev.chatsdk.googlechat.model.SearchMessagesRequest;
import dev.chatsdk.googlechat.model.Space;
import dev.chatsdk.googlechat.model.SpaceNotificationSetting;
import dev.chatsdk.googlechat.model.SpaceReadState;
import dev.chatsdk.googlechat.model.User;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every method checks its resource name against the discovery document's pattern before any I/O;
 * the message names the parameter. Accepted names keep their {@code /} and percent-encode the rest.
 */
class ResourceNameValidationTest extends WireMockSupport {
  private static final Message TEXT = Message.builder().text("hi").build();

  /** A method, the parameter it checks, the shape it wants, and how to call it with a name. */
  static final class Method {
    final String label;
    final String parameter;
    final String valid;
    final Consumer<GoogleChatClient> call;
    final java.util.function.BiConsumer<GoogleChatClient, String> withName;

    Method(String label, String parameter, String valid, java.util.function.BiConsumer<GoogleChatClient, String> withName) {
      this.label = label;
      this.parameter = parameter;
      this.valid = valid;
      this.withName = withName;
      this.call = c -> withName.accept(c, valid);
    }

    @Override
    public String toString() {
      return label;
    }
  }

  static List<Method> methods() {
    String space = "spaces/AAA";
    String message = "spaces/AAA/messages/BBB.CCC";
    List<Method> m = new ArrayList<>();
    m.add(new Method("completeImport", "name", space, (c, n) -> c.spaces().completeImport(n)));
    m.add(new Method("get", "name", space, (c, n) -> c.spaces().get(n)));
    m.add(new Method("patch", "name", space, (c, n) -> c.spaces().patch(n, Space.builder().displayName("x").build())));
    m.add(new Method("delete", "name", space, (c, n) -> c.spaces().delete(n)));
    m.add(new Method("findDirectMessage", "name", "users/123", (c, n) -> c.spaces().findDirectMessage(n)));
    m.add(new Method("membersCreate", "parent", space, (c, n) -> c.spaces().membersCreate(n,
        Membership.builder().member(User.builder().name("users/123").build()).build())));
    m.add(new Method("membersList", "parent", space, (c, n) -> c.spaces().membersList(n)));
    m.add(new Method("membersListAll", "parent", space, (c, n) -> c.spaces().membersListAll(n).iterator().hasNext()));
    m.add(new Method("membersGet", "name", "spaces/AAA/members/123", (c, n) -> c.spaces().membersGet(n)));
    m.add(new Method("membersDelete", "name", "spaces/AAA/members/123", (c, n) -> c.spaces().membersDelete(n)));
    m.add(new Method("messagesCreate", "parent", space, (c, n) -> c.spaces().messagesCreate(n, TEXT)));
    m.add(new Method("messagesList", "parent", space, (c, n) -> c.spaces().messagesList(n)));
    m.add(new Method("messagesGet", "name", message, (c, n) -> c.spaces().messagesGet(n)));
    m.add(new Method("messagesPatch", "name", message, (c, n) -> c.spaces().messagesPatch(n, TEXT)));
    m.add(new Method("messagesUpdate", "name", message, (c, n) -> c.spaces().messagesUpdate(n, TEXT)));
    m.add(new Method("messagesDelete", "name", message, (c, n) -> c.spaces().messagesDelete(n)));
    m.add(new Method("messagesAttachmentsGet", "name", message + "/attachments/DDD",
        (c, n) -> c.spaces().messagesAttachmentsGet(n)));
    m.add(new Method("messagesReactionsCreate", "parent", message,
        (c, n) -> c.spaces().messagesReactionsCreate(n,
            Reaction.builder().emoji(Emoji.builder().unicode("x").build()).build())));
    m.add(new Method("messagesReactionsList", "parent", message, (c, n) -> c.spaces().messagesReactionsList(n)));
    m.add(new Method("messagesReactionsDelete", "name", message + "/reactions/EEE",
        (c, n) -> c.spaces().messagesReactionsDelete(n)));
    m.add(new Method("messagesCreateAsync", "parent", space, (c, n) -> c.spaces().messagesCreateAsync(n, TEXT).join()));
    m.add(new Method("upload", "parent", space,
        (c, n) -> c.media().upload(n, FileSource.of(new byte[] {1}, "a.bin", "application/octet-stream"))));
    addedSpacesMethods(m);
    customEmojisAndUsers(m);
    return m;
  }

  /** The spaces.* methods added with the generated layer: pins, events, member patch, message search. */
  private static void addedSpacesMethods(List<Method> m) {
    String space = "spaces/AAA";
    String pin = space + "/messagePins/PIN1";
    String event = space + "/spaceEvents/EV1";
    String filter = "event_types:\"google.workspace.chat.message.v1.created\"";
    m.add(new Method("membersPatch", "name", space + "/members/123", (c, n) -> c.spaces().membersPatch(n,
        Membership.builder().role(Membership.Role.ROLE_MANAGER).build())));
    m.add(new Method("messagePinsCreate", "parent", space, (c, n) -> c.spaces().messagePinsCreate(n,
        MessagePin.builder().message("spaces/AAA/messages/BBB").build())));
    m.add(new Method("messagePinsList", "parent", space, (c, n) -> c.spaces().messagePinsList(n)));
    m.add(new Method("messagePinsListAll", "parent", space, (c, n) -> c.spaces().messagePinsListAll(n).iterator().hasNext()));
    m.add(new Method("messagePinsDelete", "name", pin, (c, n) -> c.spaces().messagePinsDelete(n)));
    m.add(new Method("messagePinsDeleteAsync", "name", pin, (c, n) -> c.spaces().messagePinsDeleteAsync(n).join()));
    m.add(new Method("spaceEventsGet", "name", event, (c, n) -> c.spaces().spaceEventsGet(n)));
    m.add(new Method("spaceEventsList", "parent", space, (c, n) -> c.spaces().spaceEventsList(n, filter)));
    m.add(new Method("spaceEventsListAll", "parent", space,
        (c, n) -> c.spaces().spaceEventsListAll(n, filter).iterator().hasNext()));
    m.add(new Method("messagesSearch", "parent", space, (c, n) -> c.spaces().messagesSearch(n,
        SearchMessagesRequest.builder().filter("text:\"x\"").build())));
  }

  /** customEmojis.* and users.*: every name pattern of the two new API classes. */
  private static void customEmojisAndUsers(List<Method> m) {
    String emoji = "customEmojis/EMO1";
    String user = "users/123";
    String availability = user + "/availability";
    String section = user + "/sections/S1";
    String readState = user + "/spaces/AAA/spaceReadState";
    String threadState = user + "/spaces/AAA/threads/TTT/threadReadState";
    String notification = user + "/spaces/AAA/spaceNotificationSetting";
    m.add(new Method("customEmojisGet", "name", emoji, (c, n) -> c.customEmojis().get(n)));
    m.add(new Method("customEmojisDelete", "name", emoji, (c, n) -> c.customEmojis().delete(n)));
    m.add(new Method("availabilityGet", "name", availability, (c, n) -> c.users().availabilityGet(n)));
    m.add(new Method("availabilityMarkAsActive", "name", availability,
        (c, n) -> c.users().availabilityMarkAsActive(n, MarkAsActiveRequest.builder().build())));
    m.add(new Method("availabilityMarkAsAway", "name", availability, (c, n) -> c.users().availabilityMarkAsAway(n)));
    m.add(new Method("availabilityMarkAsDoNotDisturbAsync", "name", availability,
        (c, n) -> c.users().availabilityMarkAsDoNotDisturbAsync(n, MarkAsDoNotDisturbRequest.builder().build()).join()));
    m.add(new Method("availabilityPatch", "name", availability, (c, n) -> c.users().availabilityPatch(n,
        Availability.builder().customStatus(CustomStatus.builder().text("away").build()).build())));
    m.add(new Method("sectionsCreate", "parent", user, (c, n) -> c.users().sectionsCreate(n,
        GoogleChatV1Section.builder().displayName("Releases").type(GoogleChatV1Section.Type.CUSTOM_SECTION).build())));
    m.add(new Method("sectionsList", "parent", user, (c, n) -> c.users().sectionsList(n)));
    m.add(new Method("sectionsListAll", "parent", user, (c, n) -> c.users().sectionsListAll(n).iterator().hasNext()));
    m.add(new Method("sectionsPatch", "name", section, (c, n) -> c.users().sectionsPatch(n,
        GoogleChatV1Section.builder().displayName("Releases").build())));
    m.add(new Method("sectionsDelete", "name", section, (c, n) -> c.users().sectionsDelete(n)));
    m.add(new Method("sectionsPosition", "name", section, (c, n) -> c.users().sectionsPosition(n,
        PositionSectionRequest.builder().sortOrder(1).build())));
    m.add(new Method("sectionsItemsList", "parent", section, (c, n) -> c.users().sectionsItemsList(n)));
    m.add(new Method("sectionsItemsListAll", "parent", section,
        (c, n) -> c.users().sectionsItemsListAll(n).iterator().hasNext()));
    m.add(new Method("sectionsItemsMove", "name", section + "/items/I1", (c, n) -> c.users().sectionsItemsMove(n,
        MoveSectionItemRequest.builder().targetSection(user + "/sections/S2").build())));
    m.add(new Method("getSpaceReadState", "name", readState, (c, n) -> c.users().getSpaceReadState(n)));
    m.add(new Method("updateSpaceReadState", "name", readState, (c, n) -> c.users().updateSpaceReadState(n,
        SpaceReadState.builder().lastReadTime(Instant.parse("2026-11-21T09:00:00Z")).build())));
    m.add(new Method("getThreadReadState", "name", threadState, (c, n) -> c.users().getThreadReadState(n)));
    m.add(new Method("getSpaceNotificationSetting", "name", notification,
        (c, n) -> c.users().getSpaceNotificationSetting(n)));
    m.add(new Method("patchSpaceNotificationSettingWithHttpInfo", "name", notification,
        (c, n) -> c.users().patchSpaceNotificationSettingWithHttpInfo(n, SpaceNotificationSetting.builder()
            .muteSetting(SpaceNotificationSetting.MuteSetting.MUTED).build())));
  }

  /** Names that no method accepts, whatever its pattern. */
  static List<String> malformed(String valid) {
    return List.of(
        "",
        valid + "/",
        "/" + valid,
        valid.replaceFirst("/", "//"),
        valid + "/..",
        valid.replaceFirst("/[^/]+$", "/.."),
        valid.replaceFirst("/[^/]+$", "/."),
        valid + "?alt=media",
        valid + "#frag",
        valid + "\n",
        valid.replaceFirst("/[^/]+$", "/a\u0000b"),
        valid.replaceFirst("/[^/]+$", "/a\rb"));
  }

  /** Each id segment of a name (odd positions: collection/id pairs) broken in every way the checks cover. */
  static List<String> malformedInnerSegments(String valid) {
    String[] segments = valid.split("/");
    List<String> out = new ArrayList<>();
    for (int i = 1; i < segments.length; i += 2) {
      for (String bad : List.of("", ".", "..", "a?b", "a#b", "a\u0001b", "a\u007fb", "a\tb")) {
        String[] copy = segments.clone();
        copy[i] = bad;
        out.add(String.join("/", copy));
      }
    }
    return out;
  }

  // One test per method walks all its bad names: a JUnit case per name would cost a client each.

  @ParameterizedTest(name = "{0}")
  @MethodSource("methods")
  void malformedNamesFailBeforeAnyIo(Method method) {
    List<String> names = Stream.concat(malformed(method.valid).stream(), malformedInnerSegments(method.valid).stream())
        .distinct().collect(Collectors.toList());
    for (String name : names) {
      assertThatThrownBy(() -> method.withName.accept(client, name))
          .as("%s rejects [%s]", method, name)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining(method.parameter);
    }
    assertThat(wm.findAll(anyRequestedFor(anyUrl()))).isEmpty();
  }

  private static final List<String> KINDS = List.of("spaces/AAA", "spaces/AAA/members/123", "spaces/AAA/messages/BBB",
      "spaces/AAA/messages/BBB/attachments/DDD", "spaces/AAA/messages/BBB/reactions/EEE", "users/123",
      "spaces/AAA/threads/TTT", "rooms/AAA", "AAA",
      "customEmojis/EMO1", "spaces/AAA/messagePins/PIN1", "spaces/AAA/spaceEvents/EV1", "users/123/availability",
      "users/123/sections/S1", "users/123/sections/S1/items/I1", "users/123/spaces/AAA/spaceReadState",
      "users/123/spaces/AAA/threads/TTT/threadReadState", "users/123/spaces/AAA/spaceNotificationSetting",
      "users/123/spaces/AAA", "users/123/availability/extra", "customEmojis/EMO1/extra", "customEmojis",
      "users/123/sections", "users/123/spaces/AAA/spaceReadState/x");

  @ParameterizedTest(name = "{0}")
  @MethodSource("methods")
  void theWrongKindOfNameFailsBeforeAnyIo(Method method) {
    List<String> wrong = KINDS.stream()
        .filter(k -> !k.replaceAll("[A-Z0-9]+", "X").equals(method.valid.replaceAll("[A-Z0-9.]+", "X")))
        .collect(Collectors.toList());
    assertThat(wrong).hasSizeGreaterThanOrEqualTo(KINDS.size() - 1);
    for (String name : wrong) {
      assertThatThrownBy(() -> method.withName.accept(client, name))
          .as("%s rejects [%s]", method, name)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining(method.parameter)
          .hasMessageContaining(name);
    }
    assertThat(wm.findAll(anyRequestedFor(anyUrl()))).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("methods")
  void nullNameNamesTheParameter(Method method) {
    assertThatThrownBy(() -> method.withName.accept(client, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining(method.parameter);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("methods")
  void theDocumentedShapeIsAccepted(Method method) {
    wm.stubFor(any(anyUrl()).willReturn(okJson("{}")));
    method.call.accept(client);
    assertThat(wm.findAll(anyRequestedFor(anyUrl()))).hasSize(1);
  }

  @Test
  void segmentsArePercentEncodedAndSlashesKept() {
    wm.stubFor(any(anyUrl()).willReturn(okJson("{}")));
    client.spaces().membersGet("spaces/AAA/members/dana+ops@example.com");
    client.spaces().messagesGet("spaces/AAA/messages/client-a b%2F~");
    assertThat(wm.findAll(anyRequestedFor(anyUrl()))).extracting(r -> r.getUrl()).containsExactly(
        "/v1/spaces/AAA/members/dana%2Bops%40example.com",
        "/v1/spaces/AAA/messages/client-a%20b%252F~");
  }

  @Test
  void userAliasesAndCustomVerbsAreEncodedSegmentBySegment() {
    wm.stubFor(any(anyUrl()).willReturn(okJson("{}")));
    client.users().availabilityMarkAsAway("users/dana@example.com/availability");
    client.users().getThreadReadState("users/dana@example.com/spaces/AAA/threads/a:b/threadReadState");
    client.customEmojis().get("customEmojis/a b");
    assertThat(wm.findAll(anyRequestedFor(anyUrl()))).extracting(r -> r.getUrl()).containsExactly(
        "/v1/users/dana%40example.com/availability:markAsAway",
        "/v1/users/dana%40example.com/spaces/AAA/threads/a%3Ab/threadReadState",
        "/v1/customEmojis/a%20b");
  }

  @Test
  void downloadChecksItsResourceNameToo() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (String bad : List.of("", "a//b", "../secret", "a/./b", "a?b", "a#b", "a\tb")) {
      assertThatThrownBy(() -> client.media().download(bad, out))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("resourceName");
    }
    assertThat(wm.findAll(anyRequestedFor(anyUrl()))).isEmpty();
  }
}
