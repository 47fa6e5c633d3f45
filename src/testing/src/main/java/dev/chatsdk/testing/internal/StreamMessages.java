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

/** Stream messages: send, get, update (full and partial), delete, actions (giphy) and translation. */
final class StreamMessages {
  private final StreamStore st;

  StreamMessages(StreamStore st) {
    this.st = st;
  }

  void register(StreamService svc) {
    svc.stateful("SendMessage", (r, c) -> sendMessage(r, c, r.param("type"), r.param("id"), r.startNanos()));
    svc.stateful("GetManyMessages", (r, c) -> getManyMessages(r, c, r.param("type"), r.param("id"), r.startNanos()));
    svc.stateful("GetMessage", (r, c) -> getMessage(c, r.param("id"), r.startNanos()));
    svc.stateful("UpdateMessage", (r, c) -> updateMessage(r, c, r.param("id"), r.startNanos()));
    svc.stateful("UpdateMessagePartial", (r, c) -> updateMessagePartial(r, c, r.param("id"), r.startNanos()));
    svc.stateful("DeleteMessage", (r, c) -> deleteMessage(r, c, r.param("id"), r.startNanos()));
    svc.stateful("RunMessageAction", (r, c) -> runMessageAction(r, c, r.param("id"), r.startNanos()));
    svc.stateful("TranslateMessage", (r, c) -> translate(r, c, r.param("id"), r.startNanos()));
  }

  private static final Set<String> LANGUAGES = new HashSet<>(Arrays.asList(
      "af", "sq", "am", "ar", "az", "bn", "bs", "bg", "zh", "zh-TW", "hr", "cs", "da", "fa-AF", "nl",
      "en", "et", "fi", "fr", "fr-CA", "ka", "de", "el", "ha", "he", "hi", "hu", "id", "it", "ja", "ko",
      "lv", "ms", "no", "fa", "ps", "pl", "pt", "ro", "ru", "sr", "sk", "sl", "so", "es", "es-MX", "sw",
      "sv", "tl", "ta", "th", "tr", "uk", "ur", "vi"));
  /** Message fields the server owns; a request cannot set them directly. */
  private static final Set<String> SERVER_FIELDS = new HashSet<>(Arrays.asList(
      "id", "cid", "user", "user_id", "created_at", "updated_at", "deleted_at", "reply_count",
      "latest_reactions", "own_reactions", "reaction_counts", "reaction_scores", "reaction_groups",
      "parent_id", "thread_participants", "shadowed", "type", "command", "i18n", "quoted_message",
      "deleted_reply_count", "message_text_updated_at"));
  /** Fields of MessageRequest that are not copied onto the stored message as they are. */
  private static final Set<String> REQUEST_ONLY = new HashSet<>(Arrays.asList(
      "user", "user_id", "mentioned_users", "cid", "parent", "pinned_by", "reaction_scores", "id",
      "created_at", "updated_at", "deleted_at", "reply_count", "latest_reactions", "own_reactions",
      "reaction_counts", "thread_participants", "quoted_message", "i18n", "type", "command", "html"));

  // ------------------------------------------------------------------ messages

