package dev.chatsdk.testing.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Stream channels: get-or-create (with members, and distinct channels from a member list), query,
 * update (full and partial), delete (one, or many through a task), truncate, hide and show.
 * Members added here are the channel's explicit members; StreamMembers edits them further.
 */
final class StreamChannels {
  /** Fields of channel data the server owns; they are not stored as custom data. */
  private static final java.util.Set<String> SERVER_OWNED = java.util.Set.of("id", "type", "cid", "created_at",
      "updated_at", "created_by", "created_by_id", "members", "member_count", "last_message_at", "config",
      "config_overrides", "own_capabilities", "truncated_at", "truncated_by", "truncated_by_id");

  private final StreamStore st;

  StreamChannels(StreamStore st) {
    this.st = st;
  }

  void register(StreamService svc) {
    svc.stateful("GetOrCreateChannel_type_id_0", (r, c) -> getOrCreate(r, c, r.param("type"), r.param("id")));
    svc.stateful("GetOrCreateChannel_type_1", (r, c) -> getOrCreate(r, c, r.param("type"), null));
    svc.stateful("QueryChannels", this::query);
    svc.stateful("UpdateChannel", this::update);
    svc.stateful("UpdateChannelPartial", this::updatePartial);
    svc.stateful("DeleteChannel", this::delete);
    svc.stateful("DeleteChannels", this::deleteMany);
    svc.stateful("TruncateChannel", this::truncate);
    svc.stateful("HideChannel", (r, c) -> hide(r, c, true));
    svc.stateful("ShowChannel", (r, c) -> hide(r, c, false));
    svc.fixed("StopWatchingChannel", (r, c) -> st.ok(201, Json.object(), r.startNanos()));
  }

  private StreamStore.Channel existing(Request r) {
    return st.channel(r.param("type"), r.param("id"), false, null);
  }

  /** The full state of a channel as get-or-create and query answer it. */
  ObjectNode state(StreamStore.Channel ch, StreamStore.Caller caller, int messageLimit) {
    ObjectNode out = Json.object();
    out.set("channel", st.channelResponse(ch));
    out.set("members", st.memberList(ch));
    ArrayNode messages = out.putArray("messages");
    ArrayNode pinned = out.putArray("pinned_messages");
    List<ObjectNode> visible = new ArrayList<>();
    for (String id : ch.messageIds) {
      ObjectNode m = st.messages.get(id);
      if (m != null && StreamStore.visible(m) && !m.hasNonNull("parent_id")) {
        visible.add(m);
      }
    }
    for (ObjectNode m : visible.subList(Math.max(0, visible.size() - messageLimit), visible.size())) {
      messages.add(st.render(m, caller));
    }
    for (ObjectNode m : visible) {
      if (m.path("pinned").asBoolean(false)) {
        pinned.add(st.render(m, caller));
      }
    }
    if (caller.userId != null && ch.members.containsKey(caller.userId)) {
      out.set("membership", st.memberList(ch).get(new ArrayList<>(ch.members.keySet()).indexOf(caller.userId)));
    }
    out.put("hidden", caller.userId != null && ch.hiddenFor.contains(caller.userId));
    return out;
  }

  private Response getOrCreate(Request r, StreamStore.Caller caller, String type, @org.jspecify.annotations.Nullable String id) {
    ObjectNode body = r.json();
    ObjectNode data = Json.obj(body, "data");
    List<String> memberIds = memberIds(data == null ? null : data.get("members"), "data.members");
    String creator = caller.server ? creatorOf(data) : caller.userId;
    if (id == null) {
      if (memberIds.isEmpty()) {
        throw EmulatorError.badField("data.members", "a channel without an id needs data.members (a distinct channel)");
      }
      id = distinctId(memberIds);
    }
    StreamStore.checkChannel(type, id);
    boolean created = !st.channels.containsKey(type + ":" + id);
    if (created && caller.server && creator == null) {
      throw EmulatorError.badField("data.created_by", "either data.created_by or data.created_by_id is required "
          + "when creating a channel with server side auth");
    }
    StreamStore.Channel ch = st.channel(type, id, true, creator);
    if (created) {
      if (data != null) {
        applyData(ch, data);
      }
      Instant at = st.now();
      for (String m : memberIds) {
        ch.members.putIfAbsent(m, st.memberNode(m, "channel_member", at));
      }
      ObjectNode e = st.event("channel.created", ch.cid, creator);
      e.set("channel", st.channelResponse(ch));
      st.events.emit(e);
    }
    int limit = body.path("messages").path("limit").asInt(25);
    return st.ok(201, state(ch, caller, limit), r.startNanos());
  }

