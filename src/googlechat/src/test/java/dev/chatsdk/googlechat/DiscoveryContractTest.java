package dev.chatsdk.googlechat;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.chatsdk.core.http.FileSource;
import dev.chatsdk.core.json.ChatJson;
import dev.chatsdk.googlechat.model.Emoji;
import dev.chatsdk.googlechat.model.Membership;
import dev.chatsdk.googlechat.model.Message;
import dev.chatsdk.googlechat.model.Reaction;
import dev.chatsdk.googlechat.model.SetUpSpaceRequest;
import dev.chatsdk.googlechat.model.Space;
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
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks every operation against Google's discovery document in {@code ../shared/specs} (skipped when
 * the specs are absent): the HTTP method, the path shape, that every query parameter sent is one the
 * method declares, and that every parameter the method declares can be sent (none silently missing).
 */
class DiscoveryContractTest extends WireMockSupport {
  /** Standard parameters every Google method accepts; the SDK offers fields/quotaUser via RequestOptions. */
  private static final Set<String> GLOBAL = Set.of("$.xgafv", "access_token", "alt", "callback", "fields", "key",
      "oauth_token", "prettyPrint", "quotaUser", "uploadType", "upload_protocol");
  private static JsonNode discovery;

  @BeforeAll
  static void loadDiscovery() throws IOException {
    Path root = Path.of(System.getProperty("chatsdk.root", "../.."));
    Path spec = root.resolve("../shared/specs/google-chat-v1-discovery.json");
    Assumptions.assumeTrue(Files.isRegularFile(spec), "skipped: " + spec + " is not present");
    discovery = ChatJson.readTree(java.nio.file.Files.readString(spec));
  }

  private static JsonNode method(String id) {
    List<JsonNode> found = new ArrayList<>();
    collect(discovery.get("resources"), id, found);
    assertThat(found).as("discovery method " + id).hasSize(1);
    return found.get(0);
  }

  private static void collect(JsonNode resources, String id, List<JsonNode> found) {
    if (resources == null) {
      return;
    }
    for (JsonNode resource : resources) {
      for (JsonNode m : resource.path("methods")) {
        if (id.equals(m.path("id").asText())) {
          found.add(m);
        }
      }
      collect(resource.get("resources"), id, found);
    }
  }

  static Stream<Arguments> operations() {
    String space = "spaces/AAA";
    String message = "spaces/AAA/messages/BBB";
    Message text = Message.builder().text("t").build();
    List<Arguments> ops = new ArrayList<>();
    ops.add(op("chat.spaces.completeImport", c -> c.spaces().completeImport(space)));
    ops.add(op("chat.spaces.create", c -> c.spaces().create(Space.builder().spaceType(Space.SpaceType.GROUP_CHAT).build(),
        CreateParams.builder().requestId("r").build())));
    ops.add(op("chat.spaces.findDirectMessage", c -> c.spaces().findDirectMessage("users/1")));
    ops.add(op("chat.spaces.list", c -> c.spaces().list(ListParams.builder().pageSize(1).pageToken("p").filter("f").build())));
    ops.add(op("chat.spaces.get", c -> c.spaces().get(space, GetParams.builder().useAdminAccess(true).build())));
    ops.add(op("chat.spaces.patch", c -> c.spaces().patch(space, Space.builder().displayName("d").build(),
        PatchParams.builder().updateMask("display_name").useAdminAccess(true).build())));
    ops.add(op("chat.spaces.delete", c -> c.spaces().delete(space, DeleteParams.builder().useAdminAccess(true).build())));
    ops.add(op("chat.spaces.setup", c -> c.spaces().setup(SetUpSpaceRequest.builder()
        .space(Space.builder().spaceType(Space.SpaceType.GROUP_CHAT).build()).build())));
    ops.add(op("chat.spaces.members.create", c -> c.spaces().membersCreate(space, Membership.builder().member(User.builder().name("users/1").build()).build(),
        MembersCreateParams.builder().useAdminAccess(true).build())));
    ops.add(op("chat.spaces.members.list", c -> c.spaces().membersList(space, MembersListParams.builder()
        .pageSize(1).pageToken("p").filter("f").showGroups(true).showInvited(true).useAdminAccess(true).build())));
    ops.add(op("chat.spaces.members.get", c -> c.spaces().membersGet(space + "/members/1",
        MembersGetParams.builder().useAdminAccess(true).build())));
    ops.add(op("chat.spaces.members.delete", c -> c.spaces().membersDelete(space + "/members/1",
        MembersDeleteParams.builder().useAdminAccess(true).build())));
    ops.add(op("chat.spaces.messages.create", c -> c.spaces().messagesCreate(space, text, threadKeyToo(
        MessagesCreateParams.builder().requestId("r").messageId("client-x")
            .messageReplyOption(MessageReplyOption.REPLY_MESSAGE_OR_FAIL)
            .notificationType(NotificationType.NOTIFICATION_TYPE_FORCE_NOTIFY)).build())));
    ops.add(op("chat.spaces.messages.list", c -> c.spaces().messagesList(space, MessagesListParams.builder()
        .pageSize(1).pageToken("p").filter("f").orderBy("createTime desc").showDeleted(true)
        .markupSyntax(Message.MarkupSyntax.MARKUP_SYNTAX_MARKDOWN).build())));
    ops.add(op("chat.spaces.messages.get", c -> c.spaces().messagesGet(message,
        MessagesGetParams.builder().markupSyntax(Message.MarkupSyntax.MARKUP_SYNTAX_CHAT).build())));
    ops.add(op("chat.spaces.messages.patch", c -> c.spaces().messagesPatch(message, text,
        MessagesPatchParams.builder().allowMissing(true).build())));
    ops.add(op("chat.spaces.messages.update", c -> c.spaces().messagesUpdate(message, text,
        MessagesUpdateParams.builder().allowMissing(true).build())));
    ops.add(op("chat.spaces.messages.delete", c -> c.spaces().messagesDelete(message,
        MessagesDeleteParams.builder().force(true).build())));
    ops.add(op("chat.spaces.messages.attachments.get", c -> c.spaces().messagesAttachmentsGet(message + "/attachments/A")));
    ops.add(op("chat.spaces.messages.reactions.create", c -> c.spaces().messagesReactionsCreate(message,
        Reaction.builder().emoji(Emoji.builder().unicode("\uD83D\uDE42").build()).build())));
    ops.add(op("chat.spaces.messages.reactions.list", c -> c.spaces().messagesReactionsList(message,
        MessagesReactionsListParams.builder().pageSize(1).pageToken("p").filter("f").build())));
    ops.add(op("chat.spaces.messages.reactions.delete", c -> c.spaces().messagesReactionsDelete(message + "/reactions/R")));
    ops.add(op("chat.media.upload", c -> c.media().upload(space, FileSource.of(new byte[] {1}, "a.txt", "text/plain"))));
    ops.add(op("chat.media.download", c -> c.media().download("spaces/AAA/attachments/X", new ByteArrayOutputStream())));
    return ops.stream();
  }

