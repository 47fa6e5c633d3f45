package dev.chatsdk.testing.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
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

/**
 * The Stream Chat side of the emulator: the 24 message operations of the REST API with their
 * state, Stream's auth checks and Stream's error format. Everything is Jackson trees.
 */
public final class StreamService extends ServiceHandler {
  private static final String MORE_INFO = "https://getstream.io/chat/docs/api_errors_response";
  private static final Pattern CHANNEL_TYPE = Pattern.compile("[a-zA-Z0-9_-]{1,64}");
  private static final Pattern CHANNEL_ID = Pattern.compile("[a-zA-Z0-9@_!-]{1,64}");
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
  private static final int LATEST_REACTIONS = 10;

  /** Who made a request. */
  private static final class Caller {
    final boolean server;
    final @Nullable String userId;

    Caller(boolean server, @Nullable String userId) {
      this.server = server;
      this.userId = userId;
    }
  }

  private static final class Channel {
    final String type;
    final String id;
    final String cid;
    final Instant createdAt;
    final @Nullable String createdBy;
    final List<String> messageIds = new ArrayList<>();
    final Map<String, Instant> lastRead = new HashMap<>();
    final Map<String, String> lastReadMessageId = new HashMap<>();
    @Nullable Instant lastMessageAt;

    Channel(String type, String id, Instant createdAt, @Nullable String createdBy) {
      this.type = type;
      this.id = id;
      this.cid = type + ":" + id;
      this.createdAt = createdAt;
      this.createdBy = createdBy;
    }
  }

  private static final class Upload {
    final String cid;
    final String contentType;
    final byte[] bytes;

    Upload(String cid, String contentType, byte[] bytes) {
      this.cid = cid;
      this.contentType = contentType;
      this.bytes = bytes;
    }
  }

  private static final Caller SERVER = new Caller(true, null);

  private final String apiKey;
  private final StreamJwt jwt;
  private final StreamEvents events;
  private volatile String baseUrl = "http://127.0.0.1";

  private final Map<String, Channel> channels = new LinkedHashMap<>();
  private final Map<String, ObjectNode> messages = new LinkedHashMap<>();
  private final Map<String, List<ObjectNode>> reactions = new HashMap<>();
  private final Map<String, ObjectNode> flags = new LinkedHashMap<>();
  private final Map<String, Upload> uploads = new HashMap<>();
  private final Map<String, ObjectNode> users = new HashMap<>();

  public StreamService(String apiKey, String apiSecret, Clock clock) {
    super(clock);
    this.apiKey = apiKey;
    this.jwt = new StreamJwt(apiSecret);
    this.events = new StreamEvents(jwt, apiKey);
  }

