package dev.chatsdk.testing.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
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
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Google Chat spaces: create, set up, find direct messages, get, patch, delete, list, complete import. */
final class GoogleSpaces {
  private final GoogleStore st;

  GoogleSpaces(GoogleStore st) {
    this.st = st;
  }

  void register(GoogleChatService svc) {
    svc.stateful("spaces.list", (r, c) -> listSpaces(r));
    svc.stateful("spaces.create", (r, c) -> createSpace(r));
    svc.stateful("spaces.setup", (r, c) -> setup(r));
    svc.stateful("spaces.findDirectMessage", (r, c) -> findDirectMessage(r));
    svc.stateful("spaces.completeImport", (r, c) -> completeImport(spaceName(r)));
    svc.stateful("spaces.get", (r, c) -> GoogleStore.ok(st.space(spaceName(r)).deepCopy()));
    svc.stateful("spaces.patch", GoogleSpaceEvents.recording(st, "space.v1.updated", "spaceUpdatedEventData", "space",
        null, (r, c) -> patchSpace(r, spaceName(r))));
    svc.stateful("spaces.delete", (r, c) -> deleteSpace(spaceName(r)));
  }

  static String spaceName(Request r) {
    return "spaces/" + r.param("spacesId");
  }

  private ObjectNode newSpace(ObjectNode body, String field, boolean allowNonSpace) {
    GoogleStore.rejectUnknown(body, GoogleStore.SPACE_FIELDS, field);
    String type = Json.optionalString(body, "spaceType", field + ".spaceType");
    if (type == null || type.isEmpty() || type.equals("SPACE_TYPE_UNSPECIFIED")) {
      throw GoogleStore.invalid(field + ".spaceType", field + ".spaceType is required (SPACE, GROUP_CHAT or DIRECT_MESSAGE)");
    }
    if (!GoogleStore.SPACE_TYPES.contains(type)) {
      throw GoogleStore.invalid(field + ".spaceType", "unknown spaceType " + type);
    }
    boolean importMode = body.path("importMode").asBoolean(false);
    if (!type.equals("SPACE") && !allowNonSpace && !importMode) {
      throw GoogleStore.invalid(field + ".spaceType", "spaces.create makes st.spaces of type SPACE; use st.spaces.setup for " + type);
    }
    String displayName = Json.optionalString(body, "displayName", field + ".displayName");
    if (type.equals("SPACE")) {
      if (displayName == null || displayName.trim().isEmpty()) {
        throw GoogleStore.invalid(field + ".displayName", "displayName is required for a space of type SPACE");
      }
      if (displayName.length() > 128) {
        throw GoogleStore.invalid(field + ".displayName", "displayName must be at most 128 characters");
      }
      for (ObjectNode other : st.spaces.values()) {
        if (displayName.equals(Json.text(other, "displayName")) && "SPACE".equals(Json.text(other, "spaceType"))) {
          throw EmulatorError.of(409, "A space with the same display name already exists.");
        }
      }
    }
    Instant now = st.now();
    String id = GoogleStore.randomId(11);
    ObjectNode s = Json.object();
    s.put("name", "spaces/" + id);
    s.put("type", type.equals("SPACE") ? "ROOM" : "DM");
    if (displayName != null && !displayName.isEmpty()) {
      s.put("displayName", displayName);
    }
    if (body.path("externalUserAllowed").asBoolean(false)) {
      s.put("externalUserAllowed", true);
    }
    if (body.path("singleUserBotDm").asBoolean(false)) {
      s.put("singleUserBotDm", true);
    }
    s.put("spaceThreadingState", type.equals("SPACE") ? "THREADED_MESSAGES" : "UNTHREADED_MESSAGES");
    s.put("spaceType", type);
    if (type.equals("SPACE")) {
      s.put("threaded", true);
    }
    s.put("spaceHistoryState", body.path("spaceHistoryState").asText("HISTORY_ON"));
    for (String copy : new String[] {"spaceDetails", "permissionSettings"}) {
      if (body.hasNonNull(copy)) {
        s.set(copy, body.get(copy).deepCopy());
      }
    }
    Instant created = now;
    if (importMode) {
      s.put("importMode", true);
      if (body.hasNonNull("createTime")) {
        created = GoogleQueries.timeField(body, "createTime");
        if (created.isAfter(now)) {
          throw GoogleStore.invalid(field + ".createTime", "createTime of an imported space must be in the past");
        }
      }
      s.put("importModeExpireTime", now.plus(Duration.ofDays(90)).toString());
    }
    s.put("createTime", created.toString());
    s.put("lastActiveTime", created.toString());
    ObjectNode access = s.putObject("accessSettings");
    access.put("accessState", "PRIVATE");
    String audience = body.path("accessSettings").path("audience").asText("");
    if (!audience.isEmpty()) {
      access.put("audience", audience);
    }
    s.put("spaceUri", "https://chat.google.com/room/" + id + "?cls=11");
    st.spaces.put("spaces/" + id, s);
    return s;
  }


