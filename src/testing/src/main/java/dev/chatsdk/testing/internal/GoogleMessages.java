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

/** Google Chat messages: create (threads, reply options, request ids), list, get, update, delete. */
final class GoogleMessages {
  private final GoogleStore st;

  GoogleMessages(GoogleStore st) {
    this.st = st;
  }

  void register(GoogleChatService svc) {
    svc.stateful("spaces.messages.create", GoogleSpaceEvents.recording(st, "message.v1.created",
        "messageCreatedEventData", "message", null, (r, c) -> createMessage(r, GoogleSpaces.spaceName(r))));
    svc.stateful("spaces.messages.list", (r, c) -> listMessages(r, GoogleSpaces.spaceName(r)));
    svc.stateful("spaces.messages.get", (r, c) -> GoogleStore.ok(st.message(messageName(r)).deepCopy()));
    ServiceHandler.Operation<String> update = GoogleSpaceEvents.recording(st, "message.v1.updated",
        "messageUpdatedEventData", "message", null, (r, c) -> updateMessage(r, messageName(r)));
    svc.stateful("spaces.messages.patch", update);
    svc.stateful("spaces.messages.update", update);
    svc.stateful("spaces.messages.delete", GoogleSpaceEvents.recording(st, "message.v1.deleted",
        "messageDeletedEventData", "message", r -> st.message(messageName(r)), (r, c) -> deleteMessage(r, messageName(r))));
  }

  static String messageName(Request r) {
    return GoogleSpaces.spaceName(r) + "/messages/" + r.param("messagesId");
  }

  private static void requireContent(ObjectNode msg) {
    boolean text = msg.path("text").asText("").length() > 0;
    boolean cards = msg.path("cardsV2").size() > 0 || msg.path("cards").size() > 0;
    boolean files = msg.path("attachment").size() > 0;
    if (!text && !cards && !files) {
      throw GoogleStore.invalid("message", "Message cannot be empty: set text, cardsV2 or an attachment.");
    }
    if (msg.path("text").asText("").length() > 4096) {
      throw GoogleStore.invalid("message.text", "text must be at most 4096 characters");
    }
    JsonNode cardsV2 = msg.get("cardsV2");
    if (cardsV2 != null && !cardsV2.isNull()) {
      if (!cardsV2.isArray()) {
        throw GoogleStore.invalid("message.cardsV2", "cardsV2 must be an array");
      }
      for (int i = 0; i < cardsV2.size(); i++) {
        if (!cardsV2.get(i).path("card").isObject()) {
          throw GoogleStore.invalid("message.cardsV2[" + i + "].card", "cardsV2[" + i + "].card is required");
        }
      }
    }
  }

  private ArrayNode resolveAttachments(String space, String messageName, @Nullable JsonNode list) {
    ArrayNode out = Json.array();
    if (list == null || list.isNull()) {
      return out;
    }
    if (!list.isArray()) {
      throw GoogleStore.invalid("message.attachment", "attachment must be an array");
    }
    for (JsonNode a : list) {
      ObjectNode att = Json.object();
      att.put("name", messageName + "/attachments/" + GoogleStore.randomId(16));
      JsonNode ref = a.get("attachmentDataRef");
      JsonNode drive = a.get("driveDataRef");
      if (ref != null && ref.isObject()) {
        String resource = Json.text(ref, "resourceName");
        GoogleStore.Media md = resource == null ? null : st.media.get(resource);
        if (md == null || !md.space.equals(space)) {
          throw GoogleStore.invalid("message.attachment.attachmentDataRef",
              "attachmentDataRef does not refer to a file uploaded to " + space);
        }
        att.put("contentName", md.filename);
        att.put("contentType", md.contentType);
        att.set("attachmentDataRef", ref.deepCopy());
        att.put("downloadUri", st.baseUrl + "/v1/media/" + resource + "?alt=media");
        if (md.contentType.startsWith("image/")) {
          att.put("thumbnailUri", st.baseUrl + "/v1/media/" + resource + "?alt=media");
        }
        att.put("source", "UPLOADED_CONTENT");
      } else if (drive != null && drive.isObject()) {
        att.put("contentName", "Drive file " + drive.path("driveFileId").asText());
        att.set("driveDataRef", drive.deepCopy());
        att.put("source", "DRIVE_FILE");
      } else {
        throw GoogleStore.invalid("message.attachment", "each attachment needs attachmentDataRef (from st.media.upload) or driveDataRef");
      }
      out.add(att);
    }
    return out;
  }

