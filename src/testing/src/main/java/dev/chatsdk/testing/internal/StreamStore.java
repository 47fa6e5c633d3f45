package dev.chatsdk.testing.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
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

/**
 * The Stream side's shared state and the helpers every resource handler uses: who is acting, how
 * a message is shown to a caller, events, the success envelope. All access happens under this
 * object's monitor (the service runs every handler synchronized on it).
 */
public final class StreamStore {
  static final Pattern CHANNEL_TYPE = Pattern.compile("[a-zA-Z0-9_-]{1,64}");
  static final Pattern CHANNEL_ID = Pattern.compile("[a-zA-Z0-9@_!-]{1,64}");
  /** Who made a request. */
  static final class Caller {
    final boolean server;
    final @Nullable String userId;

    Caller(boolean server, @Nullable String userId) {
      this.server = server;
      this.userId = userId;
    }
  }

  static final class Channel {
    final String type;
    final String id;
    final String cid;
    final Instant createdAt;
    final @Nullable String createdBy;
    final List<String> messageIds = new ArrayList<>();
    final Map<String, Instant> lastRead = new HashMap<>();
    final Map<String, String> lastReadMessageId = new HashMap<>();
    @Nullable Instant lastMessageAt;
    Instant updatedAt;
    /** Custom channel data (name, image, anything the caller sets). */
    ObjectNode data = Json.object();
    /** Explicit members by user id, in the order they joined. */
    final Map<String, ObjectNode> members = new LinkedHashMap<>();
    final Set<String> hiddenFor = new LinkedHashSet<>();
    @Nullable Instant truncatedAt;

    Channel(String type, String id, Instant createdAt, @Nullable String createdBy) {
      this.type = type;
      this.id = id;
      this.cid = type + ":" + id;
      this.createdAt = createdAt;
      this.createdBy = createdBy;
      this.updatedAt = createdAt;
    }
  }

  static final class Upload {
    final String cid;
    final String contentType;
    final byte[] bytes;

    Upload(String cid, String contentType, byte[] bytes) {
      this.cid = cid;
      this.contentType = contentType;
      this.bytes = bytes;
    }
  }

  static final Caller SERVER = new Caller(true, null);

  final StreamEvents events;
  final Ticker ticker;
  volatile String baseUrl = "http://127.0.0.1";

  final Map<String, Channel> channels = new LinkedHashMap<>();
  final Map<String, ObjectNode> messages = new LinkedHashMap<>();
  final Map<String, List<ObjectNode>> reactions = new HashMap<>();
  final Map<String, ObjectNode> flags = new LinkedHashMap<>();
  final Map<String, Upload> uploads = new HashMap<>();
  final Map<String, ObjectNode> users = new LinkedHashMap<>();
  /** Bans by "user id|cid" ("user id|" for app-wide bans). */
  final Map<String, ObjectNode> bans = new LinkedHashMap<>();
  /** User mutes by "muter|target", channel mutes by "muter|cid". */
  final Map<String, ObjectNode> userMutes = new LinkedHashMap<>();
  final Map<String, ObjectNode> channelMutes = new LinkedHashMap<>();
  /** Background tasks (batch deletes and such), finished when created. */
  final Map<String, ObjectNode> tasks = new LinkedHashMap<>();
  final Map<String, ObjectNode> devices = new LinkedHashMap<>();
  /** Whether a user is banned in a channel (set by the bans handler). */
  java.util.function.BiPredicate<String, String> banCheck = (user, cid) -> false;

  Response withStandardHeaders(Response r) {
    r.header("X-Request-Id", UUID.randomUUID().toString());
    if (!r.headers().containsKey("X-RateLimit-Limit")) {
      r.header("X-RateLimit-Limit", "1000");
      r.header("X-RateLimit-Remaining", "999");
      r.header("X-RateLimit-Reset", Long.toString(clock().instant().getEpochSecond() + 60));
    }
    return r;
  }

  static String duration(long startNanos) {
    double ms = (System.nanoTime() - startNanos) / 1_000_000.0;
    return String.format(Locale.ROOT, "%.2fms", ms);
  }

  Response ok(int status, String field, JsonNode value, long start) {
    ObjectNode body = Json.object();
    body.set(field, value);
    return ok(status, body, start);
  }

  static ObjectNode requiredObject(JsonNode body, String field) {
    ObjectNode value = Json.obj(body, field);
    if (value == null) {
      throw EmulatorError.badField(field, field + " is a required field");
    }
    return value;
  }

  Response ok(int status, ObjectNode body, long start) {
    body.put("duration", duration(start));
    return withStandardHeaders(Response.json(status, body));
  }
  // ------------------------------------------------------------------ helpers

