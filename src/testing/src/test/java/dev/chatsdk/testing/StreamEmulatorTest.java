package dev.chatsdk.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class StreamEmulatorTest {
  private static ChatEmulator emulator;
  private static Wire wire;

  @BeforeAll
  static void start() {
    emulator = ChatEmulator.builder().streamCredentials("test-key", "test-secret-0123456789").start();
    wire = new Wire(emulator);
  }

  @AfterAll
  static void stop() {
    emulator.close();
  }

  private static String channel() {
    return "c-" + UUID.randomUUID().toString().substring(0, 8);
  }

  private static JsonNode send(String ch, String body) {
    Wire.Reply r = wire.stream("POST", "/channels/messaging/" + ch + "/message", body);
    assertThat(r.status).as(r.toString()).isEqualTo(201);
    return r.json().get("message");
  }

  @Test
  void sendMessageGeneratesIdAndFillsRequiredFields() {
    String ch = channel();
    Wire.Reply r = wire.stream("POST", "/channels/messaging/" + ch + "/message",
        "{'message':{'text':'hello <world>','user_id':'alice','color':'blue','attachments':[]}}");
    assertThat(r.status).isEqualTo(201);
    JsonNode body = r.json();
    assertThat(body.get("duration").asText()).endsWith("ms");
    JsonNode m = body.get("message");
    assertThat(m.get("id").asText()).isNotEmpty();
    assertThat(m.get("text").asText()).isEqualTo("hello <world>");
    assertThat(m.get("html").asText()).isEqualTo("<p>hello &lt;world&gt;</p>\n");
    assertThat(m.get("type").asText()).isEqualTo("regular");
    assertThat(m.get("cid").asText()).isEqualTo("messaging:" + ch);
    assertThat(m.get("user").get("id").asText()).isEqualTo("alice");
    assertThat(m.get("color").asText()).as("custom field kept at top level").isEqualTo("blue");
    assertThat(m.get("reply_count").asInt()).isZero();
    assertThat(m.get("reaction_counts").size()).isZero();
    assertThat(Instant.parse(m.get("created_at").asText())).isBeforeOrEqualTo(Instant.now());
    assertThat(r.header("X-RateLimit-Limit")).isEqualTo("1000");
    assertThat(emulator.stream().messageCount("messaging", ch)).isEqualTo(1);
  }

  @Test
  void clientSetIdIsKeptAndDuplicatesAreRejected() {
    String ch = channel();
    String id = "my-id-" + UUID.randomUUID();
    assertThat(send(ch, "{'message':{'id':'" + id + "','text':'a','user_id':'bob'}}").get("id").asText()).isEqualTo(id);
    Wire.Reply dup = wire.stream("POST", "/channels/messaging/" + ch + "/message",
        "{'message':{'id':'" + id + "','text':'b','user_id':'bob'}}");
    assertThat(dup.status).isEqualTo(400);
    assertThat(dup.json().get("code").asInt()).isEqualTo(4);
    assertThat(dup.json().get("message").asText()).startsWith("SendMessage failed with error").contains("already exists");
    assertThat(dup.json().get("StatusCode").asInt()).isEqualTo(400);
  }

  @Test
  void serverSideSendNeedsAUser() {
    Wire.Reply r = wire.stream("POST", "/channels/messaging/" + channel() + "/message", "{'message':{'text':'x'}}");
    assertThat(r.status).isEqualTo(400);
    assertThat(r.json().get("exception_fields").has("message")).isTrue();
    Wire.Reply missing = wire.stream("POST", "/channels/messaging/" + channel() + "/message", "{}");
    assertThat(missing.status).isEqualTo(400);
    assertThat(missing.json().get("message").asText()).contains("message is a required field");
  }

  @Test
  void userTokenActsAsItsUser() {
    String ch = channel();
    Wire.Reply r = wire.streamAs("carol", "POST", "/channels/messaging/" + ch + "/message", "{'message':{'text':'hi'}}");
    assertThat(r.status).isEqualTo(201);
    assertThat(r.json().at("/message/user/id").asText()).isEqualTo("carol");
    String id = r.json().at("/message/id").asText();
    Wire.Reply forbidden = wire.streamAs("dave", "PUT", "/messages/" + id, "{'set':{'text':'hacked'},'unset':[]}");
    assertThat(forbidden.status).isEqualTo(403);
    assertThat(forbidden.json().get("code").asInt()).isEqualTo(17);
  }

  @Test
  void getMessageAndGetManyMessages() {
    String ch = channel();
    String a = send(ch, "{'message':{'text':'one','user_id':'u'}}").get("id").asText();
    String b = send(ch, "{'message':{'text':'two','user_id':'u'}}").get("id").asText();
    Wire.Reply one = wire.stream("GET", "/messages/" + a);
    assertThat(one.status).isEqualTo(200);
    assertThat(one.json().at("/message/text").asText()).isEqualTo("one");
    Wire.Reply many = wire.stream("GET", "/channels/messaging/" + ch + "/messages?ids=" + b + "," + a + ",nope");
    assertThat(many.status).isEqualTo(200);
    assertThat(many.json().get("messages").findValuesAsText("text")).containsExactly("two", "one");
    Wire.Reply missing = wire.stream("GET", "/messages/does-not-exist");
    assertThat(missing.status).isEqualTo(404);
    assertThat(missing.json().get("code").asInt()).isEqualTo(16);
    assertThat(wire.stream("GET", "/channels/messaging/never-used-" + ch + "/messages?ids=x").status).isEqualTo(404);
  }

  @Test
  void threadsCountRepliesAndGetRepliesPages() {
    String ch = channel();
    String parent = send(ch, "{'message':{'text':'root','user_id':'p'}}").get("id").asText();
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      JsonNode reply = send(ch, "{'message':{'text':'reply " + i + "','parent_id':'" + parent + "','user_id':'r" + i + "'}}");
      assertThat(reply.get("parent_id").asText()).isEqualTo(parent);
      assertThat(reply.get("type").asText()).isEqualTo("reply");
      ids.add(reply.get("id").asText());
    }
    JsonNode root = wire.stream("GET", "/messages/" + parent).json().get("message");
    assertThat(root.get("reply_count").asInt()).isEqualTo(5);
    assertThat(root.get("thread_participants").findValuesAsText("id")).containsExactly("p", "r0", "r1", "r2", "r3", "r4");
    Wire.Reply all = wire.stream("GET", "/messages/" + parent + "/replies");
    assertThat(all.json().get("messages").findValuesAsText("text"))
        .containsExactly("reply 0", "reply 1", "reply 2", "reply 3", "reply 4");
    Wire.Reply after = wire.stream("GET", "/messages/" + parent + "/replies?id_gt=" + ids.get(2) + "&limit=1");
    assertThat(ids(after.json().get("messages"))).containsExactly(ids.get(3));
    Wire.Reply before = wire.stream("GET", "/messages/" + parent + "/replies?id_lt=" + ids.get(2));
    assertThat(ids(before.json().get("messages"))).containsExactly(ids.get(0), ids.get(1));
    String since = all.json().get("messages").get(3).get("created_at").asText();
    Wire.Reply byTime = wire.stream("GET", "/messages/" + parent + "/replies?created_at_after_or_equal=" + Wire.enc(since));
    assertThat(ids(byTime.json().get("messages"))).containsExactly(ids.get(3), ids.get(4));
    Wire.Reply quoted = wire.stream("GET", "/messages/" + parent + "/replies?created_at_after=%22" + Wire.enc(since) + "%22");
    assertThat(quoted.status).as("JSON-quoted date-times are a client bug").isEqualTo(400);
    Wire.Reply badParent = wire.stream("POST", "/channels/messaging/" + ch + "/message",
        "{'message':{'text':'x','parent_id':'missing','user_id':'p'}}");
    assertThat(badParent.status).isEqualTo(400);
  }

  @Test
  void reactionsKeepCountsScoresLatestAndOwn() {
    String ch = channel();
    String id = send(ch, "{'message':{'text':'react to me','user_id':'author'}}").get("id").asText();
    Wire.Reply r1 = wire.stream("POST", "/messages/" + id + "/reaction", "{'reaction':{'type':'like','user_id':'u1'}}");
    assertThat(r1.status).isEqualTo(201);
    assertThat(r1.json().at("/reaction/type").asText()).isEqualTo("like");
    assertThat(r1.json().at("/reaction/score").asInt()).isEqualTo(1);
    wire.stream("POST", "/messages/" + id + "/reaction", "{'reaction':{'type':'like','user_id':'u2','score':3}}");
    Wire.Reply r3 = wire.streamAs("u3", "POST", "/messages/" + id + "/reaction", "{'reaction':{'type':'love'}}");
    JsonNode m = r3.json().get("message");
    assertThat(m.at("/reaction_counts/like").asInt()).isEqualTo(2);
    assertThat(m.at("/reaction_scores/like").asInt()).isEqualTo(4);
    assertThat(m.at("/reaction_counts/love").asInt()).isEqualTo(1);
    assertThat(m.get("latest_reactions").findValuesAsText("user_id")).containsExactly("u3", "u2", "u1");
    assertThat(m.get("own_reactions").findValuesAsText("type")).containsExactly("love");

    Wire.Reply unique = wire.streamAs("u3", "POST", "/messages/" + id + "/reaction",
        "{'reaction':{'type':'like'},'enforce_unique':true}");
    assertThat(unique.json().at("/message/reaction_counts/love").isMissingNode()).isTrue();
    assertThat(unique.json().at("/message/reaction_counts/like").asInt()).isEqualTo(3);

    Wire.Reply list = wire.stream("GET", "/messages/" + id + "/reactions?limit=2&offset=1");
    assertThat(list.status).isEqualTo(200);
    assertThat(list.json().get("reactions").findValuesAsText("user_id")).containsExactly("u2", "u1");

    Wire.Reply del = wire.stream("DELETE", "/messages/" + id + "/reaction/like?user_id=u1");
    assertThat(del.status).isEqualTo(200);
    assertThat(del.json().at("/reaction/user_id").asText()).isEqualTo("u1");
    assertThat(del.json().at("/message/reaction_counts/like").asInt()).isEqualTo(2);
    assertThat(wire.stream("DELETE", "/messages/" + id + "/reaction/like?user_id=u1").status).isEqualTo(404);
    assertThat(wire.stream("DELETE", "/messages/" + id + "/reaction/like").status).as("server side needs user_id").isEqualTo(400);
  }

  @Test
  void updateMessageReplacesContentAndPartialUpdateSetsAndUnsets() {
    String ch = channel();
    String id = send(ch, "{'message':{'text':'v1','user_id':'u','priority':'high','tag':'x'}}").get("id").asText();
    Wire.Reply full = wire.stream("POST", "/messages/" + id, "{'message':{'text':'v2','user_id':'u','mood':'calm'}}");
    assertThat(full.status).isEqualTo(201);
    JsonNode m = full.json().get("message");
    assertThat(m.get("text").asText()).isEqualTo("v2");
    assertThat(m.get("mood").asText()).isEqualTo("calm");
    assertThat(m.has("priority")).as("a full update replaces custom data").isFalse();
    assertThat(m.get("message_text_updated_at")).isNotNull();

    Wire.Reply partial = wire.stream("PUT", "/messages/" + id,
        "{'set':{'text':'v3','custom_obj':{'a':1}},'unset':['mood'],'user_id':'u'}");
    assertThat(partial.status).isEqualTo(201);
    JsonNode p = partial.json().get("message");
    assertThat(p.get("text").asText()).isEqualTo("v3");
    assertThat(p.get("html").asText()).isEqualTo("<p>v3</p>\n");
    assertThat(p.at("/custom_obj/a").asInt()).isEqualTo(1);
    assertThat(p.has("mood")).isFalse();
    assertThat(wire.stream("PUT", "/messages/" + id, "{'set':{'id':'other'},'unset':[]}").status).isEqualTo(400);
    assertThat(wire.stream("PUT", "/messages/" + id, "{}").status).isEqualTo(400);
    assertThat(wire.stream("POST", "/messages/" + id, "{'message':{'id':'different','text':'x'}}").status).isEqualTo(400);
  }

  @Test
  void deleteSoftKeepsTheMessageHardRemovesIt() {
    String ch = channel();
    String soft = send(ch, "{'message':{'text':'soft','user_id':'u'}}").get("id").asText();
    String hard = send(ch, "{'message':{'text':'hard','user_id':'u'}}").get("id").asText();
    Wire.Reply r = wire.stream("DELETE", "/messages/" + soft);
    assertThat(r.status).isEqualTo(200);
    assertThat(r.json().at("/message/type").asText()).isEqualTo("deleted");
    assertThat(r.json().at("/message/deleted_at").asText()).isNotEmpty();
    assertThat(wire.stream("GET", "/messages/" + soft).json().at("/message/type").asText()).isEqualTo("deleted");
    assertThat(wire.stream("DELETE", "/messages/" + hard + "?hard=true").status).isEqualTo(200);
    assertThat(wire.stream("GET", "/messages/" + hard).status).isEqualTo(404);
    assertThat(wire.stream("DELETE", "/messages/" + hard + "?hard=%22true%22").status).as("JSON-quoted flag").isEqualTo(400);
  }

  @Test
  void giphyCommandAndMessageActions() {
    String ch = channel();
    JsonNode eph = send(ch, "{'message':{'text':'/giphy cats','user_id':'g'}}");
    assertThat(eph.get("type").asText()).isEqualTo("ephemeral");
    assertThat(eph.get("command").asText()).isEqualTo("giphy");
    assertThat(eph.at("/attachments/0/actions").findValuesAsText("value")).containsExactly("send", "shuffle", "cancel");
    String id = eph.get("id").asText();
    String before = eph.at("/attachments/0/image_url").asText();
    Wire.Reply shuffled = wire.stream("POST", "/messages/" + id + "/action",
        "{'form_data':{'image_action':'shuffle'},'user_id':'g'}");
    assertThat(shuffled.status).isEqualTo(201);
    assertThat(shuffled.json().at("/message/attachments/0/image_url").asText()).isNotEqualTo(before);
    Wire.Reply sent = wire.stream("POST", "/messages/" + id + "/action", "{'form_data':{'image_action':'send'},'user_id':'g'}");
    assertThat(sent.json().at("/message/type").asText()).isEqualTo("regular");
    assertThat(sent.json().at("/message/attachments/0/actions").isMissingNode()).isTrue();
    assertThat(emulator.stream().messageCount("messaging", ch)).isEqualTo(1);
    assertThat(wire.stream("POST", "/messages/" + id + "/action", "{'user_id':'g'}").status).isEqualTo(400);
  }

  @Test
  void translateFillsI18n() {
    String id = send(channel(), "{'message':{'text':'good morning','user_id':'t'}}").get("id").asText();
    Wire.Reply r = wire.stream("POST", "/messages/" + id + "/translate", "{'language':'fr'}");
    assertThat(r.status).isEqualTo(201);
    JsonNode i18n = r.json().at("/message/i18n");
    assertThat(i18n.get("fr_text").asText()).isEqualTo("[fr] good morning");
    assertThat(i18n.get("en_text").asText()).isEqualTo("good morning");
    assertThat(i18n.get("language").asText()).isEqualTo("en");
    assertThat(wire.stream("POST", "/messages/" + id + "/translate", "{'language':'no'}").status)
        .as("Norwegian is a real language code").isEqualTo(201);
    assertThat(wire.stream("POST", "/messages/" + id + "/translate", "{'language':'xx'}").status).isEqualTo(400);
    assertThat(wire.stream("POST", "/messages/" + id + "/translate", "{}").status).isEqualTo(400);
  }

  @Test
  void flagQueryAndUnflag() {
    String ch = channel();
    String id = send(ch, "{'message':{'text':'spam spam','user_id':'spammer'}}").get("id").asText();
    Wire.Reply f = wire.stream("POST", "/moderation/flag", "{'target_message_id':'" + id + "','user_id':'mod'}");
    assertThat(f.status).isEqualTo(201);
    assertThat(f.json().at("/flag/target_message_id").asText()).isEqualTo(id);
    assertThat(f.json().at("/flag/user/id").asText()).isEqualTo("mod");
    assertThat(f.json().at("/flag/created_by_automod").asBoolean()).isFalse();
    assertThat(wire.stream("POST", "/moderation/flag", "{'target_message_id':'" + id + "','user_id':'mod'}").status)
        .isEqualTo(400);
    String payload = Wire.enc("{\"filter_conditions\":{\"channel_cid\":\"messaging:" + ch + "\"}}");
    Wire.Reply q = wire.stream("GET", "/moderation/flags/message?payload=" + payload);
    assertThat(q.status).isEqualTo(200);
    assertThat(q.json().get("flags")).hasSize(1);
    assertThat(q.json().at("/flags/0/message/id").asText()).isEqualTo(id);
    String other = Wire.enc("{\"filter_conditions\":{\"channel_cid\":\"messaging:other\"}}");
    assertThat(wire.stream("GET", "/moderation/flags/message?payload=" + other).json().get("flags")).isEmpty();
    Wire.Reply u = wire.stream("POST", "/moderation/unflag", "{'target_message_id':'" + id + "','user_id':'mod'}");
    assertThat(u.status).isEqualTo(201);
    assertThat(wire.stream("GET", "/moderation/flags/message?payload=" + payload).json().get("flags")).isEmpty();
    assertThat(wire.stream("POST", "/moderation/unflag", "{'target_message_id':'" + id + "','user_id':'mod'}").status)
        .isEqualTo(404);
    assertThat(wire.stream("POST", "/moderation/flag", "{'user_id':'mod'}").status).isEqualTo(400);
  }

  @Test
  void readAndUnreadState() {
    String ch = channel();
    String m1 = send(ch, "{'message':{'text':'1','user_id':'a'}}").get("id").asText();
    String m2 = send(ch, "{'message':{'text':'2','user_id':'a'}}").get("id").asText();
    send(ch, "{'message':{'text':'3','user_id':'a'}}");
    assertThat(emulator.stream().unreadCount("messaging", ch, "reader")).isEqualTo(3);
    Wire.Reply read = wire.stream("POST", "/channels/messaging/" + ch + "/read", "{'user_id':'reader'}");
    assertThat(read.status).isEqualTo(201);
    assertThat(read.json().at("/event/type").asText()).isEqualTo("message.read");
    assertThat(read.json().at("/event/cid").asText()).isEqualTo("messaging:" + ch);
    assertThat(emulator.stream().unreadCount("messaging", ch, "reader")).isZero();
    Wire.Reply unread = wire.stream("POST", "/channels/messaging/" + ch + "/unread",
        "{'message_id':'" + m2 + "','user_id':'reader'}");
    assertThat(unread.status).isEqualTo(201);
    assertThat(emulator.stream().unreadCount("messaging", ch, "reader")).isEqualTo(2);
    assertThat(emulator.stream().lastReadMessageId("messaging", ch, "reader")).isEqualTo(m1);
    Wire.Reply all = wire.stream("POST", "/channels/read", "{'user_id':'reader'}");
    assertThat(all.status).isEqualTo(201);
    assertThat(emulator.stream().unreadCount("messaging", ch, "reader")).isZero();
    assertThat(wire.stream("POST", "/channels/messaging/" + ch + "/unread", "{'user_id':'reader'}").status).isEqualTo(400);
  }

  @Test
  void searchMatchesTextAndPagesWithNext() {
    String ch = channel();
    for (int i = 0; i < 5; i++) {
      send(ch, "{'message':{'text':'needle number " + i + "','user_id':'s'}}");
    }
    send(ch, "{'message':{'text':'haystack','user_id':'s'}}");
    String base = "{\"filter_conditions\":{\"cid\":\"messaging:" + ch + "\"},\"query\":\"NEEDLE\",\"limit\":2";
    Wire.Reply p1 = wire.stream("GET", "/search?payload=" + Wire.enc(base + "}"));
    assertThat(p1.status).isEqualTo(200);
    assertThat(p1.json().get("results")).hasSize(2);
    assertThat(p1.json().at("/results/0/message/channel/cid").asText()).isEqualTo("messaging:" + ch);
    List<String> seen = new ArrayList<>(p1.json().get("results").findValuesAsText("text"));
    String next = p1.json().get("next").asText();
    while (next != null) {
      Wire.Reply p = wire.stream("GET", "/search?payload=" + Wire.enc(base + ",\"next\":\"" + next + "\"}"));
      assertThat(p.status).isEqualTo(200);
      seen.addAll(p.json().get("results").findValuesAsText("text"));
      next = p.json().has("next") ? p.json().get("next").asText() : null;
    }
    assertThat(seen).containsExactly("needle number 4", "needle number 3", "needle number 2", "needle number 1",
        "needle number 0");
    String byFilter = "{\"filter_conditions\":{\"cid\":{\"$in\":[\"messaging:" + ch + "\"]}},"
        + "\"message_filter_conditions\":{\"text\":{\"$autocomplete\":\"hay\"}}}";
    assertThat(wire.stream("GET", "/search?payload=" + Wire.enc(byFilter)).json().get("results").findValuesAsText("text"))
        .containsExactly("haystack");
    assertThat(wire.stream("GET", "/search?payload=" + Wire.enc("{\"query\":\"x\"}")).status).isEqualTo(400);
    assertThat(wire.stream("GET", "/search").status).isEqualTo(400);
  }

  @Test
  void ogIsDeterministic() {
    Wire.Reply a = wire.stream("GET", "/og?url=" + Wire.enc("https://example.org/page"));
    Wire.Reply b = wire.stream("GET", "/og?url=" + Wire.enc("https://example.org/page"));
    assertThat(a.status).isEqualTo(200);
    assertThat(a.json().get("title").asText()).isEqualTo("Preview of example.org");
    assertThat(a.json().get("og_scrape_url").asText()).isEqualTo("https://example.org/page");
    JsonNode withoutDuration = a.json().deepCopy();
    ((com.fasterxml.jackson.databind.node.ObjectNode) withoutDuration).remove("duration");
    JsonNode other = b.json().deepCopy();
    ((com.fasterxml.jackson.databind.node.ObjectNode) other).remove("duration");
    assertThat(withoutDuration).isEqualTo(other);
    assertThat(wire.stream("GET", "/og").status).isEqualTo(400);
    assertThat(wire.stream("GET", "/og?url=" + Wire.enc("\"https://example.org\"")).status).isEqualTo(400);
  }

  @Test
  void uploadsAreServedBackAndDeleted() {
    String ch = channel();
    byte[] content = "file body".getBytes(StandardCharsets.UTF_8);
    Wire.Reply up = wire.streamMultipart("/channels/messaging/" + ch + "/file",
        List.<String[]>of(new String[] {"user", "{\"id\":\"up\"}"}), "notes.txt", "text/plain", content);
    assertThat(up.status).as(up.toString()).isEqualTo(201);
    String url = up.json().get("file").asText();
    assertThat(url).startsWith(emulator.streamBaseUrl() + "/uploads/").endsWith("/notes.txt");
    Wire.Reply served = wire.streamRaw("GET", url, Map.of());
    assertThat(served.status).isEqualTo(200);
    assertThat(served.body).isEqualTo(content);
    assertThat(served.header("Content-Type")).isEqualTo("text/plain");

    Wire.Reply img = wire.streamMultipart("/channels/messaging/" + ch + "/image",
        List.<String[]>of(new String[] {"user", "{\"id\":\"up\"}"},
            new String[] {"upload_sizes", "[{\"width\":100,\"height\":50,\"crop\":\"top\",\"resize\":\"fill\"}]"}),
        "pic.png", "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'});
    assertThat(img.status).isEqualTo(201);
    assertThat(img.json().at("/upload_sizes/0/width").asInt()).isEqualTo(100);
    assertThat(img.json().at("/upload_sizes/0/crop").asText()).isEqualTo("top");
    assertThat(img.json().get("thumb_url").asText()).isNotEmpty();

    Wire.Reply notImage = wire.streamMultipart("/channels/messaging/" + ch + "/image",
        List.<String[]>of(new String[] {"user", "{\"id\":\"up\"}"}), "a.txt", "text/plain", content);
    assertThat(notImage.status).isEqualTo(400);
    Wire.Reply noUser = wire.streamMultipart("/channels/messaging/" + ch + "/file", List.<String[]>of(), "a.txt", "text/plain", content);
    assertThat(noUser.status).isEqualTo(400);
    Wire.Reply noFile = wire.streamMultipart("/channels/messaging/" + ch + "/file",
        List.<String[]>of(new String[] {"user", "{\"id\":\"up\"}"}), null, null, null);
    assertThat(noFile.status).isEqualTo(400);

    Wire.Reply del = wire.stream("DELETE", "/channels/messaging/" + ch + "/file?url=" + Wire.enc(url));
    assertThat(del.status).isEqualTo(200);
    assertThat(wire.streamRaw("GET", url, Map.of()).status).isEqualTo(404);
    assertThat(wire.stream("DELETE", "/channels/messaging/" + ch + "/file?url=" + Wire.enc(url)).status).isEqualTo(404);
    String imgUrl = img.json().get("file").asText();
    assertThat(wire.stream("DELETE", "/channels/messaging/" + ch + "/image?url=" + Wire.enc(imgUrl)).status).isEqualTo(200);
  }

  @Test
  void eventsAreRecordedAndDeliveredAsSignedWebhooks() throws Exception {
    java.util.concurrent.BlockingQueue<String[]> received = new java.util.concurrent.LinkedBlockingQueue<>();
    com.sun.net.httpserver.HttpServer receiver = com.sun.net.httpserver.HttpServer.create(
        new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0), 0);
    receiver.createContext("/hook", ex -> {
      byte[] body = ex.getRequestBody().readAllBytes();
      received.add(new String[] {ex.getRequestHeaders().getFirst("X-Signature"), new String(body, StandardCharsets.UTF_8)});
      ex.sendResponseHeaders(200, -1);
      ex.close();
    });
    receiver.start();
    try {
      emulator.stream().webhookUrl("http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook");
      String ch = channel();
      String id = send(ch, "{'message':{'text':'hook me','user_id':'w'}}").get("id").asText();
      wire.stream("POST", "/messages/" + id + "/reaction", "{'reaction':{'type':'like','user_id':'w2'}}");
      assertThat(emulator.stream().awaitWebhooks(java.time.Duration.ofSeconds(5))).isTrue();
      String[] first = received.poll(5, java.util.concurrent.TimeUnit.SECONDS);
      String[] second = received.poll(5, java.util.concurrent.TimeUnit.SECONDS);
      assertThat(first).isNotNull();
      assertThat(second).isNotNull();
      JsonNode newMessage = Wire.JSON.readTree(first[1]);
      assertThat(newMessage.get("type").asText()).isEqualTo("message.new");
      assertThat(newMessage.get("cid").asText()).isEqualTo("messaging:" + ch);
      assertThat(newMessage.at("/message/text").asText()).isEqualTo("hook me");
      assertThat(first[0]).isEqualTo(hmacHex(first[1], "test-secret-0123456789"));
      assertThat(Wire.JSON.readTree(second[1]).get("type").asText()).isEqualTo("reaction.new");
      assertThat(Wire.JSON.readTree(second[1]).at("/reaction/type").asText()).isEqualTo("like");
      assertThat(emulator.stream().webhooksDelivered()).isGreaterThanOrEqualTo(2);
      assertThat(emulator.stream().events()).extracting(e -> e.get("type").asText())
          .contains("message.new", "reaction.new");
    } finally {
      emulator.stream().webhookUrl(null);
      receiver.stop(0);
    }
  }

  static String hmacHex(String body, String secret) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    StringBuilder sb = new StringBuilder();
    for (byte b : mac.doFinal(body.getBytes(StandardCharsets.UTF_8))) {
      sb.append(String.format("%02x", b));
    }
    return sb.toString();
  }

  // ---------------------------------------------------------------- auth

  @Test
  void authFailuresUseStreamErrorFormat() {
    String path = emulator.streamBaseUrl() + "/messages/x";
    Wire.Reply noKey = wire.streamRaw("GET", path, Map.of("Stream-Auth-Type", "jwt",
        "Authorization", emulator.streamServerToken()));
    assertThat(noKey.status).isEqualTo(401);
    assertThat(noKey.json().get("code").asInt()).isEqualTo(2);
    assertThat(noKey.json().get("StatusCode").asInt()).isEqualTo(401);
    assertThat(noKey.json().get("more_info").asText()).startsWith("https://");
    assertThat(noKey.json().has("duration")).isTrue();

    Wire.Reply wrongKey = wire.streamRaw("GET", path + "?api_key=wrong", Map.of("Stream-Auth-Type", "jwt",
        "Authorization", emulator.streamServerToken()));
    assertThat(wrongKey.status).isEqualTo(401);

    String keyed = path + "?api_key=test-key";
    Wire.Reply noType = wire.streamRaw("GET", keyed, Map.of("Authorization", emulator.streamServerToken()));
    assertThat(noType.status).isEqualTo(401);
    assertThat(noType.json().get("message").asText()).contains("Stream-Auth-Type");

    Wire.Reply noToken = wire.streamRaw("GET", keyed, Map.of("Stream-Auth-Type", "jwt"));
    assertThat(noToken.status).isEqualTo(401);

    String forged = hs256("{\"server\":true}", "another-secret");
    Wire.Reply badSig = wire.streamRaw("GET", keyed, Map.of("Stream-Auth-Type", "jwt", "Authorization", forged));
    assertThat(badSig.status).isEqualTo(401);
    assertThat(badSig.json().get("code").asInt()).isEqualTo(43);
    assertThat(badSig.text()).doesNotContain(forged);

    String expired = hs256("{\"user_id\":\"x\",\"exp\":1000}", "test-secret-0123456789");
    assertThat(wire.streamRaw("GET", keyed, Map.of("Stream-Auth-Type", "jwt", "Authorization", expired)).json()
        .get("code").asInt()).isEqualTo(40);

    String noClaims = hs256("{\"iat\":1}", "test-secret-0123456789");
    assertThat(wire.streamRaw("GET", keyed, Map.of("Stream-Auth-Type", "jwt", "Authorization", noClaims)).status)
        .isEqualTo(401);

    String valid = hs256("{\"server\":true}", "test-secret-0123456789");
    assertThat(wire.streamRaw("GET", keyed, Map.of("Stream-Auth-Type", "jwt", "Authorization", valid)).status)
        .as("independently signed token is accepted, and the message is then missing").isEqualTo(404);
  }

  @Test
  void unknownEndpointIs404() {
    Wire.Reply r = wire.stream("GET", "/nothing/here");
    assertThat(r.status).isEqualTo(404);
    assertThat(r.json().get("code").asInt()).isEqualTo(16);
  }

  static List<String> ids(JsonNode messages) {
    List<String> out = new ArrayList<>();
    messages.forEach(m -> out.add(m.get("id").asText()));
    return out;
  }

  static String hs256(String claims, String secret) {
    try {
      Base64.Encoder enc = Base64.getUrlEncoder().withoutPadding();
      String signingInput = enc.encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8))
          + "." + enc.encodeToString(claims.getBytes(StandardCharsets.UTF_8));
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return signingInput + "." + enc.encodeToString(mac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII)));
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
