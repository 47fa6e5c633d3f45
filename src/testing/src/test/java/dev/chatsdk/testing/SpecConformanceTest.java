package dev.chatsdk.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Drives every emulated operation over the wire and checks each JSON answer against the response
 * schema of its operation in {@code ../shared/specs} (skipped when the specs are not there).
 */
class SpecConformanceTest {
  private static final Set<String> STREAM_OPERATIONS = new TreeSet<>(List.of("DeleteFile", "DeleteImage",
      "DeleteMessage", "DeleteReaction", "Flag", "GetManyMessages", "GetMessage", "GetOG", "GetReactions",
      "GetReplies", "MarkChannelsRead", "MarkRead", "MarkUnread", "QueryMessageFlags", "RunMessageAction", "Search",
      "SendMessage", "SendReaction", "TranslateMessage", "Unflag", "UpdateMessage", "UpdateMessagePartial",
      "UploadFile", "UploadImage"));
  private static final Set<String> GOOGLE_METHODS = new TreeSet<>(List.of("spaces.create", "spaces.setup",
      "spaces.get", "spaces.patch", "spaces.delete", "spaces.list", "spaces.findDirectMessage",
      "spaces.completeImport", "spaces.members.create", "spaces.members.list", "spaces.members.get",
      "spaces.members.delete", "spaces.messages.create", "spaces.messages.list", "spaces.messages.get",
      "spaces.messages.patch", "spaces.messages.update", "spaces.messages.delete",
      "spaces.messages.attachments.get", "spaces.messages.reactions.create", "spaces.messages.reactions.list",
      "spaces.messages.reactions.delete", "media.upload", "media.download"));

  /** Operations answered with a 2xx by any test of this class, per service. */
  private static final Set<String> STREAM_COVERED = java.util.concurrent.ConcurrentHashMap.newKeySet();
  private static final Set<String> GOOGLE_COVERED = java.util.concurrent.ConcurrentHashMap.newKeySet();
  private static final List<String> PROBLEMS = new java.util.concurrent.CopyOnWriteArrayList<>();

  private static Path specs() {
    Path dir = Paths.get(System.getProperty("chatsdk.root", "."), "..", "shared", "specs").normalize();
    Assumptions.assumeTrue(Files.isDirectory(dir), "skipped: " + dir + " not found (specs live outside the repo)");
    return dir;
  }

  private static void recordInto(SpecSchemas spec, Wire.Reply reply, Set<String> covered, List<String> problems) {
    SpecSchemas.Operation op = spec.find(reply.method, reply.path);
    if (op == null) {
      if (!reply.path.startsWith("/uploads/")) {
        problems.add("no spec operation for " + reply.method + " " + reply.path);
      }
      return;
    }
    String type = reply.header("Content-Type");
    if (reply.status < 300) {
      covered.add(op.id);
    }
    if (type == null || !type.startsWith("application/json") || op.responses.isEmpty()) {
      return;
    }
    if (reply.status >= 300 && !op.responses.containsKey(Integer.toString(reply.status))) {
      return;
    }
    for (String p : spec.check(op, reply.status, reply.json())) {
      problems.add(op.id + " " + reply.status + " " + p);
    }
  }