  static void checkChannel(String type, String id) {
    if (!CHANNEL_TYPE.matcher(type).matches()) {
      throw EmulatorError.badField("type", "channel type '" + type + "' is not valid: use letters, digits, _ and -");
    }
    if (!CHANNEL_ID.matcher(id).matches()) {
      throw EmulatorError.badField("id", "channel id '" + id + "' is not valid: use letters, digits and @_!-");
    }
  }

  Channel channel(String type, String id, boolean create, @Nullable String userId) {
    checkChannel(type, id);
    String cid = type + ":" + id;
    Channel ch = channels.get(cid);
    if (ch == null) {
      if (!create) {
        throw EmulatorError.notFound("channel \"" + cid + "\" does not exist");
      }
      ch = new Channel(type, id, now(), userId);
      channels.put(cid, ch);
    }
    return ch;
  }

  ObjectNode message(String id) {
    ObjectNode msg = messages.get(id);
    if (msg == null) {
      throw EmulatorError.notFound("message with id " + id + " not found");
    }
    return msg;
  }

  /** The user a request acts for: the token's user, or (server side) the one the body names. */
  String actingUser(Caller caller, @Nullable JsonNode holder, String path) {
    if (!caller.server) {
      return caller.userId;
    }
    String id = holder == null ? null : Json.text(holder, "user_id");
    ObjectNode user = holder == null ? null : Json.obj(holder, "user");
    if ((id == null || id.isEmpty()) && user != null) {
      id = Json.text(user, "id");
      touchUser(user);
    }
    if (id == null || id.isEmpty()) {
      throw EmulatorError.badField(path, "either " + path + ".user or " + path
          + ".user_id must be provided when using server side auth");
    }
    return id;
  }

  @Nullable String optionalActingUser(Caller caller, @Nullable JsonNode holder) {
    if (!caller.server) {
      return caller.userId;
    }
    String id = holder == null ? null : Json.text(holder, "user_id");
    ObjectNode user = holder == null ? null : Json.obj(holder, "user");
    if ((id == null || id.isEmpty()) && user != null) {
      id = Json.text(user, "id");
    }
    return id == null || id.isEmpty() ? null : id;
  }

