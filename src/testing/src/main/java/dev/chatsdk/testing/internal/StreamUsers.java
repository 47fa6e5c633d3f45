package dev.chatsdk.testing.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Stream users: upsert, partial update, query, deactivate and reactivate (one or many), delete (one
 * or many, through a task), restore. Users also appear implicitly when a message or reaction names them.
 */
final class StreamUsers {
  private static final Set<String> SERVER_OWNED = Set.of("created_at", "updated_at", "deactivated_at",
      "deleted_at", "banned", "online", "last_active", "shadow_banned");

  private final StreamStore st;

  StreamUsers(StreamStore st) {
    this.st = st;
  }

  void register(StreamService svc) {
    svc.stateful("UpdateUsers", (r, c) -> upsert(r));
    svc.stateful("UpdateUsersPartial", (r, c) -> partial(r));
    svc.stateful("QueryUsers", (r, c) -> query(r));
    svc.stateful("DeactivateUser", (r, c) -> setActive(r, r.param("user_id"), false));
    svc.stateful("ReactivateUser", (r, c) -> setActive(r, r.param("user_id"), true));
    svc.stateful("DeactivateUsers", (r, c) -> setActiveMany(r, false));
    svc.stateful("ReactivateUsers", (r, c) -> setActiveMany(r, true));
    svc.stateful("DeleteUser", (r, c) -> deleteOne(r));
    svc.stateful("DeleteUsers", (r, c) -> deleteMany(r));
    svc.stateful("RestoreUsers", (r, c) -> restore(r));
  }

  private ObjectNode existing(String id) {
    ObjectNode u = st.users.get(id);
    if (u == null) {
      throw EmulatorError.notFound("user " + id + " does not exist");
    }
    return u;
  }