  private Response createSpace(Request req) {
    ObjectNode body = req.json();
    String requestId = req.query("requestId");
    if (requestId != null && !requestId.isEmpty()) {
      String existing = st.spaceRequestIds.get(requestId);
      if (existing != null && st.spaces.containsKey(existing)) {
        return GoogleStore.ok(st.spaces.get(existing).deepCopy());
      }
    }
    ObjectNode s = newSpace(body, "space", false);
    String name = Json.text(s, "name");
    if (!s.path("importMode").asBoolean(false)) {
      st.addMember(name, st.callerMembership(), "space", true);
    }
    if (requestId != null && !requestId.isEmpty()) {
      st.spaceRequestIds.put(requestId, name);
    }
    return GoogleStore.ok(s.deepCopy());
  }


  private Response setup(Request req) {
    ObjectNode body = req.json();
    GoogleStore.rejectUnknown(body, GoogleStore.SETUP_FIELDS, "SetUpSpaceRequest");
    ObjectNode spaceBody = Json.obj(body, "space");
    if (spaceBody == null) {
      throw GoogleStore.invalid("space", "space is required");
    }
    String requestId = Json.optionalString(body, "requestId", "requestId");
    if (requestId != null && !requestId.isEmpty()) {
      String existing = st.spaceRequestIds.get(requestId);
      if (existing != null && st.spaces.containsKey(existing)) {
        return GoogleStore.ok(st.spaces.get(existing).deepCopy());
      }
    }
    JsonNode list = body.get("memberships");
    List<JsonNode> members = new ArrayList<>();
    if (list != null && list.isArray()) {
      list.forEach(members::add);
    }
    if (members.size() > 49) {
      throw GoogleStore.invalid("memberships", "at most 49 st.memberships can be set up with a space");
    }
    Set<String> names = new LinkedHashSet<>();
    for (JsonNode ms : members) {
      GoogleStore.rejectUnknown(ms, GoogleStore.MEMBERSHIP_FIELDS, "memberships[]");
      String n = ms.path("member").path("name").asText(ms.path("groupMember").path("name").asText(""));
      if (!names.add(n)) {
        throw GoogleStore.invalid("memberships", "membership " + n + " is listed twice");
      }
    }
    String type = spaceBody.path("spaceType").asText("");
    if (type.equals("DIRECT_MESSAGE")) {
      boolean botDm = spaceBody.path("singleUserBotDm").asBoolean(false);
      if (botDm ? !members.isEmpty() : members.size() != 1) {
        throw GoogleStore.invalid("memberships", "a direct message is set up with exactly one other human user");
      }
      if (!botDm) {
        ObjectNode existing = findDm(names.iterator().next());
        if (existing != null) {
          return GoogleStore.ok(existing.deepCopy());
        }
      }
    } else if (type.equals("GROUP_CHAT") && members.size() < 2) {
      throw GoogleStore.invalid("memberships", "a group chat is set up with at least two other human users");
    }
    ObjectNode s = newSpace(spaceBody, "space", true);
    String name = Json.text(s, "name");
    st.addMember(name, st.callerMembership(), "space", true);
    for (JsonNode ms : members) {
      st.addMember(name, ms, "memberships[]", false);
    }
    if (requestId != null && !requestId.isEmpty()) {
      st.spaceRequestIds.put(requestId, name);
    }
    return GoogleStore.ok(s.deepCopy());
  }

  private @Nullable ObjectNode findDm(String userName) {
    for (ObjectNode s : st.spaces.values()) {
      if (!"DIRECT_MESSAGE".equals(Json.text(s, "spaceType"))) {
        continue;
      }
      String prefix = Json.text(s, "name") + "/members/";
      for (ObjectNode ms : st.memberships.values()) {
        if (Json.text(ms, "name").startsWith(prefix) && userName.equals(ms.path("member").path("name").asText())) {
          return s;
        }
      }
    }
    return null;
  }

