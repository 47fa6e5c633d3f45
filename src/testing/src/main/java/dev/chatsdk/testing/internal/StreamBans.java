package dev.chatsdk.testing.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Stream moderation of users: bans (app-wide or in one channel, with timeouts), querying them, user
 * mutes and channel mutes. A banned user cannot send messages (403), as on the service.
 */
final class StreamBans {
  private final StreamStore st;

  StreamBans(StreamStore st) {
    this.st = st;
  }

  void register(StreamService svc) {
    svc.stateful("Ban", this::ban);
    svc.stateful("Unban", this::unban);
    svc.stateful("QueryBannedUsers", this::queryBanned);
    svc.stateful("MuteUser", this::muteUser);
    svc.stateful("UnmuteUser", this::unmuteUser);
    svc.stateful("MuteChannel", this::muteChannel);
    svc.stateful("UnmuteChannel", this::unmuteChannel);
  }

  private @Nullable String channelOf(@Nullable String type, @Nullable String id) {
    if (type == null || type.isEmpty() || id == null || id.isEmpty()) {
      return null;
    }
    return st.channel(type, id, false, null).cid;
  }

  private static String key(String user, @Nullable String cid) {
    return user + "|" + (cid == null ? "" : cid);
  }

  private Response ban(Request r, StreamStore.Caller caller) {
    ObjectNode body = r.json();
    String target = Json.optionalString(body, "target_user_id", "target_user_id");
    if (target == null || target.isEmpty()) {
      throw EmulatorError.badField("target_user_id", "target_user_id is a required field");
    }
    String by = Json.text(body, "banned_by_id");
    if (by == null) {
      by = Json.text(Json.obj(body, "banned_by"), "id");
    }
    if (by == null) {
      by = caller.server ? st.actingUser(caller, body, "request") : caller.userId;
    }
    String cid = channelOf(Json.text(body, "type"), Json.text(body, "id"));
    Instant at = st.now();
    ObjectNode ban = Json.object();
    ban.put("created_at", at.toString());
    ban.set("user", st.userCopy(target));
    ban.set("banned_by", st.userCopy(by));
    if (body.hasNonNull("reason")) {
      ban.put("reason", body.get("reason").asText());
    }
    ban.put("shadow", body.path("shadow").asBoolean(false));
    if (body.hasNonNull("timeout")) {
      ban.put("expires", at.plusSeconds(60L * body.get("timeout").asLong()).toString());
    }
    if (cid != null) {
      ban.set("channel", st.channelResponse(st.channels.get(cid)));
      ObjectNode member = st.channels.get(cid).members.get(target);
      if (member != null) {
        member.put("banned", true);
      }
    } else {
      st.userNode(target).put("banned", true);
    }
    st.bans.put(key(target, cid), ban);
    ObjectNode e = Json.object();
    e.put("type", "user.banned");
    e.put("created_at", at.toString());
    e.set("user", st.userCopy(target));
    e.set("created_by", st.userCopy(by));
    if (cid != null) {
      e.put("cid", cid);
    }
    st.events.emit(e);
    return st.ok(201, Json.object(), r.startNanos());
  }

  /** Whether a user is banned app-wide or in the channel (expired bans do not count). */
  boolean isBanned(String user, String cid) {
    Instant now = st.clock().instant();
    for (String k : new String[] {key(user, null), key(user, cid)}) {
      ObjectNode ban = st.bans.get(k);
      if (ban != null && (!ban.has("expires") || Instant.parse(Json.text(ban, "expires")).isAfter(now))) {
        return true;
      }
    }
    return false;
  }

  private Response unban(Request r, StreamStore.Caller caller) {
    String target = r.query("target_user_id");
    if (target == null || target.isEmpty()) {
      throw EmulatorError.badField("target_user_id", "target_user_id is a required query parameter");
    }
    String cid = channelOf(r.query("type"), r.query("id"));
    if (st.bans.remove(key(target, cid)) == null) {
      throw EmulatorError.notFound("user " + target + " is not banned" + (cid == null ? "" : " in " + cid));
    }
    if (cid == null) {
      st.userNode(target).put("banned", false);
    } else if (st.channels.get(cid).members.containsKey(target)) {
      st.channels.get(cid).members.get(target).put("banned", false);
    }
    ObjectNode e = Json.object();
    e.put("type", "user.unbanned");
    e.put("created_at", st.now().toString());
    e.set("user", st.userCopy(target));
    if (cid != null) {
      e.put("cid", cid);
    }
    st.events.emit(e);
    return st.ok(200, Json.object(), r.startNanos());
  }

