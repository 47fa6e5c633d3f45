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

/** Stream threads: the replies of a message, with the id and time windows of GetReplies. */
final class StreamReplies {
  private final StreamStore st;

  StreamReplies(StreamStore st) {
    this.st = st;
  }

  void register(StreamService svc) {
    svc.stateful("GetReplies", (r, c) -> getReplies(r, c, r.param("parent_id"), r.startNanos()));
  }

  private Response getReplies(Request req, StreamStore.Caller caller, String parentId, long start) {
    st.message(parentId);
    List<ObjectNode> thread = new ArrayList<>();
    for (ObjectNode msg : st.messages.values()) {
      if (parentId.equals(Json.text(msg, "parent_id")) && !"ephemeral".equals(Json.text(msg, "type"))) {
        thread.add(msg);
      }
    }
    thread.sort(Comparator.comparing(x -> Instant.parse(Json.text(x, "created_at"))));
    int limit = req.queryInt("limit", 100);
    if (limit < 0 || limit > 300) {
      throw EmulatorError.badField("limit", "limit must be between 0 and 300");
    }
    int offset = req.queryInt("offset", 0);
    List<ObjectNode> selected = new ArrayList<>();
    String around = req.query("id_around");
    Instant aroundTime = instantParam(req, "created_at_around");
    int pivot = -1;
    for (int i = 0; i < thread.size(); i++) {
      ObjectNode msg = thread.get(i);
      String id = Json.text(msg, "id");
      if (id.equals(around)) {
        pivot = i;
      }
      if (aroundTime != null && pivot < 0 && !Instant.parse(Json.text(msg, "created_at")).isBefore(aroundTime)) {
        pivot = i;
      }
      if (idBound(req, thread, i) && timeBound(req, msg)) {
        selected.add(msg);
      }
    }
    if (around != null || aroundTime != null) {
      if (pivot < 0) {
        pivot = thread.size();
      }
      int from = Math.max(0, pivot - limit / 2);
      selected = new ArrayList<>(thread.subList(from, Math.min(thread.size(), from + limit)));
    } else {
      int from = Math.min(offset, selected.size());
      boolean fromEnd = req.query("id_lt") != null || req.query("id_lte") != null
          || req.query("created_at_before") != null || req.query("created_at_before_or_equal") != null;
      if (fromEnd && req.query("id_gt") == null && req.query("id_gte") == null) {
        int to = Math.max(0, selected.size() - from);
        selected = new ArrayList<>(selected.subList(Math.max(0, to - limit), to));
      } else {
        selected = new ArrayList<>(selected.subList(from, Math.min(selected.size(), from + limit)));
      }
    }
    ArrayNode list = Json.array();
    for (ObjectNode msg : selected) {
      list.add(st.render(msg, caller));
    }
    return st.ok(200, "messages", list, start);
  }

  private static int indexOfId(List<ObjectNode> thread, String id, String param) {
    for (int i = 0; i < thread.size(); i++) {
      if (id.equals(Json.text(thread.get(i), "id"))) {
        return i;
      }
    }
    throw EmulatorError.badField(param, param + ": message " + id + " is not in this thread");
  }

  private static boolean idBound(Request req, List<ObjectNode> thread, int i) {
    String v;
    if ((v = req.query("id_gt")) != null && i <= indexOfId(thread, v, "id_gt")) {
      return false;
    }
    if ((v = req.query("id_gte")) != null && i < indexOfId(thread, v, "id_gte")) {
      return false;
    }
    if ((v = req.query("id_lt")) != null && i >= indexOfId(thread, v, "id_lt")) {
      return false;
    }
    return (v = req.query("id_lte")) == null || i <= indexOfId(thread, v, "id_lte");
  }

  private static boolean timeBound(Request req, ObjectNode msg) {
    Instant t = Instant.parse(Json.text(msg, "created_at"));
    Instant b;
    if ((b = instantParam(req, "created_at_after")) != null && !t.isAfter(b)) {
      return false;
    }
    if ((b = instantParam(req, "created_at_after_or_equal")) != null && t.isBefore(b)) {
      return false;
    }
    if ((b = instantParam(req, "created_at_before")) != null && !t.isBefore(b)) {
      return false;
    }
    return (b = instantParam(req, "created_at_before_or_equal")) == null || !t.isAfter(b);
  }

  private static @Nullable Instant instantParam(Request req, String name) {
    String v = req.query(name);
    if (v == null || v.isEmpty()) {
      return null;
    }
    if (v.startsWith("\"")) {
      throw EmulatorError.badField(name, name + " must be a plain RFC 3339 date-time, not JSON-quoted");
    }
    try {
      return java.time.OffsetDateTime.parse(v).toInstant();
    } catch (DateTimeParseException e) {
      throw EmulatorError.badField(name, name + " must be an RFC 3339 date-time, got '" + v + "'");
    }
  }


}
