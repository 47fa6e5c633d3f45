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
    Set<String> covered = new TreeSet<>();
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
    Set<String> covered = new TreeSet<>();
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