  private Response queryBanned(Request r, StreamStore.Caller caller) {
    String payload = r.query("payload");
    ObjectNode q = payload == null || payload.isEmpty() ? Json.object() : Json.parseObject(payload, "payload");
    Filters filters = new Filters((doc, field) -> {
      switch (field) {
        case "user_id":
          return doc.path("user").get("id");
        case "channel_cid":
          return doc.path("channel").get("cid");
        case "banned_by_id":
          return doc.path("banned_by").get("id");
        default:
          return Filters.path(doc, field);
      }
    }, "payload.filter_conditions");
    int limit = q.path("limit").asInt(25);
    int offset = q.path("offset").asInt(0);
    List<ObjectNode> hits = new ArrayList<>();
    for (ObjectNode ban : st.bans.values()) {
      if (filters.matches(ban, q.get("filter_conditions"))) {
        hits.add(ban);
      }
    }
    ArrayNode list = Json.array();
    for (ObjectNode b : hits.subList(Math.min(offset, hits.size()), Math.min(hits.size(), offset + limit))) {
      list.add(b.deepCopy());
    }
    return st.ok(200, "bans", list, r.startNanos());
  }

  private static List<String> targets(ObjectNode body, String many, String one) {
    List<String> out = new ArrayList<>();
    JsonNode list = body.get(many);
    if (list != null && list.isArray()) {
      list.forEach(t -> out.add(t.asText()));
    }
    String single = Json.text(body, one);
    if (single != null && !single.isEmpty()) {
      out.add(single);
    }
    if (out.isEmpty()) {
      throw EmulatorError.badField(many, many + " is required");
    }
    return out;
  }

  private ObjectNode mute(String user, @Nullable Integer timeoutMinutes) {
    Instant at = st.now();
    ObjectNode m = Json.object();
    m.put("created_at", at.toString());
    m.put("updated_at", at.toString());
    m.set("user", st.userCopy(user));
    if (timeoutMinutes != null) {
      m.put("expires", at.plusSeconds(60L * timeoutMinutes).toString());
    }
    return m;
  }

  private static @Nullable Integer timeout(ObjectNode body) {
    return body.hasNonNull("timeout") ? body.get("timeout").asInt() : null;
  }

  private Response muteUser(Request r, StreamStore.Caller caller) {
    return mute(r, caller, "target_ids", "target_id", st.userMutes, "target", "mute", "mutes", st::userCopy);
  }

  private Response muteChannel(Request r, StreamStore.Caller caller) {
    return mute(r, caller, "channel_cids", "channel_cid", st.channelMutes, "channel", "channel_mute", "channel_mutes",
        cid -> {
          StreamStore.Channel ch = st.channels.get(cid);
          if (ch == null) {
            throw EmulatorError.badField("channel_cids", "channel " + cid + " does not exist");
          }
          return st.channelResponse(ch);
        });
  }

  /** Mutes each target for the acting user; {@code describe} renders a target (user or channel). */
  private Response mute(Request r, StreamStore.Caller caller, String many, String one, Map<String, ObjectNode> mutes,
      String targetField, String singleField, String listField, Function<String, ObjectNode> describe) {
    ObjectNode body = r.json();
    String user = st.actingUser(caller, body, "request");
    ArrayNode added = Json.array();
    for (String target : targets(body, many, one)) {
      ObjectNode m = mute(user, timeout(body));
      m.set(targetField, describe.apply(target));
      mutes.put(user + "|" + target, m);
      added.add(m.deepCopy());
    }
    ObjectNode out = Json.object();
    out.set(singleField, added.get(0).deepCopy());
    out.set(listField, added);
    return st.ok(201, out, r.startNanos());
  }

  private Response unmuteUser(Request r, StreamStore.Caller caller) {
    return unmute(r, caller, "target_ids", "target_id", st.userMutes);
  }

  private Response unmuteChannel(Request r, StreamStore.Caller caller) {
    return unmute(r, caller, "channel_cids", "channel_cid", st.channelMutes);
  }

  private Response unmute(Request r, StreamStore.Caller caller, String many, String one, Map<String, ObjectNode> mutes) {
    ObjectNode body = r.json();
    String user = st.actingUser(caller, body, "request");
    for (String target : targets(body, many, one)) {
      if (mutes.remove(user + "|" + target) == null) {
        throw EmulatorError.notFound("user " + user + " has not muted " + target);
      }
    }
    return st.ok(201, Json.object(), r.startNanos());
  }
}