  @Test
  void streamResponsesMatchTheOpenApiSchemas() throws Exception {
    SpecSchemas spec = SpecSchemas.stream(specs().resolve("stream-chat-openapi.yaml"));
    Set<String> covered = STREAM_COVERED;
    List<String> problems = new ArrayList<>();
    try (ChatEmulator emulator = ChatEmulator.start()) {
      Wire w = new Wire(emulator).onReply(r -> recordInto(spec, r, covered, problems));
      String ch = "/channels/messaging/spec";
      JsonNode root = w.stream("POST", ch + "/message",
          "{'message':{'text':'hello spec','user_id':'ann','attachments':[{'type':'image','image_url':'https://example.com/a.png'}],"
              + "'mentioned_users':['bob'],'custom_field':'x'}}").json().get("message");
      String id = root.get("id").asText();
      w.stream("POST", ch + "/message", "{'message':{'text':'reply','parent_id':'" + id + "','user_id':'bob',"
          + "'quoted_message_id':'" + id + "'}}");
      String giphy = w.stream("POST", ch + "/message", "{'message':{'text':'/giphy dogs','user_id':'ann'}}")
          .json().at("/message/id").asText();
      w.stream("POST", "/messages/" + giphy + "/action", "{'form_data':{'image_action':'send'},'user_id':'ann'}");
      w.stream("GET", "/messages/" + id);
      w.stream("GET", ch + "/messages?ids=" + id + "," + giphy);
      w.stream("POST", "/messages/" + id, "{'message':{'text':'edited','user_id':'ann'}}");
      w.stream("PUT", "/messages/" + id, "{'set':{'pinned':true,'color':'red'},'unset':[],'user_id':'ann'}");
      w.stream("POST", "/messages/" + id + "/reaction", "{'reaction':{'type':'like','user_id':'bob'}}");
      w.streamAs("bob", "GET", "/messages/" + id, null);
      w.stream("GET", "/messages/" + id + "/reactions");
      w.stream("GET", "/messages/" + id + "/replies");
      w.stream("POST", "/messages/" + id + "/translate", "{'language':'de'}");
      w.stream("POST", "/moderation/flag", "{'target_message_id':'" + id + "','user_id':'mod'}");
      w.stream("GET", "/moderation/flags/message?payload=" + Wire.enc("{\"filter_conditions\":{}}"));
      w.stream("POST", "/moderation/unflag", "{'target_message_id':'" + id + "','user_id':'mod'}");
      w.stream("POST", "/moderation/flag", "{'target_user_id':'ann','user_id':'mod'}");
      w.stream("POST", ch + "/read", "{'user_id':'bob'}");
      w.stream("POST", ch + "/unread", "{'message_id':'" + id + "','user_id':'bob'}");
      w.stream("POST", "/channels/read", "{'user_id':'bob'}");
      w.stream("GET", "/search?payload=" + Wire.enc("{\"filter_conditions\":{\"type\":\"messaging\"},\"query\":\"e\",\"limit\":1}"));
      w.stream("GET", "/og?url=" + Wire.enc("https://example.com/x"));
      String file = w.streamMultipart(ch + "/file", List.<String[]>of(new String[] {"user", "{\"id\":\"ann\"}"}),
          "a.txt", "text/plain", "abc".getBytes(StandardCharsets.UTF_8)).json().get("file").asText();
      w.streamRaw("GET", file, java.util.Map.of());
      String image = w.streamMultipart(ch + "/image", List.<String[]>of(new String[] {"user", "{\"id\":\"ann\"}"},
          new String[] {"upload_sizes", "[{\"width\":10,\"height\":10}]"}), "a.png", "image/png", new byte[] {1, 2})
          .json().get("file").asText();
      w.stream("DELETE", ch + "/file?url=" + Wire.enc(file));
      w.stream("DELETE", ch + "/image?url=" + Wire.enc(image));
      w.stream("DELETE", "/messages/" + id + "/reaction/like?user_id=bob");
      w.stream("DELETE", "/messages/" + id);
      w.stream("DELETE", "/messages/" + giphy + "?hard=true");
      // error answers follow APIError too
      w.stream("POST", "/messages/" + id + "/translate", "{}");
      emulator.stream().failNext(429, Duration.ofSeconds(1));
      w.stream("GET", "/og?url=" + Wire.enc("https://example.com/x"));
    }
    assertThat(problems).isEmpty();
    assertThat(covered).containsAll(STREAM_OPERATIONS);
  }