  private Response createMessage(Request req, String space) {
    ObjectNode sp = st.space(space);
    ObjectNode body = req.json();
    GoogleStore.rejectUnknown(body, GoogleStore.MESSAGE_FIELDS, "message");
    String requestId = req.query("requestId");
    String idemKey = space + "|" + requestId;
    if (requestId != null && !requestId.isEmpty()) {
      String existing = st.messageRequestIds.get(idemKey);
      if (existing != null && st.messages.containsKey(existing)) {
        return GoogleStore.ok(st.messages.get(existing).deepCopy());
      }
    }
    String messageId = req.query("messageId");
    String option = req.query("messageReplyOption");
    if (option != null && !GoogleStore.REPLY_OPTIONS.contains(option)) {
      throw GoogleStore.invalid("messageReplyOption", "unknown messageReplyOption " + option);
    }
    ObjectNode created = newMessage(space, sp, body, messageId, option, req.query("threadKey"));
    if (requestId != null && !requestId.isEmpty()) {
      st.messageRequestIds.put(idemKey, Json.text(created, "name"));
    }
    return GoogleStore.ok(created.deepCopy());
  }

  private ObjectNode newMessage(String space, ObjectNode sp, ObjectNode body, @Nullable String messageId,
      @Nullable String option, @Nullable String queryThreadKey) {
    String id;
    if (messageId != null && !messageId.isEmpty()) {
      if (!GoogleStore.CLIENT_ID.matcher(messageId).matches()) {
        throw GoogleStore.invalid("messageId", "messageId must start with client- and hold at most 63 lowercase letters, digits "
            + "and hyphens, got '" + messageId + "'");
      }
      if (st.messages.containsKey(space + "/messages/" + messageId)) {
        throw EmulatorError.of(409, "Message " + space + "/messages/" + messageId + " already exists.");
      }
      id = messageId;
    } else {
      id = GoogleStore.randomId(11) + "." + GoogleStore.randomId(11);
    }
    String name = space + "/messages/" + id;
    ObjectNode msg = Json.object();
    msg.put("name", name);
    msg.set("sender", st.caller.deepCopy());
    Instant now = st.now();
    Instant created = now;
    if (sp.path("importMode").asBoolean(false) && body.hasNonNull("createTime")) {
      created = GoogleQueries.timeField(body, "createTime");
      if (created.isAfter(now)) {
        throw GoogleStore.invalid("message.createTime", "createTime of an imported message must be in the past");
      }
    }
    msg.put("createTime", created.toString());
    for (String copy : new String[] {"text", "cards", "cardsV2", "accessoryWidgets", "fallbackText",
        "privateMessageViewer", "quotedMessageMetadata", "annotations", "actionResponse"}) {
      if (body.hasNonNull(copy)) {
        msg.set(copy, body.get(copy).deepCopy());
      }
    }
    if (body.hasNonNull("text")) {
      msg.put("formattedText", body.get("text").asText());
      msg.put("argumentText", body.get("text").asText());
    }
    ArrayNode attachments = resolveAttachments(space, name, body.get("attachment"));
    if (attachments.size() > 0) {
      msg.set("attachment", attachments);
    }
    requireContent(msg);
    ObjectNode threadBody = Json.obj(body, "thread");
    String key = threadBody == null ? null : Json.text(threadBody, "threadKey");
    if (key == null || key.isEmpty()) {
      key = queryThreadKey;
    }
    String threadName = threadBody == null ? null : Json.text(threadBody, "name");
    String found = null;
    boolean replying = option != null && !option.equals("MESSAGE_REPLY_OPTION_UNSPECIFIED");
    if (replying) {
      if (threadName != null && !threadName.isEmpty()) {
        found = st.threads.containsKey(threadName) && threadName.startsWith(space + "/threads/") ? threadName : null;
      } else if (key != null && !key.isEmpty()) {
        found = st.threadKeys.get(space + "|" + key);
      }
      if (found == null && option.equals("REPLY_MESSAGE_OR_FAIL")) {
        throw GoogleStore.notFound("Thread " + (threadName != null ? threadName : "with key " + key));
      }
    }
    ObjectNode thread = msg.putObject("thread");
    if (found != null) {
      thread.put("name", found);
      st.threads.get(found).add(name);
      msg.put("threadReply", true);
      String existingKey = keyOf(space, found);
      if (existingKey != null) {
        thread.put("threadKey", existingKey);
      }
    } else {
      String t = space + "/threads/" + GoogleStore.randomId(11);
      thread.put("name", t);
      List<String> members = new ArrayList<>();
      members.add(name);
      st.threads.put(t, members);
      if (key != null && !key.isEmpty() && !st.threadKeys.containsKey(space + "|" + key)) {
        st.threadKeys.put(space + "|" + key, t);
        thread.put("threadKey", key);
      }
    }
    msg.putObject("space").put("name", space);
    if (id.startsWith("client-")) {
      msg.put("clientAssignedMessageId", id);
    }
    st.messages.put(name, msg);
    sp.put("lastActiveTime", created.toString());
    return msg;
  }

  private @Nullable String keyOf(String space, String threadName) {
    for (Map.Entry<String, String> e : st.threadKeys.entrySet()) {
      if (e.getValue().equals(threadName) && e.getKey().startsWith(space + "|")) {
        return e.getKey().substring(space.length() + 1);
      }
    }
    return null;
  }