  private static @org.jspecify.annotations.Nullable String creatorOf(@org.jspecify.annotations.Nullable ObjectNode data) {
    if (data == null) {
      return null;
    }
    String id = Json.text(data, "created_by_id");
    return id != null && !id.isEmpty() ? id : Json.text(Json.obj(data, "created_by"), "id");
  }

  /** User ids from a list of ids or of member objects ({@code user_id} or {@code user.id}). */
  static List<String> memberIds(@org.jspecify.annotations.Nullable JsonNode list, String field) {
    List<String> out = new ArrayList<>();
    if (list == null || list.isNull()) {
      return out;
    }
    if (!list.isArray()) {
      throw EmulatorError.badField(field, field + " must be an array");
    }
    for (JsonNode m : list) {
      String id = m.isTextual() ? m.asText() : Json.text(m, "user_id");
      if (id == null && m.isObject()) {
        id = Json.text(Json.obj(m, "user"), "id");
      }
      if (id == null || id.isEmpty()) {
        throw EmulatorError.badField(field, field + " must hold user ids or members with user_id");
      }
      if (!out.contains(id)) {
        out.add(id);
      }
    }
    return out;
  }

  private static String distinctId(List<String> members) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      byte[] d = sha.digest(String.join(",", new TreeSet<>(members)).getBytes(StandardCharsets.UTF_8));
      StringBuilder sb = new StringBuilder("!members-");
      for (int i = 0; i < 12; i++) {
        sb.append(String.format("%02x", d[i]));
      }
      return sb.toString();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private void applyData(StreamStore.Channel ch, ObjectNode data) {
    Iterator<Map.Entry<String, JsonNode>> it = data.properties().iterator();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      if (!SERVER_OWNED.contains(e.getKey())) {
        if (e.getValue().isNull()) {
          ch.data.remove(e.getKey());
        } else {
          ch.data.set(e.getKey(), e.getValue().deepCopy());
        }
      }
    }
  }

  private Response query(Request r, StreamStore.Caller caller) {
    ObjectNode body = r.json();
    JsonNode filter = body.get("filter_conditions");
    String userId = caller.server ? Json.text(body, "user_id") : caller.userId;
    int limit = body.path("limit").asInt(10);
    int offset = body.path("offset").asInt(0);
    if (limit < 0 || limit > 30 || offset < 0) {
      throw EmulatorError.badField("limit", "limit must be between 0 and 30 and offset not negative");
    }
    Filters filters = new Filters((doc, field) -> Filters.path(doc, field), "filter_conditions");
    boolean hiddenAsked = filter != null && filter.has("hidden");
    List<StreamStore.Channel> hits = new ArrayList<>();
    for (StreamStore.Channel ch : st.channels.values()) {
      ObjectNode doc = st.channelResponse(ch);
      ArrayNode members = doc.putArray("members");
      ch.members.keySet().forEach(members::add);
      boolean hidden = userId != null && ch.hiddenFor.contains(userId);
      doc.put("hidden", hidden);
      doc.put("created_by_id", ch.createdBy);
      if ((hidden && !hiddenAsked) || !filters.matches(doc, filter)) {
        continue;
      }
      hits.add(ch);
    }
    hits.sort(order(body.get("sort")));
    ArrayNode list = Json.array();
    int messageLimit = body.path("message_limit").asInt(25);
    StreamStore.Caller viewer = userId == null ? caller : new StreamStore.Caller(false, userId);
    for (StreamStore.Channel ch : hits.subList(Math.min(offset, hits.size()), Math.min(hits.size(), offset + limit))) {
      list.add(state(ch, viewer, messageLimit));
    }
    return st.ok(201, "channels", list, r.startNanos());
  }

  private static Comparator<StreamStore.Channel> order(@org.jspecify.annotations.Nullable JsonNode sort) {
    Comparator<StreamStore.Channel> byLast = Comparator.comparing(
        (StreamStore.Channel c) -> c.lastMessageAt == null ? c.createdAt : c.lastMessageAt);
    Comparator<StreamStore.Channel> order = null;
    if (sort != null && sort.isArray()) {
      for (JsonNode s : sort) {
        String field = Json.text(s, "field");
        Comparator<StreamStore.Channel> c;
        if ("created_at".equals(field)) {
          c = Comparator.comparing((StreamStore.Channel x) -> x.createdAt);
        } else if ("updated_at".equals(field)) {
          c = Comparator.comparing((StreamStore.Channel x) -> x.updatedAt);
        } else if ("member_count".equals(field)) {
          c = Comparator.comparing((StreamStore.Channel x) -> x.members.size());
        } else if ("cid".equals(field) || "id".equals(field)) {
          c = Comparator.comparing((StreamStore.Channel x) -> x.cid);
        } else {
          c = byLast;
        }
        c = s.path("direction").asInt(1) < 0 ? c.reversed() : c;
        order = order == null ? c : order.thenComparing(c);
      }
    }
    return order == null ? byLast.reversed() : order;
  }

  private Response update(Request r, StreamStore.Caller caller) {
    ObjectNode body = r.json();
    StreamStore.Channel ch = existing(r);
    String actor = caller.server ? optionalUser(body) : caller.userId;
    ObjectNode data = Json.obj(body, "data");
    if (data != null) {
      ch.data = Json.object();
      applyData(ch, data);
    }
    Instant at = st.now();
    for (String m : memberIds(body.get("add_members"), "add_members")) {
      if (ch.members.putIfAbsent(m, st.memberNode(m, "channel_member", at)) == null) {
        memberEvent("member.added", ch, m);
      }
    }
    for (String m : memberIds(body.get("remove_members"), "remove_members")) {
      if (ch.members.remove(m) != null) {
        memberEvent("member.removed", ch, m);
      }
    }
    setRole(ch, memberIds(body.get("add_moderators"), "add_moderators"), "channel_moderator", at);
    setRole(ch, memberIds(body.get("demote_moderators"), "demote_moderators"), "channel_member", at);
    ch.updatedAt = at;
    return updated(r, ch, actor);
  }

  private void setRole(StreamStore.Channel ch, List<String> users, String role, Instant at) {
    for (String u : users) {
      ObjectNode m = ch.members.get(u);
      if (m == null) {
        throw EmulatorError.badField("add_moderators", "user " + u + " is not a member of channel " + ch.cid);
      }
      ObjectNode fresh = st.memberNode(u, role, at);
      fresh.set("created_at", m.get("created_at"));
      ch.members.put(u, fresh);
    }
  }

  void memberEvent(String type, StreamStore.Channel ch, String userId) {
    ObjectNode e = st.event(type, ch.cid, userId);
    ObjectNode m = ch.members.get(userId);
    e.set("member", m != null ? m.deepCopy() : st.memberNode(userId, "channel_member", st.now()));
    st.events.emit(e);
  }

  private Response updated(Request r, StreamStore.Channel ch, @org.jspecify.annotations.Nullable String actor) {
    ObjectNode e = st.event("channel.updated", ch.cid, actor);
    e.set("channel", st.channelResponse(ch));
    st.events.emit(e);
    ObjectNode out = Json.object();
    out.set("channel", st.channelResponse(ch));
    out.set("members", st.memberList(ch));
    return st.ok(r.method().equals("PATCH") ? 200 : 201, out, r.startNanos());
  }

  private static @org.jspecify.annotations.Nullable String optionalUser(ObjectNode body) {
    String id = Json.text(body, "user_id");
    return id != null ? id : Json.text(Json.obj(body, "user"), "id");
  }

  private Response updatePartial(Request r, StreamStore.Caller caller) {
    ObjectNode body = r.json();
    JsonNode set = body.get("set");
    JsonNode unset = body.get("unset");
    if ((set == null || set.isNull()) && (unset == null || unset.isNull())) {
      throw EmulatorError.badField("set", "set or unset must be provided");
    }
    StreamStore.Channel ch = existing(r);
    if (set != null && set.isObject()) {
      for (String k : (Iterable<String>) set::fieldNames) {
        if (SERVER_OWNED.contains(k)) {
          throw EmulatorError.badField("set." + k, "field " + k + " cannot be set with a partial update");
        }
      }
      applyData(ch, (ObjectNode) set);
    }
    if (unset != null && unset.isArray()) {
      unset.forEach(k -> ch.data.remove(k.asText()));
    }
    ch.updatedAt = st.now();
    return updated(r, ch, caller.server ? optionalUser(body) : caller.userId);
  }

  private void remove(StreamStore.Channel ch, boolean hard) {
    if (hard) {
      for (String id : ch.messageIds) {
        st.messages.remove(id);
        st.reactions.remove(id);
      }
    }
    st.channels.remove(ch.cid);
    ObjectNode e = st.event("channel.deleted", ch.cid, null);
    e.set("channel", st.channelResponse(ch));
    st.events.emit(e);
  }

  private Response delete(Request r, StreamStore.Caller caller) {
    StreamStore.Channel ch = existing(r);
    ObjectNode channel = st.channelResponse(ch);
    channel.put("deleted_at", st.now().toString());
    remove(ch, r.queryBool("hard_delete"));
    return st.ok(200, "channel", channel, r.startNanos());
  }

  private Response deleteMany(Request r, StreamStore.Caller caller) {
    ObjectNode body = r.json();
    JsonNode cids = body.get("cids");
    if (cids == null || !cids.isArray() || cids.size() == 0) {
      throw EmulatorError.badField("cids", "cids must be a non-empty array of channel cids");
    }
    ObjectNode result = Json.object();
    for (JsonNode cid : cids) {
      StreamStore.Channel ch = st.channels.get(cid.asText());
      if (ch == null) {
        throw EmulatorError.badField("cids", "channel " + cid.asText() + " does not exist");
      }
    }
    for (JsonNode cid : cids) {
      remove(st.channels.get(cid.asText()), body.path("hard_delete").asBoolean(false));
      result.putObject(cid.asText()).put("status", "ok");
    }
    ObjectNode wrapped = Json.object();
    wrapped.set("channels", result);
    ObjectNode out = Json.object();
    out.put("task_id", st.finishedTask("delete-channels", wrapped));
    return st.ok(201, out, r.startNanos());
  }

  private Response truncate(Request r, StreamStore.Caller caller) {
    ObjectNode body = r.json();
    StreamStore.Channel ch = existing(r);
    Instant at = st.now();
    boolean hard = body.path("hard_delete").asBoolean(false);
    for (String id : ch.messageIds) {
      ObjectNode m = st.messages.get(id);
      if (hard) {
        st.messages.remove(id);
        st.reactions.remove(id);
      } else if (m != null && !m.has("deleted_at")) {
        m.put("type", "deleted");
        m.put("deleted_at", at.toString());
      }
    }
    ch.messageIds.clear();
    ch.truncatedAt = at;
    ch.updatedAt = at;
    ObjectNode e = st.event("channel.truncated", ch.cid, caller.server ? optionalUser(body) : caller.userId);
    e.set("channel", st.channelResponse(ch));
    st.events.emit(e);
    return st.ok(201, "channel", st.channelResponse(ch), r.startNanos());
  }

  private Response hide(Request r, StreamStore.Caller caller, boolean hide) {
    ObjectNode body = r.json();
    String userId = st.actingUser(caller, body, "request");
    StreamStore.Channel ch = existing(r);
    if (hide) {
      ch.hiddenFor.add(userId);
    } else {
      ch.hiddenFor.remove(userId);
    }
    st.events.emit(st.event(hide ? "channel.hidden" : "channel.visible", ch.cid, userId));
    return st.ok(201, Json.object(), r.startNanos());
  }
}