  @Test
  void googleResponsesMatchTheDiscoverySchemas() throws Exception {
    SpecSchemas spec = SpecSchemas.googleDiscovery(specs().resolve("google-chat-v1-discovery.json"));
    Set<String> covered = GOOGLE_COVERED;
    List<String> problems = new ArrayList<>();
    try (ChatEmulator emulator = ChatEmulator.start()) {
      Wire w = new Wire(emulator).onReply(r -> recordInto(spec, r, covered, problems));
      String space = w.google("POST", "/v1/spaces?requestId=x",
          "{'spaceType':'SPACE','displayName':'Spec','spaceDetails':{'description':'d'}}").json().get("name").asText();
      w.google("GET", "/v1/" + space);
      w.google("PATCH", "/v1/" + space + "?updateMask=displayName", "{'displayName':'Spec 2'}");
      w.google("GET", "/v1/spaces?pageSize=1");
      w.google("POST", "/v1/spaces:setup",
          "{'space':{'spaceType':'DIRECT_MESSAGE'},'memberships':[{'member':{'name':'users/7','type':'HUMAN'}}]}");
      w.google("GET", "/v1/spaces:findDirectMessage?name=users/7");
      String imported = w.google("POST", "/v1/spaces", "{'spaceType':'SPACE','displayName':'Imp','importMode':true}")
          .json().get("name").asText();
      w.google("POST", "/v1/" + imported + ":completeImport", "{}");
      w.google("POST", "/v1/" + space + "/members", "{'member':{'name':'users/9','type':'HUMAN'},'role':'ROLE_MANAGER'}");
      w.google("POST", "/v1/" + space + "/members", "{'groupMember':{'name':'groups/5'}}");
      w.google("GET", "/v1/" + space + "/members?showGroups=true");
      w.google("GET", "/v1/" + space + "/members/9");
      JsonNode ref = w.googleUpload(space, "f.png", "image/png", new byte[] {1, 2, 3}).json().get("attachmentDataRef");
      String msg = w.google("POST", "/v1/" + space + "/messages?messageReplyOption=REPLY_MESSAGE_FALLBACK_TO_NEW_THREAD",
          "{'text':'hi','thread':{'threadKey':'k'},'cardsV2':[{'cardId':'c','card':{'header':{'title':'T'},"
              + "'sections':[{'widgets':[{'textParagraph':{'text':'p'}},{'buttonList':{'buttons':[{'text':'Open',"
              + "'onClick':{'openLink':{'url':'https://example.com'}}}]}}]}]}}],"
              + "'attachment':[{'attachmentDataRef':" + ref.toString().replace('"', '\'') + "}]}")
          .json().get("name").asText();
      w.google("POST", "/v1/" + space + "/messages?messageReplyOption=REPLY_MESSAGE_OR_FAIL",
          "{'text':'reply','thread':{'threadKey':'k'}}");
      w.google("GET", "/v1/" + space + "/messages");
      JsonNode full = w.google("GET", "/v1/" + msg).json();
      w.google("GET", "/v1/" + full.at("/attachment/0/name").asText());
      w.google("GET", "/v1/media/" + ref.get("resourceName").asText() + "?alt=media");
      w.google("PATCH", "/v1/" + msg + "?updateMask=text", "{'text':'patched'}");
      w.google("PUT", "/v1/" + msg + "?updateMask=text", "{'text':'updated'}");
      String reaction = w.google("POST", "/v1/" + msg + "/reactions", "{'emoji':{'unicode':'x'}}").json().get("name").asText();
      w.google("GET", "/v1/" + msg + "/reactions");
      w.google("GET", "/v1/" + msg);
      w.google("DELETE", "/v1/" + reaction);
      w.google("DELETE", "/v1/" + msg + "?force=true");
      w.google("DELETE", "/v1/" + space + "/members/9");
      w.google("DELETE", "/v1/" + space);
    }
    assertThat(problems).isEmpty();
    assertThat(covered).containsAll(GOOGLE_METHODS);
  }