  private Response sendMessage(Request req, StreamStore.Caller caller, String type, String channelId, long start) {
    ObjectNode body = req.json();
    ObjectNode m = StreamStore.requiredObject(body, "message");
    st.checkChannel(type, channelId);
    String userId = st.actingUser(caller, m, "message");
    String id = Json.optionalString(m, "id", "message.id");
    if (id == null || id.isEmpty()) {
      id = UUID.randomUUID().toString();
    } else if (st.messages.containsKey(id)) {
      throw EmulatorError.badField("message.id", "a message with ID " + id + " already exists");
    }
    String parentId = Json.optionalString(m, "parent_id", "message.parent_id");
    String cid = type + ":" + channelId;
    ObjectNode parent = null;
    if (parentId != null && !parentId.isEmpty()) {
      parent = st.messages.get(parentId);
      if (parent == null) {
        throw EmulatorError.badField("message.parent_id", "parent message " + parentId + " does not exist");
      }
      if (!cid.equals(Json.text(parent, "cid"))) {
        throw EmulatorError.badField("message.parent_id", "parent message " + parentId + " is in another channel");
      }
      if (parent.hasNonNull("parent_id")) {
        throw EmulatorError.badField("message.parent_id", "replies to replies are not allowed");
      }
    }
    String quoted = Json.optionalString(m, "quoted_message_id", "message.quoted_message_id");
    if (quoted != null && !st.messages.containsKey(quoted)) {
      throw EmulatorError.badField("message.quoted_message_id", "quoted message " + quoted + " does not exist");
    }
    String text = Json.optionalString(m, "text", "message.text");
    text = text == null ? "" : text;
    ArrayNode attachments = StreamStore.attachments(m);
    String requestedType = Json.optionalString(m, "type", "message.type");
    if (requestedType != null && !requestedType.equals("regular") && !requestedType.equals("system")) {
      throw EmulatorError.badField("message.type", "message.type must be regular or system, got " + requestedType);
    }
    String msgType = requestedType == null ? (parent != null ? "reply" : "regular") : requestedType;
    String command = null;
    if (text.startsWith("/giphy ") && text.length() > 7) {
      command = "giphy";
      msgType = "ephemeral";
      attachments = Json.array();
      attachments.add(giphy(text.substring(7).trim(), 0, true));
    }
    if (st.banCheck.test(userId, cid)) {
      throw EmulatorError.of(403, "user '" + userId + "' is banned from channel " + cid);
    }
    StreamStore.Channel ch = st.channel(type, channelId, true, userId);
    Instant now = st.now();
    ObjectNode msg = Json.object();
    msg.put("id", id);
    msg.put("text", text);
    String html = Json.text(m, "html");
    msg.put("html", html != null && caller.server ? html : StreamStore.html(text));
    msg.put("type", msgType);
    msg.set("user", st.userCopy(userId));
    msg.set("attachments", attachments);
    msg.putArray("latest_reactions");
    msg.putArray("own_reactions");
    msg.putObject("reaction_counts");
    msg.putObject("reaction_scores");
    msg.put("reply_count", 0);
    msg.put("cid", cid);
    msg.put("created_at", now.toString());
    msg.put("updated_at", now.toString());
    msg.put("shadowed", false);
    msg.set("mentioned_users", st.mentionedUsers(m));
    msg.put("silent", m.path("silent").asBoolean(false));
    msg.put("pinned", m.path("pinned").asBoolean(false));
    if (command != null) {
      msg.put("command", command);
    }
    copyCustom(m, msg);
    if (parent != null) {
      msg.put("parent_id", parentId);
    }
    st.applyPin(msg, userId);
    st.messages.put(id, msg);
    if (!"ephemeral".equals(msgType)) {
      ch.messageIds.add(id);
      ch.lastMessageAt = now;
    }
    if (parent != null) {
      parent.put("reply_count", parent.path("reply_count").asInt() + 1);
      LinkedHashSet<String> participants = new LinkedHashSet<>();
      for (JsonNode p : parent.path("thread_participants")) {
        participants.add(p.path("id").asText());
      }
      if (participants.isEmpty() && st.authorOf(parent) != null) {
        participants.add(st.authorOf(parent));
      }
      participants.add(userId);
      ArrayNode tp = parent.putArray("thread_participants");
      for (String p : participants) {
        tp.add(st.userCopy(p));
      }
    }
    if (!"ephemeral".equals(msgType)) {
      st.emitMessage("message.new", msg, userId, null);
    }
    return st.ok(201, "message", st.render(msg, caller), start);
  }