  /** Set once the server listens, so upload URLs point back at it. */
  public void setBaseUrl(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  /** Events emitted so far, and the webhook settings. */
  public StreamEvents events() {
    return events;
  }

  @Override
  public void close() {
    events.close();
  }

  @Override
  public synchronized void clearData() {
    events.clear();
    channels.clear();
    messages.clear();
    reactions.clear();
    flags.clear();
    uploads.clear();
    users.clear();
  }

  // ------------------------------------------------------------------ errors

  @Override
  protected Response renderError(EmulatorError error, long startNanos) {
    ObjectNode body = Json.object();
    body.put("code", streamCode(error));
    body.put("message", error.getMessage());
    if (error.field() != null) {
      body.putObject("exception_fields").put(error.field(), error.getMessage());
    }
    body.put("StatusCode", error.status());
    body.put("duration", duration(startNanos));
    body.put("more_info", MORE_INFO);
    body.putArray("details");
    return withStandardHeaders(Response.json(error.status(), body));
  }

  private static int streamCode(EmulatorError error) {
    if (error.reason() != null) {
      try {
        return Integer.parseInt(error.reason());
      } catch (NumberFormatException ignored) {
        // fall through to the status-based code
      }
    }
    switch (error.status()) {
      case 400:
        return 4;
      case 401:
        return 5;
      case 403:
        return 17;
      case 404:
        return 16;
      case 413:
        return 22;
      case 429:
        return 9;
      default:
        return -1;
    }
  }

  @Override
  protected void decorateFault(Response response, int status, @Nullable Duration retryAfter) {
    super.decorateFault(response, status, retryAfter);
    if (status == 429) {
      long wait = retryAfter == null ? 60 : Math.max(0, (retryAfter.toMillis() + 999) / 1000);
      response.header("X-RateLimit-Limit", "1000");
      response.header("X-RateLimit-Remaining", "0");
      response.header("X-RateLimit-Reset", Long.toString(clock().instant().getEpochSecond() + wait));
    }
  }

  private Response withStandardHeaders(Response r) {
    r.header("X-Request-Id", UUID.randomUUID().toString());
    if (!r.headers().containsKey("X-RateLimit-Limit")) {
      r.header("X-RateLimit-Limit", "1000");
      r.header("X-RateLimit-Remaining", "999");
      r.header("X-RateLimit-Reset", Long.toString(clock().instant().getEpochSecond() + 60));
    }
    return r;
  }

  private static String duration(long startNanos) {
    double ms = (System.nanoTime() - startNanos) / 1_000_000.0;
    return String.format(Locale.ROOT, "%.2fms", ms);
  }

  private Response ok(int status, String field, JsonNode value, long start) {
    ObjectNode body = Json.object();
    body.set(field, value);
    return ok(status, body, start);
  }

  private static ObjectNode requiredObject(JsonNode body, String field) {
    ObjectNode value = Json.obj(body, field);
    if (value == null) {
      throw EmulatorError.badField(field, field + " is a required field");
    }
    return value;
  }

  private Response ok(int status, ObjectNode body, long start) {
    body.put("duration", duration(start));
    return withStandardHeaders(Response.json(status, body));
  }

  // ------------------------------------------------------------------ routing

  @Override
  protected Response route(Request req) {
    long start = System.nanoTime();
    List<String> s = req.segments();
    String m = req.method();
    if (m.equals("GET") && !s.isEmpty() && s.get(0).equals("uploads")) {
      return serveUpload(req);
    }
    Caller caller = authenticate(req);
    String op = "Request";
    try {
      synchronized (this) {
        int n = s.size();
        if (n >= 1 && s.get(0).equals("channels")) {
          if (n == 2 && s.get(1).equals("read") && m.equals("POST")) {
            op = "MarkChannelsRead";
            return markChannelsRead(req, caller, start);
          }
          if (n == 4) {
            String type = s.get(1);
            String id = s.get(2);
            switch (s.get(3) + " " + m) {
              case "message POST":
                op = "SendMessage";
                return sendMessage(req, caller, type, id, start);
              case "messages GET":
                op = "GetManyMessages";
                return getManyMessages(req, caller, type, id, start);
              case "read POST":
                op = "MarkRead";
                return markRead(req, caller, type, id, start);
              case "unread POST":
                op = "MarkUnread";
                return markUnread(req, caller, type, id, start);
              case "file POST":
                op = "UploadFile";
                return upload(req, caller, type, id, false, start);
              case "image POST":
                op = "UploadImage";
                return upload(req, caller, type, id, true, start);
              case "file DELETE":
                op = "DeleteFile";
                return deleteUpload(req, type, id, start);
              case "image DELETE":
                op = "DeleteImage";
                return deleteUpload(req, type, id, start);
              default:
                break;
            }
          }
        } else if (n >= 2 && s.get(0).equals("messages")) {
          String id = s.get(1);
          if (n == 2) {
            switch (m) {
              case "GET":
                op = "GetMessage";
                return getMessage(caller, id, start);
              case "POST":
                op = "UpdateMessage";
                return updateMessage(req, caller, id, start);
              case "PUT":
                op = "UpdateMessagePartial";
                return updateMessagePartial(req, caller, id, start);
              case "DELETE":
                op = "DeleteMessage";
                return deleteMessage(req, caller, id, start);
              default:
                break;
            }
          } else if (n == 3) {
            switch (s.get(2) + " " + m) {
              case "action POST":
                op = "RunMessageAction";
                return runMessageAction(req, caller, id, start);
              case "reaction POST":
                op = "SendReaction";
                return sendReaction(req, caller, id, start);
              case "translate POST":
                op = "TranslateMessage";
                return translate(req, caller, id, start);
              case "reactions GET":
                op = "GetReactions";
                return getReactions(req, id, start);
              case "replies GET":
                op = "GetReplies";
                return getReplies(req, caller, id, start);
              default:
                break;
            }
          } else if (n == 4 && s.get(2).equals("reaction") && m.equals("DELETE")) {
            op = "DeleteReaction";
            return deleteReaction(req, caller, id, s.get(3), start);
          }
        } else if (n == 2 && s.get(0).equals("moderation") && m.equals("POST")) {
          if (s.get(1).equals("flag")) {
            op = "Flag";
            return flag(req, caller, start);
          }
          if (s.get(1).equals("unflag")) {
            op = "Unflag";
            return unflag(req, caller, start);
          }
        } else if (n == 3 && s.get(0).equals("moderation") && s.get(1).equals("flags")
            && s.get(2).equals("message") && m.equals("GET")) {
          op = "QueryMessageFlags";
          return queryMessageFlags(req, caller, start);
        } else if (n == 1 && s.get(0).equals("search") && m.equals("GET")) {
          op = "Search";
          return search(req, caller, start);
        } else if (n == 1 && s.get(0).equals("og") && m.equals("GET")) {
          op = "GetOG";
          return og(req, start);
        }
      }
    } catch (EmulatorError e) {
      throw e.prefixed(op);
    }
    throw EmulatorError.notFound("the chatsdk emulator has no Stream endpoint " + m + " " + req.rawPath());
  }

  private Caller authenticate(Request req) {
    String key = req.query("api_key");
    if (key == null || key.isEmpty()) {
      throw EmulatorError.of(401, "2", "api_key query parameter is missing");
    }
    if (!key.equals(apiKey)) {
      throw EmulatorError.of(401, "2", "api_key not valid: no app with this API key");
    }
    String authType = req.header("Stream-Auth-Type");
    if (authType == null || authType.isEmpty()) {
      throw EmulatorError.of(401, "5", "Stream-Auth-Type header is missing");
    }
    if (!authType.equalsIgnoreCase("jwt")) {
      throw EmulatorError.of(401, "5", "Stream-Auth-Type '" + authType
          + "' is not accepted here; server-side requests use jwt");
    }
    String token = req.header("Authorization");
    if (token == null || token.trim().isEmpty()) {
      throw EmulatorError.of(401, "5", "Authorization header is missing: a JWT is required with Stream-Auth-Type jwt");
    }
    token = token.trim();
    if (token.regionMatches(true, 0, "Bearer ", 0, 7)) {
      token = token.substring(7).trim();
    }
    StreamJwt.Identity identity = jwt.verify(token, clock().instant().getEpochSecond());
    return new Caller(identity.isServer(), identity.userId());
  }

  // ------------------------------------------------------------------ helpers

  private static void checkChannel(String type, String id) {
    if (!CHANNEL_TYPE.matcher(type).matches()) {
      throw EmulatorError.badField("type", "channel type '" + type + "' is not valid: use letters, digits, _ and -");
    }
    if (!CHANNEL_ID.matcher(id).matches()) {
      throw EmulatorError.badField("id", "channel id '" + id + "' is not valid: use letters, digits and @_!-");
    }
  }

  private Channel channel(String type, String id, boolean create, @Nullable String userId) {
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

  private ObjectNode message(String id) {
    ObjectNode msg = messages.get(id);
    if (msg == null) {
      throw EmulatorError.notFound("message with id " + id + " not found");
    }
    return msg;
  }

  /** The user a request acts for: the token's user, or (server side) the one the body names. */
  private String actingUser(Caller caller, @Nullable JsonNode holder, String path) {
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

  private @Nullable String optionalActingUser(Caller caller, @Nullable JsonNode holder) {
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

  private ObjectNode touchUser(JsonNode request) {
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

  private ObjectNode userNode(String id) {
    ObjectNode u = users.get(id);
    if (u == null) {
      Instant t = now();
      u = Json.object();
      u.put("id", id);
      u.put("role", "user");
      u.put("banned", false);
      u.put("online", false);
      u.put("created_at", t.toString());
      u.put("updated_at", t.toString());
      users.put(id, u);
    }
    return u;
  }

  private ObjectNode userCopy(String id) {
    return userNode(id).deepCopy();
  }

  private static String html(String text) {
    if (text.isEmpty()) {
      return "";
    }
    String escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&#34;");
    return "<p>" + escaped.replace("\n", "<br/>") + "</p>\n";
  }

  private @Nullable String authorOf(ObjectNode msg) {
    return Json.text(Json.obj(msg, "user"), "id");
  }

  private void requireAuthor(Caller caller, ObjectNode msg, String action) {
    if (!caller.server && !caller.userId.equals(authorOf(msg))) {
      throw EmulatorError.of(403, "user '" + caller.userId + "' is not allowed to " + action
          + " a message written by another user");
    }
  }

  /** What a caller sees: the stored message plus its own reactions and the quoted message. */
  private ObjectNode render(ObjectNode stored, Caller caller) {
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

  private static boolean visible(ObjectNode msg) {
    String type = Json.text(msg, "type");
    return !"deleted".equals(type) && !"ephemeral".equals(type) && !msg.has("deleted_at");
  }

  private ArrayNode mentionedUsers(JsonNode m) {
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

  private static ArrayNode attachments(JsonNode m) {
    JsonNode a = m.get("attachments");
    if (a == null || a.isNull()) {
      return Json.array();
    }
    if (!a.isArray()) {
      throw EmulatorError.badField("message.attachments", "message.attachments must be an array");
    }
    return (ArrayNode) a.deepCopy();
  }

  private void applyPin(ObjectNode msg, String userId) {
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

  private ObjectNode event(String type, String cid, @Nullable String userId) {
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

  private void emitMessage(String type, ObjectNode msg, @Nullable String userId, @Nullable ObjectNode reaction) {
    ObjectNode e = event(type, Json.text(msg, "cid"), userId);
    e.put("message_id", Json.text(msg, "id"));
    e.set("message", render(msg, SERVER));
    if (reaction != null) {
      e.set("reaction", reaction.deepCopy());
    }
    events.emit(e);
  }

  // ------------------------------------------------------------------ messages

  private Response sendMessage(Request req, Caller caller, String type, String channelId, long start) {
    ObjectNode body = req.json();
    ObjectNode m = requiredObject(body, "message");
    checkChannel(type, channelId);
    String userId = actingUser(caller, m, "message");
    String id = Json.optionalString(m, "id", "message.id");
    if (id == null || id.isEmpty()) {
      id = UUID.randomUUID().toString();
    } else if (messages.containsKey(id)) {
      throw EmulatorError.badField("message.id", "a message with ID " + id + " already exists");
    }
    String parentId = Json.optionalString(m, "parent_id", "message.parent_id");
    String cid = type + ":" + channelId;
    ObjectNode parent = null;
    if (parentId != null && !parentId.isEmpty()) {
      parent = messages.get(parentId);
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
    if (quoted != null && !messages.containsKey(quoted)) {
      throw EmulatorError.badField("message.quoted_message_id", "quoted message " + quoted + " does not exist");
    }
    String text = Json.optionalString(m, "text", "message.text");
    text = text == null ? "" : text;
    ArrayNode attachments = attachments(m);
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
    Channel ch = channel(type, channelId, true, userId);
    Instant now = now();
    ObjectNode msg = Json.object();
    msg.put("id", id);
    msg.put("text", text);
    String html = Json.text(m, "html");
    msg.put("html", html != null && caller.server ? html : html(text));
    msg.put("type", msgType);
    msg.set("user", userCopy(userId));
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
    msg.set("mentioned_users", mentionedUsers(m));
    msg.put("silent", m.path("silent").asBoolean(false));
    msg.put("pinned", m.path("pinned").asBoolean(false));
    if (command != null) {
      msg.put("command", command);
    }
    copyCustom(m, msg);
    if (parent != null) {
      msg.put("parent_id", parentId);
    }
    applyPin(msg, userId);
    messages.put(id, msg);
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
      if (participants.isEmpty() && authorOf(parent) != null) {
        participants.add(authorOf(parent));
      }
      participants.add(userId);
      ArrayNode tp = parent.putArray("thread_participants");
      for (String p : participants) {
        tp.add(userCopy(p));
      }
    }
    if (!"ephemeral".equals(msgType)) {
      emitMessage("message.new", msg, userId, null);
    }
    return ok(201, "message", render(msg, caller), start);
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

  private Response getMessage(Caller caller, String id, long start) {
    return ok(200, "message", render(message(id), caller), start);
  }

  private Response getManyMessages(Request req, Caller caller, String type, String id, long start) {
    List<String> raw = req.queryParams().get("ids");
    if (raw == null || raw.isEmpty()) {
      throw EmulatorError.badField("ids", "ids is a required query parameter (comma-separated message ids)");
    }
    Channel ch = channel(type, id, false, null);
    ArrayNode list = Json.array();
    for (String part : raw) {
      for (String msgId : part.split(",")) {
        ObjectNode msg = messages.get(msgId.trim());
        if (msg != null && ch.cid.equals(Json.text(msg, "cid"))) {
          list.add(render(msg, caller));
        }
      }
    }
    return ok(200, "messages", list, start);
  }

  private Response updateMessage(Request req, Caller caller, String id, long start) {
    ObjectNode body = req.json();
    ObjectNode m = requiredObject(body, "message");
    ObjectNode old = message(id);
    String bodyId = Json.text(m, "id");
    if (bodyId != null && !bodyId.isEmpty() && !bodyId.equals(id)) {
      throw EmulatorError.badField("message.id", "message.id " + bodyId + " does not match the id in the path " + id);
    }
    requireAuthor(caller, old, "update");
    String actor = caller.server ? optionalActingUser(caller, m) : caller.userId;
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
    msg.put("html", html != null && caller.server ? html : html(text));
    msg.set("attachments", attachments(m));
    msg.set("mentioned_users", mentionedUsers(m));
    msg.put("silent", m.path("silent").asBoolean(false));
    msg.put("pinned", m.path("pinned").asBoolean(false));
    Instant now = now();
    msg.put("updated_at", now.toString());
    if (!text.equals(Json.text(old, "text"))) {
      msg.put("message_text_updated_at", now.toString());
    } else if (old.has("message_text_updated_at")) {
      msg.set("message_text_updated_at", old.get("message_text_updated_at"));
    }
    copyCustom(m, msg);
    applyPin(msg, actor == null ? authorOf(old) : actor);
    messages.put(id, msg);
    emitMessage("message.updated", msg, actor == null ? authorOf(old) : actor, null);
    return ok(201, "message", render(msg, caller), start);
  }

  private Response updateMessagePartial(Request req, Caller caller, String id, long start) {
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
    ObjectNode msg = message(id);
    requireAuthor(caller, msg, "update");
    String actor = optionalActingUser(caller, body);
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
          updated.put("html", html(e.getValue().asText()));
        }
        if (key.equals("mentioned_users")) {
          updated.set(key, mentionedUsers(set));
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
    Instant now = now();
    updated.put("updated_at", now.toString());
    if (!Json.text(updated, "text").equals(Json.text(msg, "text"))) {
      updated.put("message_text_updated_at", now.toString());
    }
    if (set != null && set.has("pinned") || unset != null && unset.toString().contains("\"pinned\"")) {
      applyPin(updated, actor == null ? authorOf(msg) : actor);
    }
    messages.put(id, updated);
    emitMessage("message.updated", updated, actor == null ? authorOf(msg) : actor, null);
    return ok(201, "message", render(updated, caller), start);
  }

  private Response deleteMessage(Request req, Caller caller, String id, long start) {
    boolean hard = req.queryBool("hard");
    ObjectNode msg = message(id);
    requireAuthor(caller, msg, "delete");
    Instant now = now();
    msg.put("type", "deleted");
    if (!msg.has("deleted_at")) {
      msg.put("deleted_at", now.toString());
    }
    msg.put("updated_at", now.toString());
    ObjectNode rendered = render(msg, caller);
    if (hard) {
      messages.remove(id);
      reactions.remove(id);
      Channel ch = channels.get(Json.text(msg, "cid"));
      if (ch != null) {
        ch.messageIds.remove(id);
      }
      flags.values().removeIf(f -> id.equals(Json.text(f, "target_message_id")));
    }
    ObjectNode deleted = event("message.deleted", Json.text(msg, "cid"), caller.server ? null : caller.userId);
    deleted.put("message_id", id);
    deleted.set("message", rendered.deepCopy());
    deleted.put("hard_delete", hard);
    events.emit(deleted);
    return ok(200, "message", rendered, start);
  }

  private Response runMessageAction(Request req, Caller caller, String id, long start) {
    ObjectNode body = req.json();
    ObjectNode form = requiredObject(body, "form_data");
    ObjectNode msg = message(id);
    String userId = actingUser(caller, body, "request");
    if (!userId.equals(authorOf(msg))) {
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
    Instant now = now();
    switch (action) {
      case "shuffle":
        msg.putArray("attachments").add(giphy(query, variant + 1, true));
        msg.put("updated_at", now.toString());
        break;
      case "send":
        msg.putArray("attachments").add(giphy(query, variant, false));
        msg.put("type", "regular");
        msg.put("updated_at", now.toString());
        Channel ch = channels.get(Json.text(msg, "cid"));
        ch.messageIds.add(id);
        ch.lastMessageAt = now;
        emitMessage("message.new", msg, userId, null);
        break;
      case "cancel":
        messages.remove(id);
        msg.put("type", "deleted");
        msg.put("deleted_at", now.toString());
        break;
      default:
        throw EmulatorError.badField("form_data.image_action", "image_action must be send, shuffle or cancel");
    }
    out.set("message", render(msg, caller));
    return ok(201, out, start);
  }

  private Response translate(Request req, Caller caller, String id, long start) {
    ObjectNode body = req.json();
    String language = Json.optionalString(body, "language", "language");
    if (language == null || language.isEmpty()) {
      throw EmulatorError.badField("language", "language is a required field");
    }
    if (!LANGUAGES.contains(language)) {
      throw EmulatorError.badField("language", "language '" + language + "' is not a supported language");
    }
    ObjectNode msg = message(id);
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
    return ok(201, "message", render(msg, caller), start);
  }

  private Response getReplies(Request req, Caller caller, String parentId, long start) {
    message(parentId);
    List<ObjectNode> thread = new ArrayList<>();
    for (ObjectNode msg : messages.values()) {
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
      list.add(render(msg, caller));
    }
    return ok(200, "messages", list, start);
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

  // ------------------------------------------------------------------ reactions

  private void refreshReactions(ObjectNode msg) {
    List<ObjectNode> list = reactions.getOrDefault(Json.text(msg, "id"), List.of());
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

  private Response sendReaction(Request req, Caller caller, String id, long start) {
    ObjectNode body = req.json();
    ObjectNode r = requiredObject(body, "reaction");
    String type = Json.optionalString(r, "type", "reaction.type");
    if (type == null || type.isEmpty()) {
      throw EmulatorError.badField("reaction.type", "reaction.type is a required field");
    }
    ObjectNode msg = message(id);
    if (!visible(msg)) {
      throw EmulatorError.badField("id", "cannot react to a deleted or ephemeral message");
    }
    String userId = actingUser(caller, r, "reaction");
    JsonNode scoreNode = r.get("score");
    int score = scoreNode == null || scoreNode.isNull() ? 1 : scoreNode.asInt();
    if (score < 0) {
      throw EmulatorError.badField("reaction.score", "reaction.score must not be negative");
    }
    boolean unique = body.path("enforce_unique").asBoolean(false);
    List<ObjectNode> list = reactions.computeIfAbsent(id, x -> new ArrayList<>());
    Instant now = now();
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
    reaction.set("user", userCopy(userId));
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
    emitMessage(existing == null ? "reaction.new" : "reaction.updated", msg, userId, reaction);
    ObjectNode out = Json.object();
    out.set("message", render(msg, caller));
    out.set("reaction", reaction.deepCopy());
    return ok(201, out, start);
  }

  private Response deleteReaction(Request req, Caller caller, String id, String type, long start) {
    String userId = caller.server ? req.query("user_id") : caller.userId;
    if (userId == null || userId.isEmpty()) {
      throw EmulatorError.badField("user_id", "user_id is required when using server side auth");
    }
    ObjectNode msg = message(id);
    List<ObjectNode> list = reactions.getOrDefault(id, new ArrayList<>());
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
    msg.put("updated_at", now().toString());
    emitMessage("reaction.deleted", msg, userId, removed);
    ObjectNode out = Json.object();
    out.set("message", render(msg, caller));
    out.set("reaction", removed.deepCopy());
    return ok(200, out, start);
  }

  private Response getReactions(Request req, String id, long start) {
    message(id);
    int limit = req.queryInt("limit", 10);
    int offset = req.queryInt("offset", 0);
    if (limit < 0 || limit > 300) {
      throw EmulatorError.badField("limit", "limit must be between 0 and 300");
    }
    if (offset < 0) {
      throw EmulatorError.badField("offset", "offset must not be negative");
    }
    List<ObjectNode> newest = newestFirst(reactions.getOrDefault(id, List.of()));
    ArrayNode list = Json.array();
    for (int i = offset; i < Math.min(newest.size(), offset + limit); i++) {
      list.add(newest.get(i).deepCopy());
    }
    return ok(200, "reactions", list, start);
  }

  // ------------------------------------------------------------------ moderation

  private Response flag(Request req, Caller caller, long start) {
    ObjectNode body = req.json();
    String messageId = Json.optionalString(body, "target_message_id", "target_message_id");
    String targetUser = Json.optionalString(body, "target_user_id", "target_user_id");
    if ((messageId == null || messageId.isEmpty()) && (targetUser == null || targetUser.isEmpty())) {
      throw EmulatorError.badField("target_message_id", "either target_message_id or target_user_id is required");
    }
    String userId = actingUser(caller, body, "request");
    String key = flagKey(messageId, targetUser, userId);
    if (flags.containsKey(key)) {
      throw EmulatorError.badField(messageId != null ? "target_message_id" : "target_user_id",
          "this " + (messageId != null ? "message" : "user") + " is already flagged by user " + userId);
    }
    ObjectNode flag = Json.object();
    Instant now = now();
    flag.put("created_by_automod", false);
    flag.put("created_at", now.toString());
    flag.put("updated_at", now.toString());
    if (messageId != null && !messageId.isEmpty()) {
      ObjectNode msg = message(messageId);
      flag.put("target_message_id", messageId);
      String author = authorOf(msg);
      if (author != null) {
        flag.set("target_user", userCopy(author));
      }
    } else {
      flag.set("target_user", userCopy(targetUser));
    }
    flag.set("user", userCopy(userId));
    flags.put(key, flag);
    if (messageId != null && !messageId.isEmpty()) {
      emitMessage("message.flagged", messages.get(messageId), userId, null);
    }
    return ok(201, "flag", flag.deepCopy(), start);
  }

  private static String flagKey(@Nullable String messageId, @Nullable String targetUser, String userId) {
    return (messageId != null && !messageId.isEmpty() ? "message:" + messageId : "user:" + targetUser) + "|" + userId;
  }

  private Response unflag(Request req, Caller caller, long start) {
    ObjectNode body = req.json();
    String messageId = Json.optionalString(body, "target_message_id", "target_message_id");
    String targetUser = Json.optionalString(body, "target_user_id", "target_user_id");
    if ((messageId == null || messageId.isEmpty()) && (targetUser == null || targetUser.isEmpty())) {
      throw EmulatorError.badField("target_message_id", "either target_message_id or target_user_id is required");
    }
    String userId = actingUser(caller, body, "request");
    ObjectNode flag = flags.remove(flagKey(messageId, targetUser, userId));
    if (flag == null) {
      throw EmulatorError.notFound("no flag by user " + userId + " on this "
          + (messageId != null ? "message" : "user"));
    }
    if (messageId != null && messages.containsKey(messageId)) {
      emitMessage("message.unflagged", messages.get(messageId), userId, null);
    }
    return ok(201, "flag", flag, start);
  }

  private Response queryMessageFlags(Request req, Caller caller, long start) {
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
    for (ObjectNode f : flags.values()) {
      String msgId = Json.text(f, "target_message_id");
      if (msgId == null || !messages.containsKey(msgId)) {
        continue;
      }
      ObjectNode doc = Json.object();
      doc.put("created_by_automod", false);
      doc.set("created_at", f.get("created_at"));
      doc.set("updated_at", f.get("updated_at"));
      doc.set("message", render(messages.get(msgId), caller));
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
    return ok(200, "flags", list, start);
  }

  // ------------------------------------------------------------------ read state

  private @Nullable ObjectNode lastTopLevel(Channel ch) {
    for (int i = ch.messageIds.size() - 1; i >= 0; i--) {
      ObjectNode msg = messages.get(ch.messageIds.get(i));
      if (msg != null && visible(msg) && !msg.hasNonNull("parent_id")) {
        return msg;
      }
    }
    return null;
  }

  private ObjectNode readEvent(Channel ch, String userId, @Nullable String lastReadMessageId) {
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

  private Response markRead(Request req, Caller caller, String type, String id, long start) {
    ObjectNode body = req.json();
    String userId = actingUser(caller, body, "request");
    Channel ch = channel(type, id, true, userId);
    String messageId = Json.optionalString(body, "message_id", "message_id");
    Instant at;
    if (messageId != null && !messageId.isEmpty()) {
      ObjectNode msg = messages.get(messageId);
      if (msg == null || !ch.cid.equals(Json.text(msg, "cid"))) {
        throw EmulatorError.badField("message_id", "message " + messageId + " is not in channel " + ch.cid);
      }
      at = Instant.parse(Json.text(msg, "created_at"));
    } else {
      at = now();
      ObjectNode last = lastTopLevel(ch);
      messageId = last == null ? null : Json.text(last, "id");
    }
    ch.lastRead.put(userId, at);
    if (messageId != null) {
      ch.lastReadMessageId.put(userId, messageId);
    } else {
      ch.lastReadMessageId.remove(userId);
    }
    ObjectNode event = readEvent(ch, userId, messageId);
    events.emit(event);
    return ok(201, "event", event, start);
  }

  private Response markUnread(Request req, Caller caller, String type, String id, long start) {
    ObjectNode body = req.json();
    String messageId = Json.optionalString(body, "message_id", "message_id");
    if (messageId == null || messageId.isEmpty()) {
      throw EmulatorError.badField("message_id", "message_id is a required field");
    }
    String userId = actingUser(caller, body, "request");
    Channel ch = channel(type, id, true, userId);
    ObjectNode msg = messages.get(messageId);
    if (msg == null || !ch.cid.equals(Json.text(msg, "cid"))) {
      throw EmulatorError.badField("message_id", "message " + messageId + " is not in channel " + ch.cid);
    }
    Instant created = Instant.parse(Json.text(msg, "created_at"));
    ch.lastRead.put(userId, created.minus(1, ChronoUnit.MICROS));
    String previous = null;
    for (String mid : ch.messageIds) {
      ObjectNode other = messages.get(mid);
      if (other != null && visible(other) && !other.hasNonNull("parent_id")
          && Instant.parse(Json.text(other, "created_at")).isBefore(created)) {
        previous = mid;
      }
    }
    if (previous == null) {
      ch.lastReadMessageId.remove(userId);
    } else {
      ch.lastReadMessageId.put(userId, previous);
    }
    ObjectNode event = event("notification.mark_unread", ch.cid, userId);
    event.put("first_unread_message_id", messageId);
    event.put("unread_messages", unreadCount(type, id, userId));
    events.emit(event);
    return ok(201, Json.object(), start);
  }

  private Response markChannelsRead(Request req, Caller caller, long start) {
    ObjectNode body = req.json();
    String userId = actingUser(caller, body, "request");
    Instant at = now();
    for (Channel ch : channels.values()) {
      ch.lastRead.put(userId, at);
      ObjectNode last = lastTopLevel(ch);
      if (last != null) {
        ch.lastReadMessageId.put(userId, Json.text(last, "id"));
      }
    }
    return ok(201, Json.object(), start);
  }

  /** Unread top-level messages by other users in a channel, for the given user. */
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

  /** The id of the last message the user has read in a channel, or null. */
  public synchronized @Nullable String lastReadMessageId(String type, String id, String userId) {
    Channel ch = channels.get(type + ":" + id);
    return ch == null ? null : ch.lastReadMessageId.get(userId);
  }

  /** A copy of a stored message as a server-side caller sees it, or null. */
  public synchronized @Nullable ObjectNode storedMessage(String id) {
    ObjectNode msg = messages.get(id);
    return msg == null ? null : render(msg, new Caller(true, null));
  }

  /** How many messages (replies included, ephemeral ones excluded) a channel holds. */
  public synchronized int messageCount(String type, String id) {
    Channel ch = channels.get(type + ":" + id);
    return ch == null ? 0 : ch.messageIds.size();
  }

  // ------------------------------------------------------------------ search and og

  private ObjectNode channelResponse(Channel ch) {
    ObjectNode c = Json.object();
    c.put("id", ch.id);
    c.put("type", ch.type);
    c.put("cid", ch.cid);
    c.put("frozen", false);
    c.put("disabled", false);
    c.put("created_at", ch.createdAt.toString());
    c.put("updated_at", ch.createdAt.toString());
    if (ch.lastMessageAt != null) {
      c.put("last_message_at", ch.lastMessageAt.toString());
    }
    if (ch.createdBy != null) {
      c.set("created_by", userCopy(ch.createdBy));
    }
    return c;
  }

  private Set<String> membersOf(Channel ch) {
    Set<String> members = new LinkedHashSet<>();
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

  private Response search(Request req, Caller caller, long start) {
    String payload = req.query("payload");
    if (payload == null || payload.isEmpty()) {
      throw EmulatorError.badField("payload", "payload is a required query parameter (the JSON-encoded search request)");
    }
    ObjectNode q = Json.parseObject(payload, "payload");
    JsonNode channelFilter = q.get("filter_conditions");
    if (channelFilter == null || !channelFilter.isObject() || channelFilter.size() == 0) {
      throw EmulatorError.badField("filter_conditions", "filter_conditions is required and must not be empty");
    }
    String text = Json.optionalString(q, "query", "query");
    JsonNode messageFilter = q.get("message_filter_conditions");
    boolean hasText = text != null && !text.isEmpty();
    boolean hasMessageFilter = messageFilter != null && messageFilter.isObject() && messageFilter.size() > 0;
    if (!hasText && !hasMessageFilter) {
      throw EmulatorError.badField("query", "either query or message_filter_conditions must be provided");
    }
    if (hasText && hasMessageFilter) {
      throw EmulatorError.badField("query", "query and message_filter_conditions cannot be used together");
    }
    String next = Json.optionalString(q, "next", "next");
    boolean hasOffset = q.hasNonNull("offset");
    if (next != null && !next.isEmpty() && hasOffset) {
      throw EmulatorError.badField("offset", "offset and next cannot be used together");
    }
    int limit = q.path("limit").asInt(20);
    if (limit <= 0 || limit > 100) {
      throw EmulatorError.badField("limit", "limit must be between 1 and 100");
    }
    int offset = next != null && !next.isEmpty() ? decodeCursor(next) : q.path("offset").asInt(0);
    if (offset < 0 || offset > 1000) {
      throw EmulatorError.badField("offset", "offset must be between 0 and 1000");
    }
    Filters channelFilters = new Filters((doc, field) -> {
      switch (field) {
        case "cid":
        case "type":
        case "id":
        case "members":
          return doc.get(field);
        default:
          throw EmulatorError.badField("filter_conditions",
              "the emulator supports the channel filter fields cid, type, id and members only, not " + field);
      }
    }, "filter_conditions");
    Filters messageFilters = new Filters((doc, field) ->
        field.equals("user_id") ? Filters.path(doc, "user.id") : Filters.path(doc, field),
        "message_filter_conditions");
    List<ObjectNode> hits = new ArrayList<>();
    for (Channel ch : channels.values()) {
      ObjectNode doc = Json.object();
      doc.put("cid", ch.cid);
      doc.put("type", ch.type);
      doc.put("id", ch.id);
      ArrayNode members = doc.putArray("members");
      membersOf(ch).forEach(members::add);
      if (!channelFilters.matches(doc, channelFilter)) {
        continue;
      }
      for (String mid : ch.messageIds) {
        ObjectNode msg = messages.get(mid);
        if (msg == null || !visible(msg)) {
          continue;
        }
        boolean match = hasText ? Filters.containsAllTerms(Json.text(msg, "text"), text)
            : messageFilters.matches(msg, messageFilter);
        if (match) {
          hits.add(msg);
        }
      }
    }
    hits.sort(searchOrder(q.get("sort")));
    ArrayNode results = Json.array();
    for (int i = offset; i < Math.min(hits.size(), offset + limit); i++) {
      ObjectNode msg = render(hits.get(i), caller);
      msg.set("channel", channelResponse(channels.get(Json.text(msg, "cid"))));
      ObjectNode result = Json.object();
      result.set("message", msg);
      results.add(result);
    }
    ObjectNode out = Json.object();
    out.set("results", results);
    if (offset + limit < hits.size()) {
      out.put("next", encodeCursor(offset + limit));
    }
    if (offset > 0) {
      out.put("previous", encodeCursor(Math.max(0, offset - limit)));
    }
    return ok(200, out, start);
  }

  private static Comparator<ObjectNode> searchOrder(@Nullable JsonNode sort) {
    Comparator<ObjectNode> byCreated = Comparator.comparing((ObjectNode m) -> Instant.parse(Json.text(m, "created_at")));
    Comparator<ObjectNode> order = null;
    if (sort != null && sort.isArray()) {
      for (JsonNode s : sort) {
        String field = Json.text(s, "field");
        int direction = s.path("direction").asInt(1);
        Comparator<ObjectNode> c;
        if ("created_at".equals(field) || "updated_at".equals(field)) {
          c = Comparator.comparing((ObjectNode m) -> Instant.parse(Json.text(m, field)));
        } else if ("id".equals(field) || "text".equals(field)) {
          c = Comparator.comparing((ObjectNode m) -> Json.text(m, field));
        } else if ("relevance".equals(field)) {
          continue;
        } else {
          c = Comparator.comparing((ObjectNode m) -> m.path(field).asText(""));
        }
        c = direction < 0 ? c.reversed() : c;
        order = order == null ? c : order.thenComparing(c);
      }
    }
    return order == null ? byCreated.reversed() : order.thenComparing(byCreated.reversed());
  }

  private static String encodeCursor(int offset) {
    return Base64.getUrlEncoder().withoutPadding()
        .encodeToString(("emulator-search:" + offset).getBytes(StandardCharsets.UTF_8));
  }

  private static int decodeCursor(String cursor) {
    try {
      String s = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
      if (s.startsWith("emulator-search:")) {
        return Integer.parseInt(s.substring("emulator-search:".length()));
      }
    } catch (IllegalArgumentException e) {
      // reported below
    }
    throw EmulatorError.badField("next", "next is not a cursor this server returned");
  }

  private Response og(Request req, long start) {
    String url = req.query("url");
    if (url == null || url.isEmpty()) {
      throw EmulatorError.badField("url", "url is a required query parameter");
    }
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      throw EmulatorError.badField("url", "url is not a valid URL");
    }
    if (uri.getScheme() == null || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))
        || uri.getHost() == null) {
      throw EmulatorError.badField("url", "url must be an absolute http or https URL"
          + (url.startsWith("\"") ? " (it looks JSON-quoted)" : ""));
    }
    String host = uri.getHost();
    ObjectNode out = Json.object();
    out.put("type", "article");
    out.put("og_scrape_url", url);
    out.put("title", "Preview of " + host);
    out.put("title_link", url);
    out.put("text", "A fixed link preview for " + url + ", made up by the chatsdk emulator.");
    out.put("author_name", host);
    out.put("image_url", uri.getScheme() + "://" + host + "/og-image.png");
    out.put("thumb_url", uri.getScheme() + "://" + host + "/og-image.png");
    out.put("original_width", 1200);
    out.put("original_height", 630);
    return ok(200, out, start);
  }

  // ------------------------------------------------------------------ uploads

  private Response upload(Request req, Caller caller, String type, String id, boolean image, long start) {
    String contentType = req.header("Content-Type");
    if (!Multipart.mediaType(contentType).equals("multipart/form-data")) {
      throw EmulatorError.badRequest("uploads must be multipart/form-data, got " + contentType);
    }
    Multipart.Part file = null;
    ObjectNode user = null;
    JsonNode sizes = null;
    for (Multipart.Part p : Multipart.parse(contentType, req.body())) {
      String name = p.name();
      if ("file".equals(name)) {
        file = p;
      } else if ("user".equals(name)) {
        user = Json.parseObject(p.content(), "user");
      } else if ("upload_sizes".equals(name)) {
        sizes = Json.parse(p.content(), "upload_sizes");
        if (!sizes.isArray()) {
          throw EmulatorError.badField("upload_sizes", "upload_sizes must be a JSON array");
        }
      }
    }
    if (file == null) {
      throw EmulatorError.badField("file", "file is a required field");
    }
    if (!image && sizes != null) {
      throw EmulatorError.badField("upload_sizes", "upload_sizes is only accepted by image uploads");
    }
    String userId = caller.server ? (user == null ? null : Json.text(user, "id")) : caller.userId;
    if (userId == null || userId.isEmpty()) {
      throw EmulatorError.badField("user", "user (with its id) is required when uploading with server side auth");
    }
    String partType = file.contentType() == null ? "application/octet-stream" : file.contentType();
    if (image && !Multipart.mediaType(partType).startsWith("image/")) {
      throw EmulatorError.badField("file", "file type " + partType + " is not an image");
    }
    String filename = file.filename() == null || file.filename().isEmpty() ? "file" : file.filename();
    Channel ch = channel(type, id, true, userId);
    String key = (image ? "images/" : "files/") + ch.type + "/" + ch.id + "/" + UUID.randomUUID() + "/"
        + URLEncoder.encode(filename, StandardCharsets.UTF_8).replace("+", "%20");
    uploads.put(key, new Upload(ch.cid, partType, file.content()));
    String url = baseUrl + "/uploads/" + key;
    ObjectNode out = Json.object();
    out.put("file", url);
    if (image) {
      out.put("thumb_url", url);
      ArrayNode echoed = out.putArray("upload_sizes");
      if (sizes != null) {
        for (JsonNode s : sizes) {
          ObjectNode size = Json.object();
          size.put("crop", s.path("crop").asText("center"));
          size.put("resize", s.path("resize").asText("clip"));
          size.put("height", s.path("height").asInt(0));
          size.put("width", s.path("width").asInt(0));
          echoed.add(size);
        }
      }
    }
    return ok(201, out, start);
  }

  private Response deleteUpload(Request req, String type, String id, long start) {
    String url = req.query("url");
    if (url == null || url.isEmpty()) {
      throw EmulatorError.badField("url", "url is a required query parameter");
    }
    checkChannel(type, id);
    String prefix = baseUrl + "/uploads/";
    String key = url.startsWith(prefix) ? url.substring(prefix.length()) : null;
    if (key != null && key.contains("?")) {
      key = key.substring(0, key.indexOf('?'));
    }
    Upload u = key == null ? null : uploads.get(key);
    if (u == null || !u.cid.equals(type + ":" + id)) {
      throw EmulatorError.notFound("no file with this URL was uploaded to channel " + type + ":" + id);
    }
    uploads.remove(key);
    return ok(200, Json.object(), start);
  }

  private synchronized Response serveUpload(Request req) {
    String key = req.rawPath().substring("/uploads/".length());
    Upload u = uploads.get(key);
    if (u == null) {
      throw EmulatorError.notFound("no uploaded file at " + req.rawPath());
    }
    return new Response(200, u.contentType, u.bytes).header("Cache-Control", "no-store");
  }
}