  ObjectNode touchUser(JsonNode request) {
    String id = Json.text(request, "id");
    ObjectNode u = userNode(id == null ? "" : id);
    Iterator<Map.Entry<String, JsonNode>> it = request.properties().iterator();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      if (!e.getKey().equals("id") && !e.getKey().equals("created_at") && !e.getKey().equals("updated_at")) {
        u.set(e.getKey(), e.getValue().deepCopy());
      }
    }
    return u;
  }

  ObjectNode userNode(String id) {
    ObjectNode u = users.get(id);
    if (u == null) {
      Instant t = now();
      u = Json.object();
      u.put("id", id);
      u.put("role", "user");
      u.put("banned", false);
      u.put("online", false);
      u.put("shadow_banned", false);
      u.put("created_at", t.toString());
      u.put("updated_at", t.toString());
      users.put(id, u);
    }
    return u;
  }

  ObjectNode userCopy(String id) {
    return userNode(id).deepCopy();
  }

  static String html(String text) {
    if (text.isEmpty()) {
      return "";
    }
    String escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&#34;");
    return "<p>" + escaped.replace("\n", "<br/>") + "</p>\n";
  }

  @Nullable String authorOf(ObjectNode msg) {
    return Json.text(Json.obj(msg, "user"), "id");
  }

  void requireAuthor(Caller caller, ObjectNode msg, String action) {
    if (!caller.server && !caller.userId.equals(authorOf(msg))) {
      throw EmulatorError.of(403, "user '" + caller.userId + "' is not allowed to " + action
          + " a message written by another user");
    }
  }

  /** What a caller sees: the stored message plus its own reactions and the quoted message. */
  ObjectNode render(ObjectNode stored, Caller caller) {
    ObjectNode out = stored.deepCopy();
    ArrayNode own = out.putArray("own_reactions");
    if (!caller.server) {
      for (ObjectNode r : reactions.getOrDefault(Json.text(stored, "id"), List.of())) {
        if (caller.userId.equals(Json.text(r, "user_id"))) {
          own.add(r.deepCopy());
        }
      }
    }
    String quoted = Json.text(stored, "quoted_message_id");
    if (quoted != null && messages.containsKey(quoted)) {
      out.set("quoted_message", messages.get(quoted).deepCopy());
    }
    return out;
  }

  static boolean visible(ObjectNode msg) {
    String type = Json.text(msg, "type");
    return !"deleted".equals(type) && !"ephemeral".equals(type) && !msg.has("deleted_at");
  }

  ArrayNode mentionedUsers(JsonNode m) {
    ArrayNode out = Json.array();
    JsonNode mentioned = m.get("mentioned_users");
    if (mentioned == null || mentioned.isNull()) {
      return out;
    }
    if (!mentioned.isArray()) {
      throw EmulatorError.badField("message.mentioned_users", "message.mentioned_users must be an array of user ids");
    }
    for (JsonNode u : mentioned) {
      String id = u.isTextual() ? u.asText() : Json.text(u, "id");
      if (id == null || id.isEmpty()) {
        throw EmulatorError.badField("message.mentioned_users", "message.mentioned_users must hold user ids");
      }
      out.add(userCopy(id));
    }
    return out;
  }

  static ArrayNode attachments(JsonNode m) {
    JsonNode a = m.get("attachments");
    if (a == null || a.isNull()) {
      return Json.array();
    }
    if (!a.isArray()) {
      throw EmulatorError.badField("message.attachments", "message.attachments must be an array");
    }
    return (ArrayNode) a.deepCopy();
  }

  void applyPin(ObjectNode msg, String userId) {
    JsonNode pinned = msg.get("pinned");
    if (pinned != null && pinned.asBoolean(false)) {
      if (!msg.has("pinned_at")) {
        msg.put("pinned_at", now().toString());
      }
      msg.set("pinned_by", userCopy(userId));
    } else {
      msg.put("pinned", false);
      msg.remove("pinned_at");
      msg.remove("pinned_by");
      msg.remove("pin_expires");
    }
  }

  // ------------------------------------------------------------------ events

  ObjectNode event(String type, String cid, @Nullable String userId) {
    ObjectNode e = Json.object();
    e.put("type", type);
    e.put("cid", cid);
    int colon = cid.indexOf(':');
    e.put("channel_type", cid.substring(0, colon));
    e.put("channel_id", cid.substring(colon + 1));
    e.put("created_at", now().toString());
    if (userId != null) {
      e.set("user", userCopy(userId));
    }
    return e;
  }

  void emitMessage(String type, ObjectNode msg, @Nullable String userId, @Nullable ObjectNode reaction) {
    ObjectNode e = event(type, Json.text(msg, "cid"), userId);
    e.put("message_id", Json.text(msg, "id"));
    e.set("message", render(msg, SERVER));
    if (reaction != null) {
      e.set("reaction", reaction.deepCopy());
    }
    events.emit(e);
  }

  // ------------------------------------------------------------------ read state

  @Nullable ObjectNode lastTopLevel(Channel ch) {
    for (int i = ch.messageIds.size() - 1; i >= 0; i--) {
      ObjectNode msg = messages.get(ch.messageIds.get(i));
      if (msg != null && visible(msg) && !msg.hasNonNull("parent_id")) {
        return msg;
      }
    }
    return null;
  }

  ObjectNode readEvent(Channel ch, String userId, @Nullable String lastReadMessageId) {
    ObjectNode event = Json.object();
    event.put("type", "message.read");
    event.put("cid", ch.cid);
    event.put("channel_id", ch.id);
    event.put("channel_type", ch.type);
    event.put("created_at", now().toString());
    event.set("user", userCopy(userId));
    if (lastReadMessageId != null) {
      event.put("last_read_message_id", lastReadMessageId);
    }
    return event;
  }

  /**
   * Visible top-level messages by other users created after the user's last read time.
   *
   * @param type the channel type, e.g. {@code messaging}
   * @param id the channel id within that type
   * @param userId the user whose read state is consulted; with no read state every such message counts
   * @return the unread count, 0 for an unknown channel
   */
  public synchronized int unreadCount(String type, String id, String userId) {
    Channel ch = channels.get(type + ":" + id);
    if (ch == null) {
      return 0;
    }
    Instant last = ch.lastRead.get(userId);
    int n = 0;
    for (String mid : ch.messageIds) {
      ObjectNode msg = messages.get(mid);
      if (msg != null && visible(msg) && !msg.hasNonNull("parent_id") && !userId.equals(authorOf(msg))
          && (last == null || Instant.parse(Json.text(msg, "created_at")).isAfter(last))) {
        n++;
      }
    }
    return n;
  }

  /**
   * The id of the last message the user has read in a channel.
   *
   * @param type the channel type, e.g. {@code messaging}
   * @param id the channel id within that type
   * @param userId the user whose read state is consulted
   * @return the message id, or null for an unknown channel or a user with no read marker there
   */
  public synchronized @Nullable String lastReadMessageId(String type, String id, String userId) {
    Channel ch = channels.get(type + ":" + id);
    return ch == null ? null : ch.lastReadMessageId.get(userId);
  }

  /**
   * A copy of a stored message as a server-side caller sees it.
   *
   * @param id the message id
   * @return a freshly rendered message, or null when no such message is stored
   */
  public synchronized @Nullable ObjectNode storedMessage(String id) {
    ObjectNode msg = messages.get(id);
    return msg == null ? null : render(msg, new Caller(true, null));
  }

  /**
   * How many messages (replies included, ephemeral ones excluded) a channel holds.
   *
   * @param type the channel type, e.g. {@code messaging}
   * @param id the channel id within that type
   * @return the count, 0 for an unknown channel
   */
  public synchronized int messageCount(String type, String id) {
    Channel ch = channels.get(type + ":" + id);
    return ch == null ? 0 : ch.messageIds.size();
  }

  ObjectNode channelResponse(Channel ch) {
    ObjectNode c = Json.object();
    c.put("id", ch.id);
    c.put("type", ch.type);
    c.put("cid", ch.cid);
    c.put("frozen", ch.data.path("frozen").asBoolean(false));
    c.put("disabled", ch.data.path("disabled").asBoolean(false));
    c.put("created_at", ch.createdAt.toString());
    c.put("updated_at", ch.updatedAt.toString());
    c.put("member_count", ch.members.size());
    if (ch.truncatedAt != null) {
      c.put("truncated_at", ch.truncatedAt.toString());
    }
    Iterator<Map.Entry<String, JsonNode>> custom = ch.data.properties().iterator();
    while (custom.hasNext()) {
      Map.Entry<String, JsonNode> e = custom.next();
      if (!c.has(e.getKey())) {
        c.set(e.getKey(), e.getValue().deepCopy());
      }
    }
    if (ch.lastMessageAt != null) {
      c.put("last_message_at", ch.lastMessageAt.toString());
    }
    if (ch.createdBy != null) {
      c.set("created_by", userCopy(ch.createdBy));
    }
    return c;
  }

  Set<String> membersOf(Channel ch) {
    Set<String> members = new LinkedHashSet<>(ch.members.keySet());
    if (ch.createdBy != null) {
      members.add(ch.createdBy);
    }
    for (String mid : ch.messageIds) {
      ObjectNode msg = messages.get(mid);
      if (msg != null && authorOf(msg) != null) {
        members.add(authorOf(msg));
      }
    }
    members.addAll(ch.lastRead.keySet());
    return members;
  }

  StreamStore(StreamEvents events, Ticker ticker) {
    this.events = events;
    this.ticker = ticker;
  }

  Instant now() {
    return ticker.now();
  }

  Clock clock() {
    return ticker.clock();
  }

  synchronized void clear() {
    events.clear();
    channels.clear();
    messages.clear();
    reactions.clear();
    flags.clear();
    uploads.clear();
    users.clear();
    bans.clear();
    userMutes.clear();
    channelMutes.clear();
    tasks.clear();
    devices.clear();
  }

  /** Records a finished background task and returns its id, as batch operations answer. */
  String finishedTask(String kind, ObjectNode result) {
    String id = UUID.randomUUID().toString();
    String at = now().toString();
    ObjectNode task = Json.object();
    task.put("task_id", id);
    task.put("status", "completed");
    task.put("created_at", at);
    task.put("updated_at", at);
    result.put("type", kind);
    task.set("result", result);
    tasks.put(id, task);
    return id;
  }

  /** A channel member as the wire shows it. */
  ObjectNode memberNode(String userId, String role, Instant at) {
    ObjectNode m = Json.object();
    m.put("user_id", userId);
    m.set("user", userCopy(userId));
    m.put("created_at", at.toString());
    m.put("updated_at", at.toString());
    m.put("banned", false);
    m.put("shadow_banned", false);
    m.put("channel_role", role);
    m.put("role", role.equals("channel_moderator") ? "moderator" : "member");
    m.put("is_moderator", role.equals("channel_moderator"));
    return m;
  }

  /** Members with their user objects refreshed (a user's later update shows). */
  com.fasterxml.jackson.databind.node.ArrayNode memberList(Channel ch) {
    com.fasterxml.jackson.databind.node.ArrayNode out = Json.array();
    for (ObjectNode m : ch.members.values()) {
      ObjectNode copy = m.deepCopy();
      copy.set("user", userCopy(Json.text(m, "user_id")));
      out.add(copy);
    }
    return out;
  }
}
