package dev.chatsdk.testing.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Stream moderation flags: flag, unflag and query the flagged messages. */
final class StreamFlags {
  private final StreamStore st;

  StreamFlags(StreamStore st) {
    this.st = st;
  }

  void register(StreamService svc) {
    svc.stateful("Flag", (r, c) -> flag(r, c, r.startNanos()));
    svc.stateful("Unflag", (r, c) -> unflag(r, c, r.startNanos()));
    svc.stateful("QueryMessageFlags", (r, c) -> queryMessageFlags(r, c, r.startNanos()));
  }

  // ------------------------------------------------------------------ moderation

  private Response flag(Request req, StreamStore.Caller caller, long start) {
    ObjectNode body = req.json();
    String messageId = Json.optionalString(body, "target_message_id", "target_message_id");
    String targetUser = Json.optionalString(body, "target_user_id", "target_user_id");
    if ((messageId == null || messageId.isEmpty()) && (targetUser == null || targetUser.isEmpty())) {
      throw EmulatorError.badField("target_message_id", "either target_message_id or target_user_id is required");
    }
    String userId = st.actingUser(caller, body, "request");
    String key = flagKey(messageId, targetUser, userId);
    if (st.flags.containsKey(key)) {
      throw EmulatorError.badField(messageId != null ? "target_message_id" : "target_user_id",
          "this " + (messageId != null ? "message" : "user") + " is already flagged by user " + userId);
    }
    ObjectNode flag = Json.object();
    Instant now = st.now();
    flag.put("created_by_automod", false);
    flag.put("created_at", now.toString());
    flag.put("updated_at", now.toString());
    if (messageId != null && !messageId.isEmpty()) {
      ObjectNode msg = st.message(messageId);
      flag.put("target_message_id", messageId);
      String author = st.authorOf(msg);
      if (author != null) {
        flag.set("target_user", st.userCopy(author));
      }
    } else {
      flag.set("target_user", st.userCopy(targetUser));
    }
    flag.set("user", st.userCopy(userId));
    st.flags.put(key, flag);
    if (messageId != null && !messageId.isEmpty()) {
      st.emitMessage("message.flagged", st.messages.get(messageId), userId, null);
    }
    return st.ok(201, "flag", flag.deepCopy(), start);
  }

  private static String flagKey(@Nullable String messageId, @Nullable String targetUser, String userId) {
    return (messageId != null && !messageId.isEmpty() ? "message:" + messageId : "user:" + targetUser) + "|" + userId;
  }

  private Response unflag(Request req, StreamStore.Caller caller, long start) {
    ObjectNode body = req.json();
    String messageId = Json.optionalString(body, "target_message_id", "target_message_id");
    String targetUser = Json.optionalString(body, "target_user_id", "target_user_id");
    if ((messageId == null || messageId.isEmpty()) && (targetUser == null || targetUser.isEmpty())) {
      throw EmulatorError.badField("target_message_id", "either target_message_id or target_user_id is required");
    }
    String userId = st.actingUser(caller, body, "request");
    ObjectNode flag = st.flags.remove(flagKey(messageId, targetUser, userId));
    if (flag == null) {
      throw EmulatorError.notFound("no flag by user " + userId + " on this "
          + (messageId != null ? "message" : "user"));
    }
    if (messageId != null && st.messages.containsKey(messageId)) {
      st.emitMessage("message.unflagged", st.messages.get(messageId), userId, null);
    }
    return st.ok(201, "flag", flag, start);
  }

  private Response queryMessageFlags(Request req, StreamStore.Caller caller, long start) {
    String payload = req.query("payload");
    ObjectNode query = payload == null || payload.isEmpty() ? Json.object() : Json.parseObject(payload, "payload");
    JsonNode filter = query.get("filter_conditions");
    int limit = query.path("limit").asInt(25);
    int offset = query.path("offset").asInt(0);
    if (limit < 0 || limit > 100 || offset < 0) {
      throw EmulatorError.badField("limit", "limit must be between 0 and 100 and offset not negative");
    }
    Filters filters = new Filters((doc, field) -> {
      switch (field) {
        case "channel_cid":
          return doc.path("message").get("cid");
        case "user_id":
          return doc.path("user").get("id");
        case "message_id":
          return doc.path("message").get("id");
        case "message_user_id":
          return doc.path("message").path("user").get("id");
        case "is_reviewed":
          return doc.get("is_reviewed");
        default:
          throw EmulatorError.badField("payload.filter_conditions",
              "the emulator does not support the flag filter field " + field);
      }
    }, "payload.filter_conditions");
    String onlyUser = caller.server ? Json.text(query, "user_id") : null;
    List<ObjectNode> matched = new ArrayList<>();
    for (ObjectNode f : st.flags.values()) {
      String msgId = Json.text(f, "target_message_id");
      if (msgId == null || !st.messages.containsKey(msgId)) {
        continue;
      }
      ObjectNode doc = Json.object();
      doc.put("created_by_automod", false);
      doc.set("created_at", f.get("created_at"));
      doc.set("updated_at", f.get("updated_at"));
      doc.set("message", st.render(st.messages.get(msgId), caller));
      doc.set("user", f.get("user").deepCopy());
      doc.put("is_reviewed", false);
      if (onlyUser != null && !onlyUser.equals(Json.text(Json.obj(f, "user"), "id"))) {
        continue;
      }
      if (filters.matches(doc, filter)) {
        doc.remove("is_reviewed");
        matched.add(doc);
      }
    }
    ArrayNode list = Json.array();
    for (int i = offset; i < Math.min(matched.size(), offset + limit); i++) {
      list.add(matched.get(i));
    }
    return st.ok(200, "flags", list, start);
  }


}