  @SuppressWarnings("deprecation")
  private static MessagesCreateParams.Builder threadKeyToo(MessagesCreateParams.Builder b) {
    return b.threadKey("legacy-key"); // deprecated by Google but still declared, so still offered
  }

  private static Arguments op(String id, Consumer<GoogleChatClient> call) {
    return Arguments.of(id, call);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("operations")
  void requestMatchesTheDiscoveryDocument(String id, Consumer<GoogleChatClient> call) {
    JsonNode method = method(id);
    wm.stubFor(any(anyUrl()).willReturn(okJson("{}")));
    call.accept(client);
    LoggedRequest sent = onlyRequest();

    assertThat(sent.getMethod().getName()).isEqualTo(method.get("httpMethod").asText());

    boolean upload = method.path("supportsMediaUpload").asBoolean();
    if (upload) {
      assertThat(method.at("/mediaUpload/protocols/simple/path").asText()).isEqualTo("/upload/v1/{+parent}/attachments:upload");
      assertThat(method.at("/mediaUpload/maxSize").asLong()).isEqualTo(MediaApi.MAX_UPLOAD_BYTES);
    }
    String flatPath = (upload ? "upload/" : "") + method.get("flatPath").asText();
    String regex = "/?" + Pattern.quote(flatPath.startsWith("/") ? flatPath.substring(1) : flatPath)
        .replaceAll("\\{[^}]+}", "\\\\E[^/?]+\\\\Q");
    if (id.equals("chat.media.download")) {
      regex = "/v1/media/.+"; // {+resourceName} may hold slashes
    }
    String path = sent.getUrl().contains("?") ? sent.getUrl().substring(0, sent.getUrl().indexOf('?')) : sent.getUrl();
    assertThat(path).matches(regex);

    Set<String> declared = new TreeSet<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = method.path("parameters").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> p = it.next();
      if ("query".equals(p.getValue().path("location").asText())) {
        declared.add(p.getKey());
      }
    }
    Set<String> sentNames = new TreeSet<>(sent.getQueryParams().keySet());
    Set<String> undeclared = new TreeSet<>(sentNames);
    undeclared.removeAll(declared);
    undeclared.removeAll(Set.of("uploadType", "alt"));
    assertThat(undeclared).as("query parameters sent but not declared").isEmpty();
    Set<String> missing = new TreeSet<>(declared);
    missing.removeAll(sentNames);
    missing.removeAll(GLOBAL);
    assertThat(missing).as("declared query parameters the SDK did not send with every option set").isEmpty();
  }
}