  @Test
  void streamChannelsUsersModerationEventsAndTasksMatchTheSchemas() throws Exception {
    SpecSchemas spec = SpecSchemas.stream(specs().resolve("stream-chat-openapi.yaml"));
    List<String> problems = new ArrayList<>();
    try (ChatEmulator emulator = ChatEmulator.start()) {
      Wire w = new Wire(emulator).onReply(r -> recordInto(spec, r, STREAM_COVERED, problems));
      w.stream("POST", "/users", "{'users':{'ann':{'id':'ann','name':'Ann','role':'user'},'bob':{'id':'bob'},"
          + "'cy':{'id':'cy'}}}");
      assertThat(w.stream("PATCH", "/users", "{'id':'ann','set':{'name':'Ann B'},'unset':[]}")
          .json().at("/users/ann/name").asText()).isEqualTo("Ann B");
      JsonNode state = w.stream("POST", "/channels/messaging/general/query",
          "{'data':{'created_by_id':'ann','name':'General','members':['ann','bob']}}").json();
      assertThat(state.at("/channel/name").asText()).isEqualTo("General");
      assertThat(state.get("members")).hasSize(2);
      w.stream("POST", "/channels/messaging/query", "{'data':{'created_by_id':'ann','members':['ann','cy']}}");
      w.stream("POST", "/channels/messaging/general/message", "{'message':{'text':'hi','user_id':'ann'}}");
      w.stream("POST", "/channels/messaging/general", "{'add_members':['cy'],'remove_members':[],'add_moderators':['bob'],"
          + "'demote_moderators':[],'data':{'name':'General 2'}}");
      w.stream("PATCH", "/channels/messaging/general", "{'set':{'topic':'news'},'unset':['name']}");
      JsonNode members = w.stream("GET", "/members?payload=" + Wire.enc("{\"type\":\"messaging\",\"id\":\"general\","
          + "\"filter_conditions\":{\"channel_role\":\"channel_moderator\"}}")).json();
      assertThat(members.at("/members/0/user_id").asText()).isEqualTo("bob");
      JsonNode query = w.stream("POST", "/channels", "{'filter_conditions':{'members':{'$in':['cy']}},"
          + "'sort':[{'field':'created_at','direction':1}],'user_id':'cy'}").json();
      assertThat(query.get("channels")).hasSize(2);
      w.stream("POST", "/channels/messaging/general/hide", "{'user_id':'cy'}");
      assertThat(w.stream("POST", "/channels", "{'filter_conditions':{'members':{'$in':['cy']}},'sort':[],"
          + "'user_id':'cy'}").json().get("channels")).hasSize(1);
      w.stream("POST", "/channels/messaging/general/show", "{'user_id':'cy'}");
      w.stream("POST", "/channels/messaging/general/event", "{'event':{'type':'typing.start','user_id':'ann'}}");
      w.stream("POST", "/users/bob/event", "{'event':{'type':'friend_request'}}");
      w.stream("POST", "/moderation/ban", "{'target_user_id':'cy','banned_by_id':'ann','type':'messaging','id':'general',"
          + "'reason':'spam','timeout':60}");
      assertThat(w.stream("POST", "/channels/messaging/general/message", "{'message':{'text':'x','user_id':'cy'}}")
          .status).isEqualTo(403);
      assertThat(w.stream("GET", "/query_banned_users?payload=" + Wire.enc("{\"filter_conditions\":"
          + "{\"channel_cid\":\"messaging:general\"}}")).json().get("bans")).hasSize(1);
      w.stream("DELETE", "/moderation/ban?target_user_id=cy&type=messaging&id=general");
      w.stream("POST", "/moderation/mute", "{'target_ids':['bob'],'user_id':'ann','timeout':5}");
      w.stream("POST", "/moderation/unmute", "{'target_ids':['bob'],'user_id':'ann'}");
      w.stream("POST", "/moderation/mute/channel", "{'channel_cids':['messaging:general'],'user_id':'ann'}");
      w.stream("POST", "/moderation/unmute/channel", "{'channel_cids':['messaging:general'],'user_id':'ann'}");
      w.stream("POST", "/channels/messaging/general/truncate", "{'user_id':'ann'}");
      w.stream("POST", "/users/bob/deactivate", "{}");
      w.stream("POST", "/users/bob/reactivate", "{}");
      w.stream("POST", "/users/deactivate", "{'user_ids':['cy']}");
      w.stream("POST", "/users/reactivate", "{'user_ids':['cy']}");
      w.stream("GET", "/users?payload=" + Wire.enc("{\"filter_conditions\":{\"id\":{\"$in\":[\"ann\",\"bob\"]}}}"));
      w.stream("DELETE", "/users/cy");
      w.stream("POST", "/users/restore", "{'user_ids':['cy']}");
      w.stream("POST", "/users/delete", "{'user_ids':['cy'],'user':'hard'}");
      String task = w.stream("POST", "/channels/delete", "{'cids':['messaging:general'],'hard_delete':true}")
          .json().get("task_id").asText();
      assertThat(w.stream("GET", "/tasks/" + task).json().get("status").asText()).isEqualTo("completed");
      w.stream("POST", "/channels/messaging/other/query", "{'data':{'created_by_id':'ann'}}");
      w.stream("DELETE", "/channels/messaging/other");
      w.stream("POST", "/channels/messaging/other/stop-watching", "{}");
      for (String get : new String[] {"/rate_limits", "/roles", "/commands", "/push_providers", "/blocklists",
          "/devices?user_id=ann", "/imports", "/segments", "/campaigns", "/recipients"}) {
        w.stream("GET", get);
      }
      w.stream("POST", "/sync", "{'channel_cids':[],'last_sync_at':'2024-01-01T00:00:00Z'}");
      w.stream("POST", "/devices", "{'id':'token-1','push_provider':'firebase','user_id':'ann'}");
      assertThat(w.stream("GET", "/devices?user_id=ann").json().get("devices")).hasSize(1);
      w.stream("DELETE", "/devices?id=token-1&user_id=ann");
      assertThat(w.stream("GET", "/devices?user_id=ann").json().get("devices")).isEmpty();
      JsonNode notEmulated = w.stream("GET", "/app").json();
      assertThat(notEmulated.get("StatusCode").asInt()).isEqualTo(501);
      assertThat(notEmulated.get("message").asText()).contains("GetApp").contains("stub(\"GetApp\"");
    }
    assertThat(problems).isEmpty();
  }