  private Response listMessages(Request req, String space) {
    st.space(space);
    String filter = req.query("filter");
    List<List<String[]>> clauses = GoogleQueries.parseFilter(filter, GoogleStore.set("createTime", "thread.name"));
    String orderBy = req.query("orderBy");
    boolean desc = false;
    if (orderBy != null && !orderBy.trim().isEmpty()) {
      String o = orderBy.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
      if (o.equals("createtime desc") || o.equals("create_time desc")) {
        desc = true;
      } else if (!o.equals("createtime asc") && !o.equals("create_time asc") && !o.equals("createtime")) {
        throw GoogleStore.invalid("orderBy", "orderBy must be 'createTime asc' or 'createTime desc'");
      }
    }
    boolean showDeleted = req.queryBool("showDeleted");
    String prefix = space + "/messages/";
    List<ObjectNode> all = GoogleQueries.select(st.messages.values(), msg -> Json.text(msg, "name").startsWith(prefix)
        && (showDeleted || !msg.has("deleteTime")) && GoogleQueries.matchesFilter(msg, clauses));
    all.sort((a, b) -> Instant.parse(Json.text(a, "createTime")).compareTo(Instant.parse(Json.text(b, "createTime"))));
    if (desc) {
      java.util.Collections.reverse(all);
    }
    ObjectNode out = Json.object();
    GoogleQueries.page(req, all, "messages|" + space + "|" + filter + "|" + desc + showDeleted, 25, 1000, out, "messages");
    return GoogleStore.ok(out);
  }

  private Response updateMessage(Request req, String name) {
    ObjectNode body = req.json();
    GoogleStore.rejectUnknown(body, GoogleStore.MESSAGE_FIELDS, "message");
    ObjectNode msg = st.messages.get(name);
    if (msg == null || msg.has("deleteTime")) {
      String id = name.substring(name.lastIndexOf('/') + 1);
      String space = name.substring(0, name.indexOf("/messages/"));
      if (req.queryBool("allowMissing") && id.startsWith("client-")) {
        ObjectNode created = newMessage(space, st.space(space), body, id, null, null);
        return GoogleStore.ok(created.deepCopy());
      }
      st.message(name);
    }
    List<String> paths = GoogleQueries.mask(req, GoogleStore.MESSAGE_MASK, true);
    ObjectNode updated = msg.deepCopy();
    String space = name.substring(0, name.indexOf("/messages/"));
    for (String path : paths) {
      if (path.equals("attachment")) {
        ArrayNode att = resolveAttachments(space, name, body.get("attachment"));
        if (att.size() > 0) {
          updated.set("attachment", att);
        } else {
          updated.remove("attachment");
        }
      } else {
        GoogleQueries.copyPath(body, updated, path);
      }
    }
    if (paths.contains("text")) {
      if (updated.hasNonNull("text")) {
        updated.put("formattedText", updated.get("text").asText());
        updated.put("argumentText", updated.get("text").asText());
      } else {
        updated.remove("formattedText");
        updated.remove("argumentText");
      }
    }
    requireContent(updated);
    updated.put("lastUpdateTime", st.now().toString());
    st.messages.put(name, updated);
    return GoogleStore.ok(updated.deepCopy());
  }

  private Response deleteMessage(Request req, String name) {
    ObjectNode msg = st.message(name);
    boolean force = req.queryBool("force");
    String threadName = msg.path("thread").path("name").asText();
    List<String> thread = st.threads.getOrDefault(threadName, new ArrayList<>());
    List<String> doomed = new ArrayList<>();
    doomed.add(name);
    if (!thread.isEmpty() && thread.get(0).equals(name)) {
      List<String> replies = new ArrayList<>();
      for (String r : thread.subList(1, thread.size())) {
        ObjectNode reply = st.messages.get(r);
        if (reply != null && !reply.has("deleteTime")) {
          replies.add(r);
        }
      }
      if (!replies.isEmpty() && !force) {
        throw EmulatorError.of(400, "FAILED_PRECONDITION",
            "Message " + name + " has threaded replies; delete with force=true to delete them too.");
      }
      doomed.addAll(replies);
    }
    String now = st.now().toString();
    for (String d : doomed) {
      ObjectNode m = st.messages.get(d);
      m.put("deleteTime", now);
      m.putObject("deletionMetadata").put("deletionType", "CREATOR");
      for (String strip : new String[] {"text", "formattedText", "argumentText", "cardsV2", "cards", "attachment",
          "accessoryWidgets", "emojiReactionSummaries"}) {
        m.remove(strip);
      }
      st.reactions.keySet().removeIf(k -> k.startsWith(d + "/reactions/"));
    }
    return GoogleStore.ok(Json.object());
  }


}
