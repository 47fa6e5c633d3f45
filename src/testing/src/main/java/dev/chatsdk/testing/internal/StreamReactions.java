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

/** Stream reactions: send, delete and list. */
final class StreamReactions {
  private static final int LATEST_REACTIONS = 10;

  private final StreamStore st;

  StreamReactions(StreamStore st) {
    this.st = st;
  }

  void register(StreamService svc) {
    svc.stateful("SendReaction", (r, c) -> sendReaction(r, c, r.param("id"), r.startNanos()));
    svc.stateful("DeleteReaction", (r, c) -> deleteReaction(r, c, r.param("id"), r.param("type"), r.startNanos()));
    svc.stateful("GetReactions", (r, c) -> getReactions(r, r.param("id"), r.startNanos()));
  }



  // ------------------------------------------------------------------ reactions

  private void refreshReactions(ObjectNode msg) {
    List<ObjectNode> list = st.reactions.getOrDefault(Json.text(msg, "id"), List.of());
    ObjectNode counts = Json.object();
    ObjectNode scores = Json.object();
    for (ObjectNode r : list) {
      String type = Json.text(r, "type");
      counts.put(type, counts.path(type).asInt() + 1);
      scores.put(type, scores.path(type).asInt() + r.path("score").asInt());
    }
    ArrayNode latest = Json.array();
    List<ObjectNode> newest = newestFirst(list);
    for (int i = 0; i < Math.min(LATEST_REACTIONS, newest.size()); i++) {
      latest.add(newest.get(i).deepCopy());
    }
    msg.set("latest_reactions", latest);
    msg.set("reaction_counts", counts);
    msg.set("reaction_scores", scores);
  }

  private static List<ObjectNode> newestFirst(List<ObjectNode> list) {
    List<ObjectNode> newest = new ArrayList<>(list);
    newest.sort(Comparator.comparing((ObjectNode r) -> Instant.parse(Json.text(r, "updated_at"))).reversed());
    return newest;
  }

  private Response sendReaction(Request req, StreamStore.Caller caller, String id, long start) {
    ObjectNode body = req.json();
    ObjectNode r = StreamStore.requiredObject(body, "reaction");
    String type = Json.optionalString(r, "type", "reaction.type");
    if (type == null || type.isEmpty()) {
      throw EmulatorError.badField("reaction.type", "reaction.type is a required field");
    }
    ObjectNode msg = st.message(id);
    if (!StreamStore.visible(msg)) {
      throw EmulatorError.badField("id", "cannot react to a deleted or ephemeral message");
    }
    String userId = st.actingUser(caller, r, "reaction");
    JsonNode scoreNode = r.get("score");
    int score = scoreNode == null || scoreNode.isNull() ? 1 : scoreNode.asInt();
    if (score < 0) {
      throw EmulatorError.badField("reaction.score", "reaction.score must not be negative");
    }
    boolean unique = body.path("enforce_unique").asBoolean(false);
    List<ObjectNode> list = st.reactions.computeIfAbsent(id, x -> new ArrayList<>());
    Instant now = st.now();
    ObjectNode existing = null;
    for (Iterator<ObjectNode> it = list.iterator(); it.hasNext(); ) {
      ObjectNode x = it.next();
      if (userId.equals(Json.text(x, "user_id"))) {
        if (type.equals(Json.text(x, "type"))) {
          existing = x;
        } else if (unique) {
          it.remove();
        }
      }
    }
    ObjectNode reaction = Json.object();
    reaction.put("message_id", id);
    reaction.put("type", type);
    reaction.put("score", score);
    reaction.put("created_at", existing == null ? now.toString() : Json.text(existing, "created_at"));
    reaction.put("updated_at", now.toString());
    reaction.set("user", st.userCopy(userId));
    reaction.put("user_id", userId);
    Iterator<Map.Entry<String, JsonNode>> it = r.properties().iterator();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      if (!reaction.has(e.getKey()) && !e.getKey().equals("user") && !e.getValue().isNull()) {
        reaction.set(e.getKey(), e.getValue().deepCopy());
      }
    }
    if (existing != null) {
      list.set(list.indexOf(existing), reaction);
    } else {
      list.add(reaction);
    }
    refreshReactions(msg);
    msg.put("updated_at", now.toString());
    st.emitMessage(existing == null ? "reaction.new" : "reaction.updated", msg, userId, reaction);
    ObjectNode out = Json.object();
    out.set("message", st.render(msg, caller));
    out.set("reaction", reaction.deepCopy());
    return st.ok(201, out, start);
  }

  private Response deleteReaction(Request req, StreamStore.Caller caller, String id, String type, long start) {
    String userId = caller.server ? req.query("user_id") : caller.userId;
    if (userId == null || userId.isEmpty()) {
      throw EmulatorError.badField("user_id", "user_id is required when using server side auth");
    }
    ObjectNode msg = st.message(id);
    List<ObjectNode> list = st.reactions.getOrDefault(id, new ArrayList<>());
    ObjectNode removed = null;
    for (ObjectNode r : list) {
      if (userId.equals(Json.text(r, "user_id")) && type.equals(Json.text(r, "type"))) {
        removed = r;
      }
    }
    if (removed == null) {
      throw EmulatorError.notFound("reaction " + type + " of user " + userId + " on message " + id + " does not exist");
    }
    list.remove(removed);
    refreshReactions(msg);
    msg.put("updated_at", st.now().toString());
    st.emitMessage("reaction.deleted", msg, userId, removed);
    ObjectNode out = Json.object();
    out.set("message", st.render(msg, caller));
    out.set("reaction", removed.deepCopy());
    return st.ok(200, out, start);
  }

  private Response getReactions(Request req, String id, long start) {
    st.message(id);
    int limit = req.queryInt("limit", 10);
    int offset = req.queryInt("offset", 0);
    if (limit < 0 || limit > 300) {
      throw EmulatorError.badField("limit", "limit must be between 0 and 300");
    }
    if (offset < 0) {
      throw EmulatorError.badField("offset", "offset must not be negative");
    }
    List<ObjectNode> newest = newestFirst(st.reactions.getOrDefault(id, List.of()));
    ArrayNode list = Json.array();
    for (int i = offset; i < Math.min(newest.size(), offset + limit); i++) {
      list.add(newest.get(i).deepCopy());
    }
    return st.ok(200, "reactions", list, start);
  }


}