  private void setFields(ObjectNode user, JsonNode fields, String where) {
    Iterator<Map.Entry<String, JsonNode>> it = fields.properties().iterator();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      if (e.getKey().equals("id")) {
        continue;
      }
      if (SERVER_OWNED.contains(e.getKey())) {
        throw EmulatorError.badField(where + "." + e.getKey(), "field " + e.getKey() + " is set by the server");
      }
      user.set(e.getKey(), e.getValue().deepCopy());
    }
  }

  private void emitUser(String type, ObjectNode user) {
    ObjectNode e = Json.object();
    e.put("type", type);
    e.put("created_at", st.now().toString());
    e.set("user", user.deepCopy());
    st.events.emit(e);
  }

  private Response upsert(Request r) {
    ObjectNode users = Json.obj(r.json(), "users");
    if (users == null || users.size() == 0) {
      throw EmulatorError.badField("users", "users is required: an object of user id to user");
    }
    ObjectNode out = Json.object();
    Iterator<Map.Entry<String, JsonNode>> it = users.properties().iterator();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      String id = Json.text(e.getValue(), "id");
      if (id == null || !id.equals(e.getKey())) {
        throw EmulatorError.badField("users." + e.getKey() + ".id", "users." + e.getKey() + ".id must be " + e.getKey());
      }
      boolean isNew = !st.users.containsKey(id);
      ObjectNode u = st.userNode(id);
      ObjectNode fresh = Json.object();
      for (String keep : new String[] {"id", "role", "banned", "online", "shadow_banned", "created_at",
          "deactivated_at", "deleted_at"}) {
        if (u.has(keep)) {
          fresh.set(keep, u.get(keep));
        }
      }
      setFields(fresh, e.getValue(), "users." + id);
      fresh.put("updated_at", st.now().toString());
      st.users.put(id, fresh);
      out.set(id, fresh.deepCopy());
      emitUser(isNew ? "user.created" : "user.updated", fresh);
    }
    return st.ok(201, "users", out, r.startNanos());
  }

  private Response partial(Request r) {
    ObjectNode body = r.json();
    List<JsonNode> updates = new ArrayList<>();
    JsonNode list = body.get("users");
    if (list != null && list.isArray()) {
      list.forEach(updates::add);
    } else {
      updates.add(body);
    }
    ObjectNode out = Json.object();
    for (JsonNode upd : updates) {
      String id = Json.text(upd, "id");
      if (id == null || id.isEmpty()) {
        throw EmulatorError.badField("id", "id is required for a partial user update");
      }
      ObjectNode u = existing(id);
      JsonNode set = upd.get("set");
      if (set != null && set.isObject()) {
        setFields(u, set, "set");
      }
      JsonNode unset = upd.get("unset");
      if (unset != null && unset.isArray()) {
        for (JsonNode k : unset) {
          if (SERVER_OWNED.contains(k.asText()) || k.asText().equals("id") || k.asText().equals("role")) {
            throw EmulatorError.badField("unset", "field " + k.asText() + " cannot be unset");
          }
          u.remove(k.asText());
        }
      }
      u.put("updated_at", st.now().toString());
      out.set(id, u.deepCopy());
      emitUser("user.updated", u);
    }
    return st.ok(200, "users", out, r.startNanos());
  }

  private Response query(Request r) {
    String payload = r.query("payload");
    ObjectNode q = payload == null || payload.isEmpty() ? Json.object() : Json.parseObject(payload, "payload");
    JsonNode filter = q.get("filter_conditions");
    int limit = q.path("limit").asInt(30);
    int offset = q.path("offset").asInt(0);
    if (limit < 0 || limit > 100 || offset < 0) {
      throw EmulatorError.badField("limit", "limit must be between 0 and 100 and offset not negative");
    }
    boolean withDeactivated = q.path("include_deactivated_users").asBoolean(false);
    Filters filters = new Filters((doc, field) -> Filters.path(doc, field), "payload.filter_conditions");
    List<ObjectNode> hits = new ArrayList<>();
    for (ObjectNode u : st.users.values()) {
      if ((u.has("deactivated_at") && !withDeactivated) || !filters.matches(u, filter)) {
        continue;
      }
      hits.add(u);
    }
    JsonNode sort = q.path("sort");
    if (sort.isArray() && sort.size() > 0) {
      String field = sort.get(0).path("field").asText("created_at");
      int dir = sort.get(0).path("direction").asInt(1);
      hits.sort((a, b) -> dir * a.path(field).asText("").compareTo(b.path(field).asText("")));
    }
    ArrayNode list = Json.array();
    for (ObjectNode u : hits.subList(Math.min(offset, hits.size()), Math.min(hits.size(), offset + limit))) {
      list.add(u.deepCopy());
    }
    return st.ok(200, "users", list, r.startNanos());
  }

  private ObjectNode activate(String id, boolean active) {
    ObjectNode u = existing(id);
    if (active) {
      u.remove("deactivated_at");
    } else {
      u.put("deactivated_at", st.now().toString());
    }
    u.put("updated_at", st.now().toString());
    emitUser(active ? "user.reactivated" : "user.deactivated", u);
    return u;
  }

  private Response setActive(Request r, String id, boolean active) {
    return st.ok(201, "user", activate(id, active).deepCopy(), r.startNanos());
  }

  private static List<String> userIds(ObjectNode body) {
    JsonNode ids = body.get("user_ids");
    if (ids == null || !ids.isArray() || ids.size() == 0) {
      throw EmulatorError.badField("user_ids", "user_ids must be a non-empty array");
    }
    List<String> out = new ArrayList<>();
    ids.forEach(i -> out.add(i.asText()));
    return out;
  }

  private Response setActiveMany(Request r, boolean active) {
    List<String> ids = userIds(r.json());
    ids.forEach(this::existing);
    ObjectNode result = Json.object();
    ArrayNode done = result.putArray("user_ids");
    for (String id : ids) {
      activate(id, active);
      done.add(id);
    }
    ObjectNode out = Json.object();
    out.put("task_id", st.finishedTask(active ? "reactivate-users" : "deactivate-users", result));
    return st.ok(201, out, r.startNanos());
  }

  private void delete(String id, boolean hard, boolean deleteMessages) {
    ObjectNode u = existing(id);
    Instant at = st.now();
    if (deleteMessages) {
      for (ObjectNode m : st.messages.values()) {
        if (id.equals(Json.text(Json.obj(m, "user"), "id")) && !m.has("deleted_at")) {
          m.put("type", "deleted");
          m.put("deleted_at", at.toString());
        }
      }
    }
    u.put("deleted_at", at.toString());
    emitUser("user.deleted", u);
    if (hard) {
      st.users.remove(id);
      st.channels.values().forEach(ch -> ch.members.remove(id));
    }
  }

  private Response deleteOne(Request r) {
    String id = r.param("user_id");
    boolean hard = "hard".equals(r.query("mark_messages_deleted")) || r.queryBool("hard_delete");
    delete(id, hard, r.queryBool("mark_messages_deleted"));
    ObjectNode result = Json.object();
    result.putArray("user_ids").add(id);
    ObjectNode out = Json.object();
    out.put("task_id", st.finishedTask("delete-users", result));
    return st.ok(200, out, r.startNanos());
  }

  private Response deleteMany(Request r) {
    ObjectNode body = r.json();
    List<String> ids = userIds(body);
    ids.forEach(this::existing);
    boolean hard = "hard".equals(Json.text(body, "user"));
    boolean messages = Json.text(body, "messages") != null;
    ObjectNode result = Json.object();
    ArrayNode done = result.putArray("user_ids");
    for (String id : ids) {
      delete(id, hard, messages);
      done.add(id);
    }
    ObjectNode out = Json.object();
    out.put("task_id", st.finishedTask("delete-users", result));
    return st.ok(201, out, r.startNanos());
  }

  private Response restore(Request r) {
    for (String id : userIds(r.json())) {
      ObjectNode u = existing(id);
      u.remove("deleted_at");
      u.put("updated_at", st.now().toString());
    }
    return st.ok(201, Json.object(), r.startNanos());
  }
}