  private Response findDirectMessage(Request req) {
    String name = req.query("name");
    if (name == null || name.isEmpty()) {
      throw GoogleStore.invalid("name", "name is required: the user to find the direct message with (users/{user})");
    }
    if (!GoogleStore.USER_NAME.matcher(name).matches()) {
      throw GoogleStore.invalid("name", "name must look like users/{user}");
    }
    ObjectNode dm = findDm(name);
    if (dm == null) {
      throw GoogleStore.notFound("Direct message with " + name);
    }
    return GoogleStore.ok(dm.deepCopy());
  }

  private Response patchSpace(Request req, String name) {
    ObjectNode sp = st.space(name);
    ObjectNode body = req.json();
    GoogleStore.rejectUnknown(body, GoogleStore.SPACE_FIELDS, "space");
    List<String> paths = GoogleQueries.mask(req, GoogleStore.SPACE_MASK, false);
    ObjectNode updated = sp.deepCopy();
    for (String path : paths) {
      if (path.equals("displayName")) {
        String dn = Json.text(body, "displayName");
        if ("SPACE".equals(Json.text(sp, "spaceType")) && (dn == null || dn.trim().isEmpty())) {
          throw GoogleStore.invalid("space.displayName", "a space of type SPACE needs a displayName");
        }
        for (ObjectNode other : st.spaces.values()) {
          if (other != sp && dn != null && dn.equals(Json.text(other, "displayName"))
              && "SPACE".equals(Json.text(other, "spaceType"))) {
            throw EmulatorError.of(409, "A space with the same display name already exists.");
          }
        }
      } else if (path.equals("spaceType")) {
        String t = Json.text(body, "spaceType");
        if (!"SPACE".equals(t) || !"GROUP_CHAT".equals(Json.text(sp, "spaceType"))) {
          throw GoogleStore.invalid("space.spaceType", "spaceType can only change from GROUP_CHAT to SPACE");
        }
        if (!body.hasNonNull("displayName") || !paths.contains("displayName")) {
          throw GoogleStore.invalid("space.displayName", "turning a group chat into a space also needs displayName in the mask");
        }
        updated.put("type", "ROOM");
      }
      GoogleQueries.copyPath(body, updated, path);
    }
    st.spaces.put(name, updated);
    return GoogleStore.ok(updated.deepCopy());
  }

  private Response deleteSpace(String name) {
    st.space(name);
    st.spaces.remove(name);
    String prefix = name + "/";
    st.memberships.keySet().removeIf(k -> k.startsWith(prefix));
    st.messages.keySet().removeIf(k -> k.startsWith(prefix));
    st.reactions.keySet().removeIf(k -> k.startsWith(prefix));
    st.threads.keySet().removeIf(k -> k.startsWith(prefix));
    st.threadKeys.keySet().removeIf(k -> k.startsWith(prefix));
    st.media.values().removeIf(m -> m.space.equals(name));
    return GoogleStore.ok(Json.object());
  }

  private Response listSpaces(Request req) {
    String filter = req.query("filter");
    List<List<String[]>> clauses = GoogleQueries.parseFilter(filter, GoogleStore.set("spaceType"));
    for (List<String[]> ors : clauses) {
      for (String[] t : ors) {
        if (!t[1].equals("=") || !GoogleStore.SPACE_TYPES.contains(t[2])) {
          throw GoogleStore.invalid("filter", "Invalid filter: use spaceType = \"SPACE\" (or GROUP_CHAT, DIRECT_MESSAGE) joined with OR");
        }
      }
    }
    if (clauses.size() > 1) {
      throw GoogleStore.invalid("filter", "Invalid filter: spaceType conditions are joined with OR, not AND");
    }
    List<ObjectNode> all = GoogleQueries.select(st.spaces.values(), s -> GoogleQueries.matchesFilter(s, clauses));
    ObjectNode out = Json.object();
    GoogleQueries.page(req, all, "spaces|" + filter, 100, 1000, out, "spaces");
    return GoogleStore.ok(out);
  }

  private Response completeImport(String name) {
    ObjectNode sp = st.space(name);
    if (!sp.path("importMode").asBoolean(false)) {
      throw EmulatorError.of(400, "FAILED_PRECONDITION", "Space " + name + " is not in import mode.");
    }
    sp.remove("importMode");
    sp.remove("importModeExpireTime");
    ObjectNode out = Json.object();
    out.set("space", sp.deepCopy());
    return GoogleStore.ok(out);
  }


}
