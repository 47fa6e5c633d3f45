package dev.chatsdk.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class GoogleChatEmulatorTest {
  private static ChatEmulator emulator;
  private static Wire wire;

  @BeforeAll
  static void start() {
    emulator = ChatEmulator.builder().googleAccessTokens("good-token").start();
    wire = new Wire(emulator);
  }

  @AfterAll
  static void stop() {
    emulator.close();
  }

  private static String newSpace() {
    Wire.Reply r = wire.google("POST", "/v1/spaces",
        "{'spaceType':'SPACE','displayName':'Space " + UUID.randomUUID() + "'}");
    assertThat(r.status).as(r.toString()).isEqualTo(200);
    return r.json().get("name").asText();
  }

  private static JsonNode post(String space, String query, String body) {
    Wire.Reply r = wire.google("POST", "/v1/" + space + "/messages" + query, body);
    assertThat(r.status).as(r.toString()).isEqualTo(200);
    return r.json();
  }

  @Test
  void createGetPatchDeleteSpace() {
    Wire.Reply c = wire.google("POST", "/v1/spaces?requestId=req-1",
        "{'spaceType':'SPACE','displayName':'Team room','spaceDetails':{'description':'d'}}");
    assertThat(c.status).isEqualTo(200);
    JsonNode s = c.json();
    String name = s.get("name").asText();
    assertThat(name).matches("spaces/[A-Za-z0-9]{11}");
    assertThat(s.get("spaceType").asText()).isEqualTo("SPACE");
    assertThat(s.get("spaceThreadingState").asText()).isEqualTo("THREADED_MESSAGES");
    assertThat(s.get("createTime").asText()).isNotEmpty();
    assertThat(s.at("/membershipCount/joinedDirectHumanUserCount").asInt()).as("creator joined").isEqualTo(1);

    Wire.Reply again = wire.google("POST", "/v1/spaces?requestId=req-1", "{'spaceType':'SPACE','displayName':'Team room'}");
    assertThat(again.json().get("name").asText()).as("same requestId, same space").isEqualTo(name);
    Wire.Reply clash = wire.google("POST", "/v1/spaces", "{'spaceType':'SPACE','displayName':'Team room'}");
    assertThat(clash.status).isEqualTo(409);
    assertThat(clash.json().at("/error/status").asText()).isEqualTo("ALREADY_EXISTS");

    assertThat(wire.google("GET", "/v1/" + name).json().get("displayName").asText()).isEqualTo("Team room");
    Wire.Reply p = wire.google("PATCH", "/v1/" + name + "?updateMask=display_name,spaceDetails",
        "{'displayName':'Renamed','spaceDetails':{'description':'new'},'spaceHistoryState':'HISTORY_OFF'}");
    assertThat(p.status).as(p.toString()).isEqualTo(200);
    assertThat(p.json().get("displayName").asText()).isEqualTo("Renamed");
    assertThat(p.json().at("/spaceDetails/description").asText()).isEqualTo("new");
    assertThat(p.json().get("spaceHistoryState").asText()).as("not in the mask").isEqualTo("HISTORY_ON");
    assertThat(wire.google("PATCH", "/v1/" + name, "{'displayName':'x'}").status).as("mask required").isEqualTo(400);
    assertThat(wire.google("PATCH", "/v1/" + name + "?updateMask=name", "{'name':'x'}").status).isEqualTo(400);

    assertThat(wire.google("DELETE", "/v1/" + name).status).isEqualTo(200);
    Wire.Reply gone = wire.google("GET", "/v1/" + name);
    assertThat(gone.status).isEqualTo(404);
    assertThat(gone.json().at("/error/code").asInt()).isEqualTo(404);
    assertThat(gone.json().at("/error/status").asText()).isEqualTo("NOT_FOUND");
  }

  @Test
  void createValidatesLikeTheService() {
    Wire.Reply noType = wire.google("POST", "/v1/spaces", "{'displayName':'x'}");
    assertThat(noType.status).isEqualTo(400);
    assertThat(noType.json().at("/error/status").asText()).isEqualTo("INVALID_ARGUMENT");
    assertThat(noType.json().at("/error/details/0/fieldViolations/0/field").asText()).isEqualTo("space.spaceType");
    assertThat(wire.google("POST", "/v1/spaces", "{'spaceType':'SPACE'}").status).isEqualTo(400);
    Wire.Reply unknown = wire.google("POST", "/v1/spaces", "{'spaceType':'SPACE','displayName':'u','display_name':'x'}");
    assertThat(unknown.status).isEqualTo(400);
    assertThat(unknown.json().at("/error/message").asText()).contains("Unknown name \"display_name\"");
  }

  @Test
  void listFiltersAndPages() {
    for (int i = 0; i < 3; i++) {
      newSpace();
    }
    wire.google("POST", "/v1/spaces:setup", "{'space':{'spaceType':'GROUP_CHAT'},'memberships':["
        + "{'member':{'name':'users/1','type':'HUMAN'}},{'member':{'name':'users/2','type':'HUMAN'}}]}");
    List<String> names = new ArrayList<>();
    String token = null;
    int pages = 0;
    do {
      Wire.Reply r = wire.google("GET", "/v1/spaces?pageSize=2&filter=" + Wire.enc("spaceType = \"SPACE\"")
          + (token == null ? "" : "&pageToken=" + token));
      assertThat(r.status).as(r.toString()).isEqualTo(200);
      r.json().get("spaces").forEach(s -> {
        assertThat(s.get("spaceType").asText()).isEqualTo("SPACE");
        names.add(s.get("name").asText());
      });
      token = r.json().has("nextPageToken") ? r.json().get("nextPageToken").asText() : null;
      pages++;
    } while (token != null);
    assertThat(names).hasSizeGreaterThanOrEqualTo(3).doesNotHaveDuplicates();
    assertThat(pages).isGreaterThanOrEqualTo(2);
    Wire.Reply groups = wire.google("GET", "/v1/spaces?filter="
        + Wire.enc("space_type = \"GROUP_CHAT\" OR spaceType = \"DIRECT_MESSAGE\""));
    assertThat(groups.json().get("spaces")).isNotEmpty()
        .allSatisfy(s -> assertThat(s.get("spaceType").asText()).isIn("GROUP_CHAT", "DIRECT_MESSAGE"));
    assertThat(wire.google("GET", "/v1/spaces?filter=" + Wire.enc("displayName = \"x\"")).status).isEqualTo(400);
    Wire.Reply first = wire.google("GET", "/v1/spaces?pageSize=1");
    String t = first.json().get("nextPageToken").asText();
    assertThat(wire.google("GET", "/v1/spaces?pageSize=1&filter=" + Wire.enc("spaceType = \"SPACE\"") + "&pageToken=" + t)
        .status).as("token bound to its query").isEqualTo(400);
  }

  @Test
  void setupDirectMessageAndFindIt() {
    String user = "users/" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    String body = "{'space':{'spaceType':'DIRECT_MESSAGE'},'memberships':[{'member':{'name':'" + user + "','type':'HUMAN'}}]}";
    Wire.Reply dm = wire.google("POST", "/v1/spaces:setup", body);
    assertThat(dm.status).as(dm.toString()).isEqualTo(200);
    assertThat(dm.json().get("spaceType").asText()).isEqualTo("DIRECT_MESSAGE");
    assertThat(wire.google("POST", "/v1/spaces:setup", body).json().get("name")).as("existing DM returned")
        .isEqualTo(dm.json().get("name"));
    Wire.Reply found = wire.google("GET", "/v1/spaces:findDirectMessage?name=" + Wire.enc(user));
    assertThat(found.status).isEqualTo(200);
    assertThat(found.json().get("name")).isEqualTo(dm.json().get("name"));
    assertThat(wire.google("GET", "/v1/spaces:findDirectMessage?name=users/nobody").status).isEqualTo(404);
    assertThat(wire.google("GET", "/v1/spaces:findDirectMessage").status).isEqualTo(400);
  }

  @Test
  void importModeAndCompleteImport() {
    Wire.Reply s = wire.google("POST", "/v1/spaces", "{'spaceType':'SPACE','displayName':'Imported " + UUID.randomUUID()
        + "','importMode':true,'createTime':'2020-01-02T03:04:05Z'}");
    assertThat(s.status).isEqualTo(200);
    String name = s.json().get("name").asText();
    assertThat(s.json().get("importMode").asBoolean()).isTrue();
    assertThat(s.json().get("createTime").asText()).isEqualTo("2020-01-02T03:04:05Z");
    assertThat(s.json().get("importModeExpireTime").asText()).isNotEmpty();
    JsonNode old = post(name, "", "{'text':'from the past','createTime':'2020-02-01T00:00:00Z'}");
    assertThat(old.get("createTime").asText()).isEqualTo("2020-02-01T00:00:00Z");
    Wire.Reply done = wire.google("POST", "/v1/" + name + ":completeImport", "{}");
    assertThat(done.status).isEqualTo(200);
    assertThat(done.json().at("/space/importMode").isMissingNode()).isTrue();
    Wire.Reply twice = wire.google("POST", "/v1/" + name + ":completeImport", "{}");
    assertThat(twice.status).isEqualTo(400);
    assertThat(twice.json().at("/error/status").asText()).isEqualTo("FAILED_PRECONDITION");
  }

  @Test
  void memberships() {
    String space = newSpace();
    Wire.Reply c = wire.google("POST", "/v1/" + space + "/members", "{'member':{'name':'users/42','type':'HUMAN'}}");
    assertThat(c.status).isEqualTo(200);
    assertThat(c.json().get("name").asText()).isEqualTo(space + "/members/42");
    assertThat(c.json().get("role").asText()).isEqualTo("ROLE_MEMBER");
    assertThat(c.json().get("state").asText()).isEqualTo("JOINED");
    assertThat(wire.google("POST", "/v1/" + space + "/members", "{'member':{'name':'users/42','type':'HUMAN'}}").status)
        .isEqualTo(409);
    wire.google("POST", "/v1/" + space + "/members", "{'groupMember':{'name':'groups/g1'}}");
    Wire.Reply list = wire.google("GET", "/v1/" + space + "/members");
    assertThat(list.json().get("memberships")).hasSize(2);
    Wire.Reply withGroups = wire.google("GET", "/v1/" + space + "/members?showGroups=true");
    assertThat(withGroups.json().get("memberships")).hasSize(3);
    Wire.Reply managers = wire.google("GET", "/v1/" + space + "/members?filter=" + Wire.enc("role = \"ROLE_MANAGER\""));
    assertThat(managers.json().get("memberships")).hasSize(1);
    assertThat(managers.json().at("/memberships/0/member/name").asText()).isEqualTo(emulator.googleCallerName());
    assertThat(wire.google("GET", "/v1/" + space + "/members/42").json().at("/member/name").asText()).isEqualTo("users/42");
    assertThat(wire.google("GET", "/v1/" + space + "/members/users/42").status).as("users/ alias").isEqualTo(200);
    Wire.Reply del = wire.google("DELETE", "/v1/" + space + "/members/42");
    assertThat(del.status).isEqualTo(200);
    assertThat(del.json().get("name").asText()).isEqualTo(space + "/members/42");
    assertThat(wire.google("GET", "/v1/" + space + "/members/42").status).isEqualTo(404);
    assertThat(wire.google("POST", "/v1/" + space + "/members", "{'role':'ROLE_MEMBER'}").status).isEqualTo(400);
  }

  @Test
  void messagesWithThreadsRequestIdsAndClientIds() {
    String space = newSpace();
    JsonNode card = Wire.obj("{'cardsV2':[{'cardId':'c1','card':{'header':{'title':'Hello'}}}],'text':'with card'}");
    JsonNode root = post(space, "?requestId=r-1&messageReplyOption=REPLY_MESSAGE_FALLBACK_TO_NEW_THREAD",
        "{'text':'root','thread':{'threadKey':'topic-1'}}");
    String thread = root.at("/thread/name").asText();
    assertThat(thread).startsWith(space + "/threads/");
    assertThat(root.at("/thread/threadKey").asText()).isEqualTo("topic-1");
    assertThat(root.at("/sender/name").asText()).isEqualTo(emulator.googleCallerName());
    assertThat(root.at("/space/name").asText()).isEqualTo(space);
    assertThat(post(space, "?requestId=r-1", "{'text':'root'}").get("name")).as("idempotent").isEqualTo(root.get("name"));

    JsonNode reply = post(space, "?messageReplyOption=REPLY_MESSAGE_OR_FAIL", "{'text':'reply','thread':{'threadKey':'topic-1'}}");
    assertThat(reply.at("/thread/name").asText()).isEqualTo(thread);
    assertThat(reply.get("threadReply").asBoolean()).isTrue();
    JsonNode byName = post(space, "?messageReplyOption=REPLY_MESSAGE_OR_FAIL", "{'text':'r2','thread':{'name':'" + thread + "'}}");
    assertThat(byName.at("/thread/name").asText()).isEqualTo(thread);
    Wire.Reply fail = wire.google("POST", "/v1/" + space + "/messages?messageReplyOption=REPLY_MESSAGE_OR_FAIL",
        "{'text':'x','thread':{'threadKey':'unknown'}}");
    assertThat(fail.status).isEqualTo(404);
    JsonNode fresh = post(space, "", "{'text':'new thread','thread':{'threadKey':'topic-1'}}");
    assertThat(fresh.at("/thread/name").asText()).as("no reply option starts a new thread").isNotEqualTo(thread);

    JsonNode custom = post(space, "?messageId=client-my-id-1", card.toString());
    assertThat(custom.get("name").asText()).isEqualTo(space + "/messages/client-my-id-1");
    assertThat(custom.get("clientAssignedMessageId").asText()).isEqualTo("client-my-id-1");
    assertThat(custom.at("/cardsV2/0/card/header/title").asText()).isEqualTo("Hello");
    assertThat(wire.google("POST", "/v1/" + space + "/messages?messageId=client-my-id-1", "{'text':'again'}").status)
        .isEqualTo(409);
    assertThat(wire.google("POST", "/v1/" + space + "/messages?messageId=Bad_Id", "{'text':'x'}").status).isEqualTo(400);
    assertThat(wire.google("POST", "/v1/" + space + "/messages", "{}").status).as("empty message").isEqualTo(400);
    assertThat(wire.google("GET", "/v1/" + space + "/messages/client-my-id-1").json().get("text").asText())
        .isEqualTo("with card");

    Wire.Reply inThread = wire.google("GET", "/v1/" + space + "/messages?filter=" + Wire.enc("thread.name = " + thread));
    assertThat(inThread.json().get("messages")).hasSize(3);
    Wire.Reply newest = wire.google("GET", "/v1/" + space + "/messages?orderBy=" + Wire.enc("createTime desc") + "&pageSize=1");
    assertThat(newest.json().at("/messages/0/name").asText()).isEqualTo(custom.get("name").asText());
    assertThat(newest.json().has("nextPageToken")).isTrue();
    String after = root.get("createTime").asText();
    Wire.Reply later = wire.google("GET", "/v1/" + space + "/messages?filter=" + Wire.enc("createTime > \"" + after + "\""));
    assertThat(later.json().get("messages")).hasSize(4);

    Wire.Reply refuse = wire.google("DELETE", "/v1/" + root.get("name").asText());
    assertThat(refuse.status).as("root with replies needs force").isEqualTo(400);
    assertThat(wire.google("DELETE", "/v1/" + root.get("name").asText() + "?force=true").status).isEqualTo(200);
    assertThat(wire.google("GET", "/v1/" + reply.get("name").asText()).status).isEqualTo(404);
    assertThat(wire.google("GET", "/v1/" + space + "/messages?showDeleted=true").json().get("messages")).hasSize(5);
  }

  @Test
  void patchAndUpdateHonourTheMask() {
    String space = newSpace();
    JsonNode m = post(space, "", "{'text':'v1','cardsV2':[{'cardId':'a','card':{'header':{'title':'T'}}}]}");
    String name = m.get("name").asText();
    Wire.Reply p = wire.google("PATCH", "/v1/" + name + "?updateMask=text", "{'text':'v2','cardsV2':[]}");
    assertThat(p.status).isEqualTo(200);
    assertThat(p.json().get("text").asText()).isEqualTo("v2");
    assertThat(p.json().get("cardsV2")).as("not in the mask").hasSize(1);
    assertThat(p.json().get("lastUpdateTime").asText()).isNotEmpty();
    Wire.Reply u = wire.google("PUT", "/v1/" + name + "?updateMask=cards_v2", "{'cardsV2':[]}");
    assertThat(u.status).isEqualTo(200);
    assertThat(u.json().has("cardsV2")).isFalse();
    assertThat(wire.google("PATCH", "/v1/" + name, "{'text':'x'}").status).isEqualTo(400);
    assertThat(wire.google("PATCH", "/v1/" + name + "?updateMask=sender", "{'text':'x'}").status).isEqualTo(400);
    Wire.Reply star = wire.google("PATCH", "/v1/" + name + "?updateMask=*", "{'text':'all'}");
    assertThat(star.json().get("text").asText()).isEqualTo("all");
    Wire.Reply upsert = wire.google("PATCH", "/v1/" + space + "/messages/client-upsert?updateMask=text&allowMissing=true",
        "{'text':'created by patch'}");
    assertThat(upsert.status).isEqualTo(200);
    assertThat(upsert.json().get("clientAssignedMessageId").asText()).isEqualTo("client-upsert");
    assertThat(wire.google("PATCH", "/v1/" + space + "/messages/missing.one?updateMask=text", "{'text':'x'}").status)
        .isEqualTo(404);
  }

  @Test
  void reactions() {
    String space = newSpace();
    String msg = post(space, "", "{'text':'react'}").get("name").asText();
    Wire.Reply r = wire.google("POST", "/v1/" + msg + "/reactions", "{'emoji':{'unicode':'\uD83D\uDE42'}}");
    assertThat(r.status).as(r.toString()).isEqualTo(200);
    String reaction = r.json().get("name").asText();
    assertThat(reaction).startsWith(msg + "/reactions/");
    assertThat(r.json().at("/user/name").asText()).isEqualTo(emulator.googleCallerName());
    assertThat(wire.google("POST", "/v1/" + msg + "/reactions", "{'emoji':{'unicode':'\uD83D\uDE42'}}").status).isEqualTo(409);
    wire.google("POST", "/v1/" + msg + "/reactions", "{'emoji':{'unicode':'\uD83D\uDC4D'}}");
    assertThat(wire.google("GET", "/v1/" + msg).json().get("emojiReactionSummaries")).hasSize(2);
    Wire.Reply all = wire.google("GET", "/v1/" + msg + "/reactions");
    assertThat(all.json().get("reactions")).hasSize(2);
    Wire.Reply filtered = wire.google("GET", "/v1/" + msg + "/reactions?filter="
        + Wire.enc("emoji.unicode = \"\uD83D\uDC4D\" AND user.name = \"" + emulator.googleCallerName() + "\""));
    assertThat(filtered.json().get("reactions")).hasSize(1);
    assertThat(wire.google("DELETE", "/v1/" + reaction).status).isEqualTo(200);
    assertThat(wire.google("DELETE", "/v1/" + reaction).status).isEqualTo(404);
    assertThat(wire.google("GET", "/v1/" + msg + "/reactions").json().get("reactions")).hasSize(1);
    assertThat(wire.google("POST", "/v1/" + msg + "/reactions", "{}").status).isEqualTo(400);
  }

  @Test
  void mediaUploadAttachAndDownload() {
    String space = newSpace();
    byte[] content = "report contents".getBytes(StandardCharsets.UTF_8);
    Wire.Reply up = wire.googleUpload(space, "report.txt", "text/plain", content);
    assertThat(up.status).as(up.toString()).isEqualTo(200);
    JsonNode ref = up.json().get("attachmentDataRef");
    String resource = ref.get("resourceName").asText();
    assertThat(ref.get("attachmentUploadToken").asText()).isNotEmpty();
    JsonNode msg = post(space, "", "{'text':'see file','attachment':[{'attachmentDataRef':" + ref.toString().replace('"', '\'') + "}]}");
    JsonNode att = msg.at("/attachment/0");
    assertThat(att.get("contentName").asText()).isEqualTo("report.txt");
    assertThat(att.get("contentType").asText()).isEqualTo("text/plain");
    assertThat(att.get("source").asText()).isEqualTo("UPLOADED_CONTENT");
    Wire.Reply got = wire.google("GET", "/v1/" + att.get("name").asText());
    assertThat(got.status).isEqualTo(200);
    assertThat(got.json().at("/attachmentDataRef/resourceName").asText()).isEqualTo(resource);
    Wire.Reply download = wire.google("GET", "/v1/media/" + resource + "?alt=media");
    assertThat(download.status).isEqualTo(200);
    assertThat(download.body).isEqualTo(content);
    assertThat(download.header("Content-Type")).isEqualTo("text/plain");
    assertThat(wire.google("GET", "/v1/media/" + resource).json().get("resourceName").asText()).isEqualTo(resource);
    assertThat(wire.google("GET", "/v1/media/nothing?alt=media").status).isEqualTo(404);
    assertThat(wire.google("POST", "/v1/" + space + "/messages",
        "{'attachment':[{'attachmentDataRef':{'resourceName':'forged'}}]}").status).isEqualTo(400);
    assertThat(wire.google("GET", "/v1/" + msg.get("name").asText() + "/attachments/none").status).isEqualTo(404);
  }

  @Test
  void authFailuresUseGoogleErrorFormat() {
    Wire.Reply none = wire.googleWith(null, "GET", "/v1/spaces", null);
    assertThat(none.status).isEqualTo(401);
    assertThat(none.json().at("/error/code").asInt()).isEqualTo(401);
    assertThat(none.json().at("/error/status").asText()).isEqualTo("UNAUTHENTICATED");
    assertThat(none.header("WWW-Authenticate")).startsWith("Bearer");
    assertThat(wire.googleWith("Bearer ", "GET", "/v1/spaces", null).status).isEqualTo(401);
    assertThat(wire.googleWith("Basic abc", "GET", "/v1/spaces", null).status).isEqualTo(401);
    Wire.Reply wrong = wire.googleWith("Bearer other-token", "GET", "/v1/spaces", null);
    assertThat(wrong.status).isEqualTo(401);
    assertThat(wrong.text()).doesNotContain("other-token");
    assertThat(wire.googleWith("Bearer good-token", "GET", "/v1/spaces", null).status).isEqualTo(200);
  }

  @Test
  @SuppressWarnings("try") // closes inside try-with-resources on purpose: close() must be idempotent
  void anyNonEmptyTokenIsAcceptedByDefault() {
    try (ChatEmulator open = ChatEmulator.start()) {
      Wire w = new Wire(open);
      assertThat(w.googleWith("Bearer whatever", "GET", "/v1/spaces", null).status).isEqualTo(200);
      assertThat(w.googleWith(null, "GET", "/v1/spaces", null).status).isEqualTo(401);
      open.close();
      assertThatThrownBy(() -> w.googleWith("Bearer x", "GET", "/v1/spaces", null))
          .as("closed servers refuse connections").isInstanceOf(java.io.UncheckedIOException.class);
    }
  }
}