  @org.junit.jupiter.api.AfterAll
  static void everyEmulatedOperationWasChecked() {
    if (!Files.isDirectory(Paths.get(System.getProperty("chatsdk.root", "."), "..", "shared", "specs").normalize())
        || STREAM_COVERED.isEmpty() || GOOGLE_COVERED.isEmpty()) {
      return; // skipped, or run one test at a time
    }
    try (ChatEmulator emulator = ChatEmulator.start()) {
      Set<String> stream = new TreeSet<>();
      emulator.stream().coverage().forEach((op, s) -> {
        if (s != OperationSupport.STUB_NEEDED && !STREAM_COVERED.contains(op)) {
          stream.add(op);
        }
      });
      Set<String> google = new TreeSet<>();
      emulator.googleChat().coverage().forEach((op, s) -> {
        if (s != OperationSupport.STUB_NEEDED && !GOOGLE_COVERED.contains(op)) {
          google.add(op);
        }
      });
      assertThat(stream).as("emulated Stream operations no conformance test answered with a 2xx").isEmpty();
      assertThat(google).as("emulated Google methods no conformance test answered with a 2xx").isEmpty();
    }
  }

  @Test
  void googlePinsEventsReadStatesEmojisAndSearchMatchTheSchemas() throws Exception {
    SpecSchemas spec = SpecSchemas.googleDiscovery(specs().resolve("google-chat-v1-discovery.json"));
    List<String> problems = new ArrayList<>();
    try (ChatEmulator emulator = ChatEmulator.start()) {
      Wire w = new Wire(emulator).onReply(r -> recordInto(spec, r, GOOGLE_COVERED, problems));
      String space = w.google("POST", "/v1/spaces", "{'spaceType':'SPACE','displayName':'Release planning'}")
          .json().get("name").asText();
      String member = w.google("POST", "/v1/" + space + "/members", "{'member':{'name':'users/9','type':'HUMAN'}}")
          .json().get("name").asText();
      assertThat(w.google("PATCH", "/v1/" + member + "?updateMask=role", "{'role':'ROLE_MANAGER'}")
          .json().get("role").asText()).isEqualTo("ROLE_MANAGER");
      String msg = w.google("POST", "/v1/" + space + "/messages", "{'text':'Release notes are ready'}")
          .json().get("name").asText();
      w.google("POST", "/v1/" + space + "/messages", "{'text':'lunch?'}");
      String pin = w.google("POST", "/v1/" + space + "/messagePins", "{'message':'" + msg + "'}").json().get("name").asText();
      assertThat(w.google("GET", "/v1/" + space + "/messagePins").json().get("messagePins")).hasSize(1);
      w.google("DELETE", "/v1/" + pin);
      JsonNode events = w.google("GET", "/v1/" + space + "/spaceEvents?filter=" + Wire.enc(
          "event_types:\"google.workspace.chat.message.v1.created\" OR "
              + "event_types:\"google.workspace.chat.membership.v1.updated\"")).json();
      assertThat(events.get("spaceEvents")).hasSize(3);
      w.google("GET", "/v1/" + events.at("/spaceEvents/0/name").asText());
      String me = "/v1/users/me/" + space;
      w.google("PATCH", me + "/spaceReadState?updateMask=lastReadTime", "{'lastReadTime':'2030-01-01T00:00:00Z'}");
      assertThat(w.google("GET", me + "/spaceReadState").json().get("lastReadTime").asText()).startsWith("2030-01-01");
      w.google("GET", me + "/threads/t1/threadReadState");
      w.google("PATCH", me + "/spaceNotificationSetting?updateMask=muteSetting", "{'muteSetting':'MUTED'}");
      assertThat(w.google("GET", me + "/spaceNotificationSetting").json().get("muteSetting").asText()).isEqualTo("MUTED");
      String group = w.google("POST", "/v1/spaces:setup", "{'space':{'spaceType':'GROUP_CHAT'},'memberships':["
          + "{'member':{'name':'users/7','type':'HUMAN'}},{'member':{'name':'users/8','type':'HUMAN'}}]}")
          .json().get("name").asText();
      assertThat(w.google("GET", "/v1/spaces:findGroupChats?users=users/7&users=users/8").json().at("/spaces/0/name")
          .asText()).isEqualTo(group);
      String emoji = w.google("POST", "/v1/customEmojis", "{'emojiName':':party-parrot:','payload':{'fileContent':'AAEC',"
          + "'filename':'parrot.png'}}").json().get("name").asText();
      w.google("GET", "/v1/" + emoji);
      w.google("GET", "/v1/customEmojis");
      w.google("DELETE", "/v1/" + emoji);
      assertThat(w.google("GET", "/v1/spaces:search?query=" + Wire.enc("display_name:\"plan\" AND space_type = \"SPACE\""))
          .json().get("totalSize").asInt()).isEqualTo(1);
      assertThat(w.google("POST", "/v1/" + space + "/messages:search", "{\"filter\":\"text:\\\"releas\\\"\"}")
          .json().get("results")).hasSize(1);
      JsonNode notEmulated = w.google("GET", "/v1/users/me/sections").json();
      assertThat(notEmulated.at("/error/code").asInt()).isEqualTo(501);
      assertThat(notEmulated.at("/error/message").asText()).contains("users.sections.list");
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void theCheckReportsBrokenResponses() throws Exception {
    SpecSchemas stream = SpecSchemas.stream(specs().resolve("stream-chat-openapi.yaml"));
    SpecSchemas.Operation send = stream.find("POST", "/channels/messaging/x/message");
    assertThat(send.id).isEqualTo("SendMessage");
    JsonNode broken = Wire.obj("{'message':{'id':5,'text':'t','created_at':'yesterday'}}");
    assertThat(String.join("\n", stream.check(send, 201, broken)))
        .contains("required field 'duration' is missing")
        .contains("$.message.id: expected a string")
        .contains("'yesterday' is not an RFC 3339 date-time")
        .contains("required field 'reply_count' is missing");
    assertThat(stream.check(send, 200, broken)).anyMatch(p -> p.contains("no JSON response for status 200"));

    SpecSchemas google = SpecSchemas.googleDiscovery(specs().resolve("google-chat-v1-discovery.json"));
    SpecSchemas.Operation get = google.find("GET", "/v1/spaces/AAA");
    assertThat(get.id).isEqualTo("spaces.get");
    assertThat(google.find("GET", "/v1/spaces:findDirectMessage").id).isEqualTo("spaces.findDirectMessage");
    assertThat(google.check(get, 200, Wire.obj("{'name':'spaces/AAA','display_name':'x','threaded':'yes'}")))
        .anyMatch(p -> p.contains("'display_name' is not in the schema"))
        .anyMatch(p -> p.contains("$.threaded: expected a boolean"));
  }
}