  private static void copyCustom(JsonNode from, ObjectNode to) {
    Iterator<Map.Entry<String, JsonNode>> it = from.properties().iterator();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      if (!REQUEST_ONLY.contains(e.getKey()) && !to.has(e.getKey()) && !e.getValue().isNull()) {
        to.set(e.getKey(), e.getValue().deepCopy());
      }
    }
  }

  private static ObjectNode giphy(String query, int variant, boolean withActions) {
    ObjectNode a = Json.object();
    String slug = URLEncoder.encode(query, StandardCharsets.UTF_8);
    a.put("type", "giphy");
    a.put("title", query);
    a.put("title_link", "https://giphy.example.com/" + slug + "/" + variant);
    a.put("thumb_url", "https://giphy.example.com/" + slug + "/" + variant + ".gif");
    a.put("image_url", "https://giphy.example.com/" + slug + "/" + variant + ".gif");
    a.put("giphy_variant", variant);
    if (withActions) {
      ArrayNode actions = a.putArray("actions");
      actions.add(action("Send", "send", "primary"));
      actions.add(action("Shuffle", "shuffle", "default"));
      actions.add(action("Cancel", "cancel", "default"));
    }
    return a;
  }

  private static ObjectNode action(String text, String value, String style) {
    ObjectNode a = Json.object();
    a.put("name", "image_action");
    a.put("style", style);
    a.put("text", text);
    a.put("type", "button");
    a.put("value", value);
    return a;
  }

  private Response getMessage(StreamStore.Caller caller, String id, long start) {
    return st.ok(200, "message", st.render(st.message(id), caller), start);
  }

  private Response getManyMessages(Request req, StreamStore.Caller caller, String type, String id, long start) {
    List<String> raw = req.queryParams().get("ids");
    if (raw == null || raw.isEmpty()) {
      throw EmulatorError.badField("ids", "ids is a required query parameter (comma-separated message ids)");
    }
    StreamStore.Channel ch = st.channel(type, id, false, null);
    ArrayNode list = Json.array();
    for (String part : raw) {
      for (String msgId : part.split(",")) {
        ObjectNode msg = st.messages.get(msgId.trim());
        if (msg != null && ch.cid.equals(Json.text(msg, "cid"))) {
          list.add(st.render(msg, caller));
        }
      }
    }
    return st.ok(200, "messages", list, start);
  }

  private Response updateMessage(Request req, StreamStore.Caller caller, String id, long start) {
    ObjectNode body = req.json();
    ObjectNode m = StreamStore.requiredObject(body, "message");
    ObjectNode old = st.message(id);
    String bodyId = Json.text(m, "id");
    if (bodyId != null && !bodyId.isEmpty() && !bodyId.equals(id)) {
      throw EmulatorError.badField("message.id", "message.id " + bodyId + " does not match the id in the path " + id);
    }
    st.requireAuthor(caller, old, "update");
    String actor = caller.server ? st.optionalActingUser(caller, m) : caller.userId;
    String text = Json.optionalString(m, "text", "message.text");
    text = text == null ? "" : text;
    ObjectNode msg = Json.object();
    for (String keep : new String[] {"id", "text", "html", "type", "user", "attachments", "latest_reactions",
        "own_reactions", "reaction_counts", "reaction_scores", "reply_count", "cid", "created_at", "updated_at",
        "shadowed", "mentioned_users", "silent", "pinned", "parent_id", "thread_participants", "command",
        "deleted_at"}) {
      if (old.has(keep)) {
        msg.set(keep, old.get(keep).deepCopy());
      }
    }
    msg.put("text", text);
    String html = Json.text(m, "html");
    msg.put("html", html != null && caller.server ? html : StreamStore.html(text));
    msg.set("attachments", StreamStore.attachments(m));
    msg.set("mentioned_users", st.mentionedUsers(m));
    msg.put("silent", m.path("silent").asBoolean(false));
    msg.put("pinned", m.path("pinned").asBoolean(false));
    Instant now = st.now();
    msg.put("updated_at", now.toString());
    if (!text.equals(Json.text(old, "text"))) {
      msg.put("message_text_updated_at", now.toString());
    } else if (old.has("message_text_updated_at")) {
      msg.set("message_text_updated_at", old.get("message_text_updated_at"));
    }
    copyCustom(m, msg);
    st.applyPin(msg, actor == null ? st.authorOf(old) : actor);
    st.messages.put(id, msg);
    st.emitMessage("message.updated", msg, actor == null ? st.authorOf(old) : actor, null);
    return st.ok(201, "message", st.render(msg, caller), start);
  }

  private Response updateMessagePartial(Request req, StreamStore.Caller caller, String id, long start) {
    ObjectNode body = req.json();
    JsonNode set = body.get("set");
    JsonNode unset = body.get("unset");
    if ((set == null || set.isNull()) && (unset == null || unset.isNull())) {
      throw EmulatorError.badField("set", "set or unset must be provided");
    }
    if (set != null && !set.isNull() && !set.isObject()) {
      throw EmulatorError.badField("set", "set must be an object");
    }
    if (unset != null && !unset.isNull() && !unset.isArray()) {
      throw EmulatorError.badField("unset", "unset must be an array of field names");
    }
    ObjectNode msg = st.message(id);
    st.requireAuthor(caller, msg, "update");
    String actor = st.optionalActingUser(caller, body);
    ObjectNode updated = msg.deepCopy();
    if (set != null && set.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> it = set.properties().iterator();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> e = it.next();
        String key = e.getKey();
        if (SERVER_FIELDS.contains(key)) {
          throw EmulatorError.badField("set." + key, "field " + key + " cannot be set with a partial update");
        }
        if (key.equals("text")) {
          if (!e.getValue().isTextual()) {
            throw EmulatorError.badField("set.text", "set.text must be a string");
          }
          updated.put("html", StreamStore.html(e.getValue().asText()));
        }
        if (key.equals("mentioned_users")) {
          updated.set(key, st.mentionedUsers(set));
        } else {
          updated.set(key, e.getValue().deepCopy());
        }
      }
    }
    if (unset != null && unset.isArray()) {
      for (JsonNode k : unset) {
        String key = k.asText();
        if (SERVER_FIELDS.contains(key)) {
          throw EmulatorError.badField("unset", "field " + key + " cannot be unset");
        }
        switch (key) {
          case "text":
            updated.put("text", "");
            updated.put("html", "");
            break;
          case "attachments":
          case "mentioned_users":
            updated.putArray(key);
            break;
          case "silent":
          case "pinned":
            updated.put(key, false);
            break;
          default:
            updated.remove(key);
        }
      }
    }
    Instant now = st.now();
    updated.put("updated_at", now.toString());
    if (!Json.text(updated, "text").equals(Json.text(msg, "text"))) {
      updated.put("message_text_updated_at", now.toString());
    }
    if (set != null && set.has("pinned") || unset != null && unset.toString().contains("\"pinned\"")) {
      st.applyPin(updated, actor == null ? st.authorOf(msg) : actor);
    }
    st.messages.put(id, updated);
    st.emitMessage("message.updated", updated, actor == null ? st.authorOf(msg) : actor, null);
    return st.ok(201, "message", st.render(updated, caller), start);
  }

  private Response deleteMessage(Request req, StreamStore.Caller caller, String id, long start) {
    boolean hard = req.queryBool("hard");
    ObjectNode msg = st.message(id);
    st.requireAuthor(caller, msg, "delete");
    Instant now = st.now();
    msg.put("type", "deleted");
    if (!msg.has("deleted_at")) {
      msg.put("deleted_at", now.toString());
    }
    msg.put("updated_at", now.toString());
    ObjectNode rendered = st.render(msg, caller);
    if (hard) {
      st.messages.remove(id);
      st.reactions.remove(id);
      StreamStore.Channel ch = st.channels.get(Json.text(msg, "cid"));
      if (ch != null) {
        ch.messageIds.remove(id);
      }
      st.flags.values().removeIf(f -> id.equals(Json.text(f, "target_message_id")));
    }
    ObjectNode deleted = st.event("message.deleted", Json.text(msg, "cid"), caller.server ? null : caller.userId);
    deleted.put("message_id", id);
    deleted.set("message", rendered.deepCopy());
    deleted.put("hard_delete", hard);
    st.events.emit(deleted);
    return st.ok(200, "message", rendered, start);
  }

  private Response runMessageAction(Request req, StreamStore.Caller caller, String id, long start) {
    ObjectNode body = req.json();
    ObjectNode form = StreamStore.requiredObject(body, "form_data");
    ObjectNode msg = st.message(id);
    String userId = st.actingUser(caller, body, "request");
    if (!userId.equals(st.authorOf(msg))) {
      throw EmulatorError.of(403, "only the author of message " + id + " can run its actions");
    }
    String action = Json.text(form, "image_action");
    if (action == null) {
      throw EmulatorError.badField("form_data", "the emulator supports the image_action action (giphy) only");
    }
    if (!"giphy".equals(Json.text(msg, "command")) || !"ephemeral".equals(Json.text(msg, "type"))) {
      throw EmulatorError.badField("form_data", "message " + id + " is not an ephemeral /giphy message");
    }
    String query = msg.path("attachments").path(0).path("title").asText();
    int variant = msg.path("attachments").path(0).path("giphy_variant").asInt();
    ObjectNode out = Json.object();
    Instant now = st.now();
    switch (action) {
      case "shuffle":
        msg.putArray("attachments").add(giphy(query, variant + 1, true));
        msg.put("updated_at", now.toString());
        break;
      case "send":
        msg.putArray("attachments").add(giphy(query, variant, false));
        msg.put("type", "regular");
        msg.put("updated_at", now.toString());
        StreamStore.Channel ch = st.channels.get(Json.text(msg, "cid"));
        ch.messageIds.add(id);
        ch.lastMessageAt = now;
        st.emitMessage("message.new", msg, userId, null);
        break;
      case "cancel":
        st.messages.remove(id);
        msg.put("type", "deleted");
        msg.put("deleted_at", now.toString());
        break;
      default:
        throw EmulatorError.badField("form_data.image_action", "image_action must be send, shuffle or cancel");
    }
    out.set("message", st.render(msg, caller));
    return st.ok(201, out, start);
  }

  private Response translate(Request req, StreamStore.Caller caller, String id, long start) {
    ObjectNode body = req.json();
    String language = Json.optionalString(body, "language", "language");
    if (language == null || language.isEmpty()) {
      throw EmulatorError.badField("language", "language is a required field");
    }
    if (!LANGUAGES.contains(language)) {
      throw EmulatorError.badField("language", "language '" + language + "' is not a supported language");
    }
    ObjectNode msg = st.message(id);
    ObjectNode i18n = Json.obj(msg, "i18n");
    if (i18n == null) {
      i18n = msg.putObject("i18n");
    }
    String source = Json.text(Json.obj(msg, "user"), "language");
    String sourceLanguage = source == null || source.isEmpty() ? "en" : source;
    i18n.put(sourceLanguage + "_text", Json.text(msg, "text"));
    i18n.put(language + "_text", language.equals(sourceLanguage)
        ? Json.text(msg, "text") : "[" + language + "] " + Json.text(msg, "text"));
    i18n.put("language", sourceLanguage);
    return st.ok(201, "message", st.render(msg, caller), start);
  }


}
