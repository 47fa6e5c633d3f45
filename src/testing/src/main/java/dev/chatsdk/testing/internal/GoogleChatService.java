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

/**
 * The Google Chat side of the emulator: spaces, memberships, messages, reactions, attachments and
 * media of the Chat REST API v1, with bearer-token checks and Google's error format.
 */
public final class GoogleChatService extends ServiceHandler {
  private static final Set<String> SPACE_FIELDS = set("accessSettings", "adminInstalled", "createTime",
      "customer", "displayName", "externalUserAllowed", "importMode", "importModeExpireTime", "lastActiveTime",
      "membershipCount", "name", "permissionSettings", "predefinedPermissionSettings", "singleUserBotDm",
      "spaceDetails", "spaceHistoryState", "spaceThreadingState", "spaceType", "spaceUri", "threaded", "type");
  private static final Set<String> MESSAGE_FIELDS = set("accessoryWidgets", "actionResponse", "annotations",
      "argumentText", "attachedGifs", "attachment", "cards", "cardsV2", "clientAssignedMessageId", "createTime",
      "deleteTime", "deletionMetadata", "emojiReactionSummaries", "fallbackText", "formattedText",
      "lastUpdateTime", "markupSyntax", "matchedUrl", "name", "privateMessageViewer", "quotedMessageMetadata",
      "sender", "silent", "slashCommand", "space", "text", "thread", "threadReply");
  private static final Set<String> MEMBERSHIP_FIELDS = set("affiliation", "createTime", "deleteTime",
      "groupMember", "member", "name", "role", "state");
  private static final Set<String> REACTION_FIELDS = set("emoji", "name", "user");
  private static final Set<String> SETUP_FIELDS = set("memberships", "requestId", "space");
  private static final Set<String> SPACE_TYPES = set("SPACE", "GROUP_CHAT", "DIRECT_MESSAGE");
  private static final Set<String> REPLY_OPTIONS = set("MESSAGE_REPLY_OPTION_UNSPECIFIED",
      "REPLY_MESSAGE_FALLBACK_TO_NEW_THREAD", "REPLY_MESSAGE_OR_FAIL");
  /** updateMask paths accepted by spaces.patch, in camelCase. */
  private static final Set<String> SPACE_MASK = set("displayName", "spaceType", "spaceDetails",
      "spaceHistoryState", "accessSettings.audience", "permissionSettings", "permissionSettings.manageMembersAndGroups",
      "permissionSettings.modifySpaceDetails", "permissionSettings.toggleHistory", "permissionSettings.useAtMentionAll",
      "permissionSettings.manageApps", "permissionSettings.manageWebhooks", "permissionSettings.postMessages",
      "permissionSettings.replyMessages");
  /** updateMask paths accepted by messages.patch/update, in camelCase. */
  private static final Set<String> MESSAGE_MASK = set("text", "attachment", "cards", "cardsV2",
      "accessoryWidgets", "quotedMessageMetadata");
  private static final Pattern CLIENT_ID = Pattern.compile("client-[a-z0-9-]{1,56}");
  private static final Pattern USER_NAME = Pattern.compile("users/[^/]+");
  private static final Pattern FILTER_TERM =
      Pattern.compile("\\s*\\(?\\s*([a-zA-Z_.]+)\\s*(=|!=|>=|<=|>|<)\\s*(\"[^\"]*\"|[^\\s()]+)\\s*\\)?\\s*");
  private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

  private static final class Media {
    final String space;
    final String filename;
    final String contentType;
    final byte[] bytes;

    Media(String space, String filename, String contentType, byte[] bytes) {
      this.space = space;
      this.filename = filename;
      this.contentType = contentType;
      this.bytes = bytes;
    }
  }

  private final @Nullable Set<String> acceptedTokens;
  private final ObjectNode caller;
  private volatile String baseUrl = "http://127.0.0.1";

  private final Map<String, ObjectNode> spaces = new LinkedHashMap<>();
  private final Map<String, String> spaceRequestIds = new HashMap<>();
  private final Map<String, ObjectNode> memberships = new LinkedHashMap<>();
  private final Map<String, ObjectNode> messages = new LinkedHashMap<>();
  private final Map<String, String> messageRequestIds = new HashMap<>();
  private final Map<String, List<String>> threads = new HashMap<>();
  private final Map<String, String> threadKeys = new HashMap<>();
  private final Map<String, ObjectNode> reactions = new LinkedHashMap<>();
  private final Map<String, Media> media = new HashMap<>();

  /**
   * @param acceptedTokens bearer tokens to accept, or null for any non-empty token
   * @param callerName the user every request acts as ({@code users/...})
   * @param callerType HUMAN or BOT
   */
  public GoogleChatService(@Nullable Set<String> acceptedTokens, String callerName, String callerType, Clock clock) {
    super(clock);
    this.acceptedTokens = acceptedTokens == null ? null : new HashSet<>(acceptedTokens);
    this.caller = Json.object();
    caller.put("name", callerName);
    caller.put("type", callerType);
  }

  public void setBaseUrl(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  private static Set<String> set(String... values) {
    return new HashSet<>(Arrays.asList(values));
  }

  @Override
  public synchronized void clearData() {
    spaces.clear();
    spaceRequestIds.clear();
    memberships.clear();
    messages.clear();
    messageRequestIds.clear();
    threads.clear();
    threadKeys.clear();
    reactions.clear();
    media.clear();
  }

  // ------------------------------------------------------------------ errors

  private static String statusName(int status) {
    switch (status) {
      case 400:
        return "INVALID_ARGUMENT";
      case 401:
        return "UNAUTHENTICATED";
      case 403:
        return "PERMISSION_DENIED";
      case 404:
        return "NOT_FOUND";
      case 409:
        return "ALREADY_EXISTS";
      case 413:
        return "OUT_OF_RANGE";
      case 429:
        return "RESOURCE_EXHAUSTED";
      case 501:
        return "UNIMPLEMENTED";
      case 503:
        return "UNAVAILABLE";
      case 504:
        return "DEADLINE_EXCEEDED";
      default:
        return status >= 500 ? "INTERNAL" : "FAILED_PRECONDITION";
    }
  }

  @Override
  protected Response renderError(EmulatorError error, long startNanos) {
    ObjectNode body = Json.object();
    ObjectNode e = body.putObject("error");
    e.put("code", error.status());
    e.put("message", error.getMessage());
    e.put("status", error.reason() != null ? error.reason() : statusName(error.status()));
    if (error.field() != null) {
      ObjectNode detail = e.putArray("details").addObject();
      detail.put("@type", "type.googleapis.com/google.rpc.BadRequest");
      ObjectNode violation = detail.putArray("fieldViolations").addObject();
      violation.put("field", error.field());
      violation.put("description", error.getMessage());
    }
    Response r = Response.json(error.status(), body);
    if (error.status() == 401) {
      r.header("WWW-Authenticate", "Bearer realm=\"https://accounts.google.com/\"");
    }
    return r;
  }

  @Override
  protected void decorateFault(Response response, int status, @Nullable Duration retryAfter) {
    super.decorateFault(response, status, retryAfter);
  }

  private static Response ok(JsonNode body) {
    return Response.json(200, body);
  }

  private static EmulatorError notFound(String what) {
    return EmulatorError.notFound(what + " not found.");
  }

  private static EmulatorError invalid(String field, String message) {
    return EmulatorError.badField(field, message);
  }

  // ------------------------------------------------------------------ routing

  @Override
  protected Response route(Request req) {
    authenticate(req);
    List<String> s = req.segments();
    String m = req.method();
    String alt = req.query("alt");
    synchronized (this) {
      if (s.size() >= 3 && s.get(0).equals("upload") && s.get(1).equals("v1") && m.equals("POST")) {
        String path = String.join("/", s.subList(2, s.size()));
        if (path.endsWith("/attachments:upload")) {
          return upload(req, path.substring(0, path.length() - "/attachments:upload".length()));
        }
      }
      if (s.size() >= 3 && s.get(0).equals("v1") && s.get(1).equals("media") && m.equals("GET")) {
        return download(req, String.join("/", s.subList(2, s.size())));
      }
      if (alt != null && !alt.equals("json")) {
        throw invalid("alt", "alt=" + alt + " is only valid for media downloads");
      }
      if (s.isEmpty() || !s.get(0).equals("v1") || s.size() < 2) {
        throw EmulatorError.notFound("the chatsdk emulator has no Google Chat endpoint " + m + " " + req.rawPath());
      }
      List<String> p = new ArrayList<>(s.subList(1, s.size()));
      String last = p.get(p.size() - 1);
      String verb = null;
      int colon = last.indexOf(':');
      if (colon >= 0) {
        verb = last.substring(colon + 1);
        p.set(p.size() - 1, last.substring(0, colon));
      }
      Response r = dispatch(req, m, p, verb);
      if (r != null) {
        return r;
      }
    }
    throw EmulatorError.notFound("the chatsdk emulator has no Google Chat endpoint " + m + " " + req.rawPath());
  }

  private @Nullable Response dispatch(Request req, String m, List<String> p, @Nullable String verb) {
    int n = p.size();
    if (!p.get(0).equals("spaces")) {
      return null;
    }
    if (n == 1) {
      if (verb == null) {
        return m.equals("GET") ? listSpaces(req) : m.equals("POST") ? createSpace(req) : null;
      }
      if (verb.equals("setup") && m.equals("POST")) {
        return setup(req);
      }
      if (verb.equals("findDirectMessage") && m.equals("GET")) {
        return findDirectMessage(req);
      }
      return null;
    }
    String space = "spaces/" + p.get(1);
    if (n == 2) {
      if ("completeImport".equals(verb) && m.equals("POST")) {
        return completeImport(space);
      }
      if (verb != null) {
        return null;
      }
      switch (m) {
        case "GET":
          return ok(space(space).deepCopy());
        case "PATCH":
          return patchSpace(req, space);
        case "DELETE":
          return deleteSpace(space);
        default:
          return null;
      }
    }
    if (verb != null) {
      return null;
    }
    if (p.get(2).equals("members")) {
      if (n == 3) {
        return m.equals("GET") ? listMembers(req, space) : m.equals("POST") ? createMember(req, space) : null;
      }
      String member = n == 5 && p.get(3).equals("users") ? p.get(4) : n == 4 ? p.get(3) : null;
      if (member == null) {
        return null;
      }
      String name = space + "/members/" + member;
      return m.equals("GET") ? ok(membership(name).deepCopy()) : m.equals("DELETE") ? deleteMember(name) : null;
    }
    if (!p.get(2).equals("messages")) {
      return null;
    }
    if (n == 3) {
      return m.equals("GET") ? listMessages(req, space) : m.equals("POST") ? createMessage(req, space) : null;
    }
    String message = space + "/messages/" + p.get(3);
    if (n == 4) {
      switch (m) {
        case "GET":
          return ok(message(message).deepCopy());
        case "PATCH":
        case "PUT":
          return updateMessage(req, message);
        case "DELETE":
          return deleteMessage(req, message);
        default:
          return null;
      }
    }
    if (n == 6 && p.get(4).equals("attachments") && m.equals("GET")) {
      return getAttachment(message, message + "/attachments/" + p.get(5));
    }
    if (p.get(4).equals("reactions")) {
      if (n == 5) {
        return m.equals("GET") ? listReactions(req, message) : m.equals("POST") ? createReaction(req, message) : null;
      }
      if (n == 6 && m.equals("DELETE")) {
        return deleteReaction(message + "/reactions/" + p.get(5));
      }
    }
    return null;
  }

  private void authenticate(Request req) {
    String auth = req.header("Authorization");
    if (auth == null || auth.trim().isEmpty()) {
      throw EmulatorError.of(401, "Request is missing required authentication credential. Expected OAuth 2 access "
          + "token, login cookie or other valid authentication credential.");
    }
    String a = auth.trim();
    if (!a.regionMatches(true, 0, "Bearer ", 0, 7) || a.substring(7).trim().isEmpty()) {
      throw EmulatorError.of(401, "Request had invalid authentication credentials. Expected OAuth 2 access token "
          + "in an 'Authorization: Bearer' header.");
    }
    if (acceptedTokens != null && !acceptedTokens.contains(a.substring(7).trim())) {
      throw EmulatorError.of(401, "Request had invalid authentication credentials. Expected OAuth 2 access token, "
          + "login cookie or other valid authentication credential.");
    }
    if (req.query("access_token") != null || req.query("oauth_token") != null) {
      throw invalid("access_token", "the emulator rejects tokens in the URL: send them in the Authorization header");
    }
  }

  // ------------------------------------------------------------------ helpers

  private static String randomId(int length) {
    StringBuilder sb = new StringBuilder(length);
    ThreadLocalRandom r = ThreadLocalRandom.current();
    for (int i = 0; i < length; i++) {
      sb.append(ALPHABET.charAt(r.nextInt(ALPHABET.length())));
    }
    return sb.toString();
  }

  private static void rejectUnknown(JsonNode body, Set<String> allowed, String what) {
    Iterator<String> it = body.fieldNames();
    while (it.hasNext()) {
      String f = it.next();
      if (!allowed.contains(f)) {
        throw invalid(f, "Invalid JSON payload received. Unknown name \"" + f + "\" at '" + what + "': Cannot find field.");
      }
    }
  }

  private static String camel(String path) {
    StringBuilder sb = new StringBuilder();
    boolean up = false;
    for (char c : path.trim().toCharArray()) {
      if (c == '_') {
        up = true;
      } else {
        sb.append(up ? Character.toUpperCase(c) : c);
        up = false;
      }
    }
    return sb.toString();
  }

  private static List<String> mask(Request req, Set<String> allowed, boolean allowStar) {
    String raw = req.query("updateMask");
    if (raw == null || raw.trim().isEmpty()) {
      throw invalid("updateMask", "updateMask is required: name the fields to update");
    }
    List<String> out = new ArrayList<>();
    for (String part : raw.split(",")) {
      String c = camel(part);
      if (c.equals("*") && allowStar) {
        out.addAll(allowed);
      } else if (!allowed.contains(c)) {
        throw invalid("updateMask", "Invalid update mask path: " + part.trim());
      } else {
        out.add(c);
      }
    }
    return out;
  }

  private static void copyPath(JsonNode from, ObjectNode to, String dotted) {
    String[] parts = dotted.split("\\.");
    JsonNode src = from;
    ObjectNode dst = to;
    for (int i = 0; i < parts.length - 1; i++) {
      src = src == null ? null : src.get(parts[i]);
      JsonNode next = dst.get(parts[i]);
      dst = next instanceof ObjectNode ? (ObjectNode) next : dst.putObject(parts[i]);
    }
    String leaf = parts[parts.length - 1];
    JsonNode value = src == null ? null : src.get(leaf);
    if (value == null || value.isNull() || value.isArray() && value.size() == 0) {
      dst.remove(leaf);
    } else {
      dst.set(leaf, value.deepCopy());
    }
  }

  private static Instant timeField(JsonNode node, String field) {
    String text = Json.text(node, field);
    if (text == null) {
      throw invalid(field, field + " must be an RFC 3339 timestamp");
    }
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      throw invalid(field, field + " must be an RFC 3339 timestamp, got '" + text + "'");
    }
  }

  /** One page of a list, with Google's opaque page token bound to the query it came from. */
  private static <T> List<T> page(Request req, List<T> all, String context, int defaultSize, int maxSize,
      ObjectNode out, String field) {
    int size = req.queryInt("pageSize", defaultSize);
    if (size < 0) {
      throw invalid("pageSize", "pageSize must not be negative");
    }
    if (size == 0) {
      size = defaultSize;
    }
    size = Math.min(size, maxSize);
    int offset = 0;
    String token = req.query("pageToken");
    String tag = Integer.toHexString(context.hashCode());
    if (token != null && !token.isEmpty()) {
      String decoded;
      try {
        decoded = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
      } catch (IllegalArgumentException e) {
        throw invalid("pageToken", "pageToken is not valid");
      }
      String[] parts = decoded.split("\\|");
      if (parts.length != 2 || !parts[0].equals(tag)) {
        throw invalid("pageToken", "pageToken does not belong to this query (the other parameters must not change)");
      }
      try {
        offset = Integer.parseInt(parts[1]);
      } catch (NumberFormatException e) {
        throw invalid("pageToken", "pageToken is not valid");
      }
    }
    List<T> slice = new ArrayList<>(all.subList(Math.min(offset, all.size()), Math.min(all.size(), offset + size)));
    ArrayNode arr = Json.array();
    for (T t : slice) {
      arr.add(((ObjectNode) t).deepCopy());
    }
    if (arr.size() > 0) {
      out.set(field, arr);
    }
    if (offset + size < all.size()) {
      out.put("nextPageToken", Base64.getUrlEncoder().withoutPadding()
          .encodeToString((tag + "|" + (offset + size)).getBytes(StandardCharsets.UTF_8)));
    }
    return slice;
  }

  /** Parses a list filter like {@code a = "x" OR a = "y" AND b != "z"} into AND-of-OR terms. */
  private static List<List<String[]>> parseFilter(@Nullable String filter, Set<String> fields) {
    List<List<String[]>> clauses = new ArrayList<>();
    if (filter == null || filter.trim().isEmpty()) {
      return clauses;
    }
    for (String andPart : filter.split("\\s+AND\\s+")) {
      List<String[]> ors = new ArrayList<>();
      for (String orPart : andPart.split("\\s+OR\\s+")) {
        Matcher mt = FILTER_TERM.matcher(orPart);
        if (!mt.matches()) {
          throw invalid("filter", "Invalid filter: " + filter);
        }
        String field = camel(mt.group(1));
        if (!fields.contains(field)) {
          throw invalid("filter", "Invalid filter: the field " + mt.group(1) + " is not supported here");
        }
        String value = mt.group(3);
        if (value.startsWith("\"")) {
          value = value.substring(1, value.length() - 1);
        }
        ors.add(new String[] {field, mt.group(2), value});
      }
      clauses.add(ors);
    }
    return clauses;
  }

  private static boolean matchesFilter(JsonNode doc, List<List<String[]>> clauses) {
    for (List<String[]> ors : clauses) {
      boolean any = false;
      for (String[] t : ors) {
        JsonNode v = Filters.path(doc, t[0]);
        String actual = v == null ? "" : v.asText();
        switch (t[1]) {
          case "=":
            any |= actual.equals(t[2]);
            break;
          case "!=":
            any |= !actual.equals(t[2]);
            break;
          default:
            any |= compareTimes(actual, t[1], t[2]);
        }
      }
      if (!any) {
        return false;
      }
    }
    return true;
  }

  private static boolean compareTimes(String actual, String op, String bound) {
    if (actual.isEmpty()) {
      return false;
    }
    Instant a;
    Instant b;
    try {
      a = OffsetDateTime.parse(actual).toInstant();
      b = OffsetDateTime.parse(bound).toInstant();
    } catch (DateTimeParseException e) {
      throw invalid("filter", "Invalid filter: '" + bound + "' is not an RFC 3339 timestamp");
    }
    int c = a.compareTo(b);
    switch (op) {
      case ">":
        return c > 0;
      case ">=":
        return c >= 0;
      case "<":
        return c < 0;
      default:
        return c <= 0;
    }
  }

  private static List<ObjectNode> select(Iterable<ObjectNode> all, Predicate<ObjectNode> keep) {
    List<ObjectNode> out = new ArrayList<>();
    for (ObjectNode o : all) {
      if (keep.test(o)) {
        out.add(o);
      }
    }
    return out;
  }

  // ------------------------------------------------------------------ spaces

  private ObjectNode space(String name) {
    ObjectNode s = spaces.get(name);
    if (s == null) {
      throw notFound("Space " + name);
    }
    return s;
  }

  private ObjectNode newSpace(ObjectNode body, String field, boolean allowNonSpace) {
    rejectUnknown(body, SPACE_FIELDS, field);
    String type = Json.optionalString(body, "spaceType", field + ".spaceType");
    if (type == null || type.isEmpty() || type.equals("SPACE_TYPE_UNSPECIFIED")) {
      throw invalid(field + ".spaceType", field + ".spaceType is required (SPACE, GROUP_CHAT or DIRECT_MESSAGE)");
    }
    if (!SPACE_TYPES.contains(type)) {
      throw invalid(field + ".spaceType", "unknown spaceType " + type);
    }
    boolean importMode = body.path("importMode").asBoolean(false);
    if (!type.equals("SPACE") && !allowNonSpace && !importMode) {
      throw invalid(field + ".spaceType", "spaces.create makes spaces of type SPACE; use spaces.setup for " + type);
    }
    String displayName = Json.optionalString(body, "displayName", field + ".displayName");
    if (type.equals("SPACE")) {
      if (displayName == null || displayName.trim().isEmpty()) {
        throw invalid(field + ".displayName", "displayName is required for a space of type SPACE");
      }
      if (displayName.length() > 128) {
        throw invalid(field + ".displayName", "displayName must be at most 128 characters");
      }
      for (ObjectNode other : spaces.values()) {
        if (displayName.equals(Json.text(other, "displayName")) && "SPACE".equals(Json.text(other, "spaceType"))) {
          throw EmulatorError.of(409, "A space with the same display name already exists.");
        }
      }
    }
    Instant now = now();
    String id = randomId(11);
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
        created = timeField(body, "createTime");
        if (created.isAfter(now)) {
          throw invalid(field + ".createTime", "createTime of an imported space must be in the past");
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
    spaces.put("spaces/" + id, s);
    return s;
  }

  private ObjectNode addMember(String space, JsonNode body, String field, boolean creator) {
    ObjectNode member = Json.obj(body, "member");
    ObjectNode group = Json.obj(body, "groupMember");
    if (member == null && group == null) {
      throw invalid(field + ".member", "a membership needs member (a user) or groupMember (a group)");
    }
    String memberId;
    ObjectNode ms = Json.object();
    ObjectNode sp = space(space);
    boolean importing = sp.path("importMode").asBoolean(false);
    if (member != null) {
      String userName = Json.text(member, "name");
      if (userName == null || !USER_NAME.matcher(userName).matches()) {
        throw invalid(field + ".member.name", "member.name must look like users/{user}, got " + userName);
      }
      String type = member.path("type").asText("HUMAN");
      if (!type.equals("HUMAN") && !type.equals("BOT")) {
        throw invalid(field + ".member.type", "member.type must be HUMAN or BOT");
      }
      if (type.equals("BOT") && !userName.equals("users/app")) {
        throw invalid(field + ".member.name", "a Chat app is added as users/app");
      }
      memberId = userName.substring("users/".length());
      ms.put("name", space + "/members/" + memberId);
      ms.put("state", "JOINED");
      ms.put("role", creator ? "ROLE_MANAGER" : body.path("role").asText("ROLE_MEMBER"));
      ObjectNode u = ms.putObject("member");
      u.put("name", userName);
      u.put("type", type);
    } else {
      String groupName = Json.text(group, "name");
      if (groupName == null || !groupName.matches("groups/[^/]+")) {
        throw invalid(field + ".groupMember.name", "groupMember.name must look like groups/{group}");
      }
      memberId = groupName.substring("groups/".length());
      ms.put("name", space + "/members/" + memberId);
      ms.put("state", "JOINED");
      ms.put("role", "ROLE_MEMBER");
      ms.putObject("groupMember").put("name", groupName);
    }
    String role = Json.text(ms, "role");
    if (!role.equals("ROLE_MEMBER") && !role.equals("ROLE_MANAGER") && !role.equals("ROLE_ASSISTANT_MANAGER")) {
      throw invalid(field + ".role", "role must be ROLE_MEMBER or ROLE_MANAGER");
    }
    if (memberships.containsKey(Json.text(ms, "name"))) {
      throw EmulatorError.of(409, "Membership " + Json.text(ms, "name") + " already exists.");
    }
    Instant now = now();
    ms.put("createTime", importing && body.hasNonNull("createTime")
        ? timeField(body, "createTime").toString() : now.toString());
    if (importing && body.hasNonNull("deleteTime")) {
      ms.put("deleteTime", timeField(body, "deleteTime").toString());
    }
    memberships.put(Json.text(ms, "name"), ms);
    refreshCounts(space);
    return ms;
  }

  private void refreshCounts(String space) {
    ObjectNode sp = spaces.get(space);
    if (sp == null) {
      return;
    }
    int humans = 0;
    int groups = 0;
    for (ObjectNode ms : memberships.values()) {
      if (Json.text(ms, "name").startsWith(space + "/members/") && "JOINED".equals(Json.text(ms, "state"))) {
        if (ms.has("groupMember")) {
          groups++;
        } else if ("HUMAN".equals(ms.path("member").path("type").asText())) {
          humans++;
        }
      }
    }
    ObjectNode counts = Json.object();
    if (humans > 0) {
      counts.put("joinedDirectHumanUserCount", humans);
    }
    if (groups > 0) {
      counts.put("joinedGroupCount", groups);
    }
    sp.set("membershipCount", counts);
  }

  private Response createSpace(Request req) {
    ObjectNode body = req.json();
    String requestId = req.query("requestId");
    if (requestId != null && !requestId.isEmpty()) {
      String existing = spaceRequestIds.get(requestId);
      if (existing != null && spaces.containsKey(existing)) {
        return ok(spaces.get(existing).deepCopy());
      }
    }
    ObjectNode s = newSpace(body, "space", false);
    String name = Json.text(s, "name");
    if (!s.path("importMode").asBoolean(false)) {
      addMember(name, callerMembership(), "space", true);
    }
    if (requestId != null && !requestId.isEmpty()) {
      spaceRequestIds.put(requestId, name);
    }
    return ok(s.deepCopy());
  }

  private ObjectNode callerMembership() {
    ObjectNode b = Json.object();
    b.set("member", caller.deepCopy());
    if ("BOT".equals(Json.text(caller, "type"))) {
      ((ObjectNode) b.get("member")).put("name", "users/app");
    }
    return b;
  }

  private Response setup(Request req) {
    ObjectNode body = req.json();
    rejectUnknown(body, SETUP_FIELDS, "SetUpSpaceRequest");
    ObjectNode spaceBody = Json.obj(body, "space");
    if (spaceBody == null) {
      throw invalid("space", "space is required");
    }
    String requestId = Json.optionalString(body, "requestId", "requestId");
    if (requestId != null && !requestId.isEmpty()) {
      String existing = spaceRequestIds.get(requestId);
      if (existing != null && spaces.containsKey(existing)) {
        return ok(spaces.get(existing).deepCopy());
      }
    }
    JsonNode list = body.get("memberships");
    List<JsonNode> members = new ArrayList<>();
    if (list != null && list.isArray()) {
      list.forEach(members::add);
    }
    if (members.size() > 49) {
      throw invalid("memberships", "at most 49 memberships can be set up with a space");
    }
    Set<String> names = new LinkedHashSet<>();
    for (JsonNode ms : members) {
      rejectUnknown(ms, MEMBERSHIP_FIELDS, "memberships[]");
      String n = ms.path("member").path("name").asText(ms.path("groupMember").path("name").asText(""));
      if (!names.add(n)) {
        throw invalid("memberships", "membership " + n + " is listed twice");
      }
    }
    String type = spaceBody.path("spaceType").asText("");
    if (type.equals("DIRECT_MESSAGE")) {
      boolean botDm = spaceBody.path("singleUserBotDm").asBoolean(false);
      if (botDm ? !members.isEmpty() : members.size() != 1) {
        throw invalid("memberships", "a direct message is set up with exactly one other human user");
      }
      if (!botDm) {
        ObjectNode existing = findDm(names.iterator().next());
        if (existing != null) {
          return ok(existing.deepCopy());
        }
      }
    } else if (type.equals("GROUP_CHAT") && members.size() < 2) {
      throw invalid("memberships", "a group chat is set up with at least two other human users");
    }
    ObjectNode s = newSpace(spaceBody, "space", true);
    String name = Json.text(s, "name");
    addMember(name, callerMembership(), "space", true);
    for (JsonNode ms : members) {
      addMember(name, ms, "memberships[]", false);
    }
    if (requestId != null && !requestId.isEmpty()) {
      spaceRequestIds.put(requestId, name);
    }
    return ok(s.deepCopy());
  }

  private @Nullable ObjectNode findDm(String userName) {
    for (ObjectNode s : spaces.values()) {
      if (!"DIRECT_MESSAGE".equals(Json.text(s, "spaceType"))) {
        continue;
      }
      String prefix = Json.text(s, "name") + "/members/";
      for (ObjectNode ms : memberships.values()) {
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
      throw invalid("name", "name is required: the user to find the direct message with (users/{user})");
    }
    if (!USER_NAME.matcher(name).matches()) {
      throw invalid("name", "name must look like users/{user}");
    }
    ObjectNode dm = findDm(name);
    if (dm == null) {
      throw notFound("Direct message with " + name);
    }
    return ok(dm.deepCopy());
  }

  private Response patchSpace(Request req, String name) {
    ObjectNode sp = space(name);
    ObjectNode body = req.json();
    rejectUnknown(body, SPACE_FIELDS, "space");
    List<String> paths = mask(req, SPACE_MASK, false);
    ObjectNode updated = sp.deepCopy();
    for (String path : paths) {
      if (path.equals("displayName")) {
        String dn = Json.text(body, "displayName");
        if ("SPACE".equals(Json.text(sp, "spaceType")) && (dn == null || dn.trim().isEmpty())) {
          throw invalid("space.displayName", "a space of type SPACE needs a displayName");
        }
        for (ObjectNode other : spaces.values()) {
          if (other != sp && dn != null && dn.equals(Json.text(other, "displayName"))
              && "SPACE".equals(Json.text(other, "spaceType"))) {
            throw EmulatorError.of(409, "A space with the same display name already exists.");
          }
        }
      } else if (path.equals("spaceType")) {
        String t = Json.text(body, "spaceType");
        if (!"SPACE".equals(t) || !"GROUP_CHAT".equals(Json.text(sp, "spaceType"))) {
          throw invalid("space.spaceType", "spaceType can only change from GROUP_CHAT to SPACE");
        }
        if (!body.hasNonNull("displayName") || !paths.contains("displayName")) {
          throw invalid("space.displayName", "turning a group chat into a space also needs displayName in the mask");
        }
        updated.put("type", "ROOM");
      }
      copyPath(body, updated, path);
    }
    spaces.put(name, updated);
    return ok(updated.deepCopy());
  }

  private Response deleteSpace(String name) {
    space(name);
    spaces.remove(name);
    String prefix = name + "/";
    memberships.keySet().removeIf(k -> k.startsWith(prefix));
    messages.keySet().removeIf(k -> k.startsWith(prefix));
    reactions.keySet().removeIf(k -> k.startsWith(prefix));
    threads.keySet().removeIf(k -> k.startsWith(prefix));
    threadKeys.keySet().removeIf(k -> k.startsWith(prefix));
    media.values().removeIf(m -> m.space.equals(name));
    return ok(Json.object());
  }

  private Response listSpaces(Request req) {
    String filter = req.query("filter");
    List<List<String[]>> clauses = parseFilter(filter, set("spaceType"));
    for (List<String[]> ors : clauses) {
      for (String[] t : ors) {
        if (!t[1].equals("=") || !SPACE_TYPES.contains(t[2])) {
          throw invalid("filter", "Invalid filter: use spaceType = \"SPACE\" (or GROUP_CHAT, DIRECT_MESSAGE) joined with OR");
        }
      }
    }
    if (clauses.size() > 1) {
      throw invalid("filter", "Invalid filter: spaceType conditions are joined with OR, not AND");
    }
    List<ObjectNode> all = select(spaces.values(), s -> matchesFilter(s, clauses));
    ObjectNode out = Json.object();
    page(req, all, "spaces|" + filter, 100, 1000, out, "spaces");
    return ok(out);
  }

  private Response completeImport(String name) {
    ObjectNode sp = space(name);
    if (!sp.path("importMode").asBoolean(false)) {
      throw EmulatorError.of(400, "FAILED_PRECONDITION", "Space " + name + " is not in import mode.");
    }
    sp.remove("importMode");
    sp.remove("importModeExpireTime");
    ObjectNode out = Json.object();
    out.set("space", sp.deepCopy());
    return ok(out);
  }

  // ------------------------------------------------------------------ memberships

  private ObjectNode membership(String name) {
    ObjectNode ms = memberships.get(name);
    if (ms == null) {
      String space = name.substring(0, name.indexOf("/members/"));
      space(space);
      if (name.endsWith("/members/app")) {
        for (ObjectNode m : memberships.values()) {
          if (Json.text(m, "name").startsWith(space + "/members/") && "BOT".equals(m.path("member").path("type").asText())) {
            return m;
          }
        }
      }
      throw notFound("Membership " + name);
    }
    return ms;
  }

  private Response createMember(Request req, String space) {
    space(space);
    ObjectNode body = req.json();
    rejectUnknown(body, MEMBERSHIP_FIELDS, "membership");
    if ("DIRECT_MESSAGE".equals(Json.text(spaces.get(space), "spaceType"))) {
      throw EmulatorError.of(400, "FAILED_PRECONDITION", "Members cannot be added to a direct message.");
    }
    return ok(addMember(space, body, "membership", false).deepCopy());
  }

  private Response listMembers(Request req, String space) {
    space(space);
    String filter = req.query("filter");
    List<List<String[]>> clauses = parseFilter(filter, set("member.type", "role"));
    boolean showGroups = req.queryBool("showGroups");
    boolean showInvited = req.queryBool("showInvited");
    String prefix = space + "/members/";
    List<ObjectNode> all = select(memberships.values(), ms -> Json.text(ms, "name").startsWith(prefix)
        && (showGroups || !ms.has("groupMember"))
        && (showInvited || !"INVITED".equals(Json.text(ms, "state")))
        && matchesFilter(ms, clauses));
    ObjectNode out = Json.object();
    page(req, all, "members|" + space + "|" + filter + "|" + showGroups + showInvited, 100, 1000, out, "memberships");
    return ok(out);
  }

  private Response deleteMember(String name) {
    ObjectNode ms = membership(name);
    memberships.remove(Json.text(ms, "name"));
    refreshCounts(name.substring(0, name.indexOf("/members/")));
    ObjectNode out = ms.deepCopy();
    out.put("state", "NOT_A_MEMBER");
    return ok(out);
  }

  // ------------------------------------------------------------------ messages

  private ObjectNode message(String name) {
    ObjectNode msg = messages.get(name);
    if (msg == null || msg.has("deleteTime")) {
      space(name.substring(0, name.indexOf("/messages/")));
      throw notFound("Message " + name);
    }
    return msg;
  }

  private static void requireContent(ObjectNode msg) {
    boolean text = msg.path("text").asText("").length() > 0;
    boolean cards = msg.path("cardsV2").size() > 0 || msg.path("cards").size() > 0;
    boolean files = msg.path("attachment").size() > 0;
    if (!text && !cards && !files) {
      throw invalid("message", "Message cannot be empty: set text, cardsV2 or an attachment.");
    }
    if (msg.path("text").asText("").length() > 4096) {
      throw invalid("message.text", "text must be at most 4096 characters");
    }
    JsonNode cardsV2 = msg.get("cardsV2");
    if (cardsV2 != null && !cardsV2.isNull()) {
      if (!cardsV2.isArray()) {
        throw invalid("message.cardsV2", "cardsV2 must be an array");
      }
      for (int i = 0; i < cardsV2.size(); i++) {
        if (!cardsV2.get(i).path("card").isObject()) {
          throw invalid("message.cardsV2[" + i + "].card", "cardsV2[" + i + "].card is required");
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
      throw invalid("message.attachment", "attachment must be an array");
    }
    for (JsonNode a : list) {
      ObjectNode att = Json.object();
      att.put("name", messageName + "/attachments/" + randomId(16));
      JsonNode ref = a.get("attachmentDataRef");
      JsonNode drive = a.get("driveDataRef");
      if (ref != null && ref.isObject()) {
        String resource = Json.text(ref, "resourceName");
        Media md = resource == null ? null : media.get(resource);
        if (md == null || !md.space.equals(space)) {
          throw invalid("message.attachment.attachmentDataRef",
              "attachmentDataRef does not refer to a file uploaded to " + space);
        }
        att.put("contentName", md.filename);
        att.put("contentType", md.contentType);
        att.set("attachmentDataRef", ref.deepCopy());
        att.put("downloadUri", baseUrl + "/v1/media/" + resource + "?alt=media");
        if (md.contentType.startsWith("image/")) {
          att.put("thumbnailUri", baseUrl + "/v1/media/" + resource + "?alt=media");
        }
        att.put("source", "UPLOADED_CONTENT");
      } else if (drive != null && drive.isObject()) {
        att.put("contentName", "Drive file " + drive.path("driveFileId").asText());
        att.set("driveDataRef", drive.deepCopy());
        att.put("source", "DRIVE_FILE");
      } else {
        throw invalid("message.attachment", "each attachment needs attachmentDataRef (from media.upload) or driveDataRef");
      }
      out.add(att);
    }
    return out;
  }

  private Response createMessage(Request req, String space) {
    ObjectNode sp = space(space);
    ObjectNode body = req.json();
    rejectUnknown(body, MESSAGE_FIELDS, "message");
    String requestId = req.query("requestId");
    String idemKey = space + "|" + requestId;
    if (requestId != null && !requestId.isEmpty()) {
      String existing = messageRequestIds.get(idemKey);
      if (existing != null && messages.containsKey(existing)) {
        return ok(messages.get(existing).deepCopy());
      }
    }
    String messageId = req.query("messageId");
    String option = req.query("messageReplyOption");
    if (option != null && !REPLY_OPTIONS.contains(option)) {
      throw invalid("messageReplyOption", "unknown messageReplyOption " + option);
    }
    ObjectNode created = newMessage(space, sp, body, messageId, option, req.query("threadKey"));
    if (requestId != null && !requestId.isEmpty()) {
      messageRequestIds.put(idemKey, Json.text(created, "name"));
    }
    return ok(created.deepCopy());
  }

  private ObjectNode newMessage(String space, ObjectNode sp, ObjectNode body, @Nullable String messageId,
      @Nullable String option, @Nullable String queryThreadKey) {
    String id;
    if (messageId != null && !messageId.isEmpty()) {
      if (!CLIENT_ID.matcher(messageId).matches()) {
        throw invalid("messageId", "messageId must start with client- and hold at most 63 lowercase letters, digits "
            + "and hyphens, got '" + messageId + "'");
      }
      if (messages.containsKey(space + "/messages/" + messageId)) {
        throw EmulatorError.of(409, "Message " + space + "/messages/" + messageId + " already exists.");
      }
      id = messageId;
    } else {
      id = randomId(11) + "." + randomId(11);
    }
    String name = space + "/messages/" + id;
    ObjectNode msg = Json.object();
    msg.put("name", name);
    msg.set("sender", caller.deepCopy());
    Instant now = now();
    Instant created = now;
    if (sp.path("importMode").asBoolean(false) && body.hasNonNull("createTime")) {
      created = timeField(body, "createTime");
      if (created.isAfter(now)) {
        throw invalid("message.createTime", "createTime of an imported message must be in the past");
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
        found = threads.containsKey(threadName) && threadName.startsWith(space + "/threads/") ? threadName : null;
      } else if (key != null && !key.isEmpty()) {
        found = threadKeys.get(space + "|" + key);
      }
      if (found == null && option.equals("REPLY_MESSAGE_OR_FAIL")) {
        throw notFound("Thread " + (threadName != null ? threadName : "with key " + key));
      }
    }
    ObjectNode thread = msg.putObject("thread");
    if (found != null) {
      thread.put("name", found);
      threads.get(found).add(name);
      msg.put("threadReply", true);
      String existingKey = keyOf(space, found);
      if (existingKey != null) {
        thread.put("threadKey", existingKey);
      }
    } else {
      String t = space + "/threads/" + randomId(11);
      thread.put("name", t);
      List<String> members = new ArrayList<>();
      members.add(name);
      threads.put(t, members);
      if (key != null && !key.isEmpty() && !threadKeys.containsKey(space + "|" + key)) {
        threadKeys.put(space + "|" + key, t);
        thread.put("threadKey", key);
      }
    }
    msg.putObject("space").put("name", space);
    if (id.startsWith("client-")) {
      msg.put("clientAssignedMessageId", id);
    }
    messages.put(name, msg);
    sp.put("lastActiveTime", created.toString());
    return msg;
  }

  private @Nullable String keyOf(String space, String threadName) {
    for (Map.Entry<String, String> e : threadKeys.entrySet()) {
      if (e.getValue().equals(threadName) && e.getKey().startsWith(space + "|")) {
        return e.getKey().substring(space.length() + 1);
      }
    }
    return null;
  }

  private Response listMessages(Request req, String space) {
    space(space);
    String filter = req.query("filter");
    List<List<String[]>> clauses = parseFilter(filter, set("createTime", "thread.name"));
    String orderBy = req.query("orderBy");
    boolean desc = false;
    if (orderBy != null && !orderBy.trim().isEmpty()) {
      String o = orderBy.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
      if (o.equals("createtime desc") || o.equals("create_time desc")) {
        desc = true;
      } else if (!o.equals("createtime asc") && !o.equals("create_time asc") && !o.equals("createtime")) {
        throw invalid("orderBy", "orderBy must be 'createTime asc' or 'createTime desc'");
      }
    }
    boolean showDeleted = req.queryBool("showDeleted");
    String prefix = space + "/messages/";
    List<ObjectNode> all = select(messages.values(), msg -> Json.text(msg, "name").startsWith(prefix)
        && (showDeleted || !msg.has("deleteTime")) && matchesFilter(msg, clauses));
    all.sort((a, b) -> Instant.parse(Json.text(a, "createTime")).compareTo(Instant.parse(Json.text(b, "createTime"))));
    if (desc) {
      java.util.Collections.reverse(all);
    }
    ObjectNode out = Json.object();
    page(req, all, "messages|" + space + "|" + filter + "|" + desc + showDeleted, 25, 1000, out, "messages");
    return ok(out);
  }

  private Response updateMessage(Request req, String name) {
    ObjectNode body = req.json();
    rejectUnknown(body, MESSAGE_FIELDS, "message");
    ObjectNode msg = messages.get(name);
    if (msg == null || msg.has("deleteTime")) {
      String id = name.substring(name.lastIndexOf('/') + 1);
      String space = name.substring(0, name.indexOf("/messages/"));
      if (req.queryBool("allowMissing") && id.startsWith("client-")) {
        ObjectNode created = newMessage(space, space(space), body, id, null, null);
        return ok(created.deepCopy());
      }
      message(name);
    }
    List<String> paths = mask(req, MESSAGE_MASK, true);
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
        copyPath(body, updated, path);
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
    updated.put("lastUpdateTime", now().toString());
    messages.put(name, updated);
    return ok(updated.deepCopy());
  }

  private Response deleteMessage(Request req, String name) {
    ObjectNode msg = message(name);
    boolean force = req.queryBool("force");
    String threadName = msg.path("thread").path("name").asText();
    List<String> thread = threads.getOrDefault(threadName, new ArrayList<>());
    List<String> doomed = new ArrayList<>();
    doomed.add(name);
    if (!thread.isEmpty() && thread.get(0).equals(name)) {
      List<String> replies = new ArrayList<>();
      for (String r : thread.subList(1, thread.size())) {
        ObjectNode reply = messages.get(r);
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
    String now = now().toString();
    for (String d : doomed) {
      ObjectNode m = messages.get(d);
      m.put("deleteTime", now);
      m.putObject("deletionMetadata").put("deletionType", "CREATOR");
      for (String strip : new String[] {"text", "formattedText", "argumentText", "cardsV2", "cards", "attachment",
          "accessoryWidgets", "emojiReactionSummaries"}) {
        m.remove(strip);
      }
      reactions.keySet().removeIf(k -> k.startsWith(d + "/reactions/"));
    }
    return ok(Json.object());
  }

  private Response getAttachment(String messageName, String name) {
    ObjectNode msg = message(messageName);
    for (JsonNode a : msg.path("attachment")) {
      if (name.equals(Json.text(a, "name"))) {
        return ok(a.deepCopy());
      }
    }
    throw notFound("Attachment " + name);
  }

  // ------------------------------------------------------------------ reactions

  private void refreshSummaries(String messageName) {
    ObjectNode msg = messages.get(messageName);
    Map<String, ObjectNode> summaries = new LinkedHashMap<>();
    for (ObjectNode r : reactions.values()) {
      if (Json.text(r, "name").startsWith(messageName + "/reactions/")) {
        String key = r.get("emoji").toString();
        ObjectNode s = summaries.computeIfAbsent(key, k -> {
          ObjectNode n = Json.object();
          n.set("emoji", r.get("emoji").deepCopy());
          n.put("reactionCount", 0);
          return n;
        });
        s.put("reactionCount", s.get("reactionCount").asInt() + 1);
      }
    }
    if (summaries.isEmpty()) {
      msg.remove("emojiReactionSummaries");
    } else {
      ArrayNode arr = msg.putArray("emojiReactionSummaries");
      summaries.values().forEach(arr::add);
    }
  }

  private Response createReaction(Request req, String messageName) {
    message(messageName);
    ObjectNode body = req.json();
    rejectUnknown(body, REACTION_FIELDS, "reaction");
    ObjectNode emoji = Json.obj(body, "emoji");
    if (emoji == null) {
      throw invalid("reaction.emoji", "reaction.emoji is required");
    }
    ObjectNode e = Json.object();
    String unicode = Json.text(emoji, "unicode");
    ObjectNode custom = Json.obj(emoji, "customEmoji");
    if (unicode != null && !unicode.isEmpty()) {
      e.put("unicode", unicode);
    } else if (custom != null && (custom.hasNonNull("uid") || custom.hasNonNull("name"))) {
      ObjectNode c = e.putObject("customEmoji");
      c.put("uid", custom.path("uid").asText(custom.path("name").asText()));
    } else {
      throw invalid("reaction.emoji", "emoji needs unicode or customEmoji");
    }
    for (ObjectNode r : reactions.values()) {
      if (Json.text(r, "name").startsWith(messageName + "/reactions/") && r.get("emoji").equals(e)
          && r.path("user").path("name").asText().equals(Json.text(caller, "name"))) {
        throw EmulatorError.of(409, "The user already reacted to this message with this emoji.");
      }
    }
    ObjectNode r = Json.object();
    r.put("name", messageName + "/reactions/" + randomId(12));
    ObjectNode user = r.putObject("user");
    user.put("name", Json.text(caller, "name"));
    user.put("type", Json.text(caller, "type"));
    r.set("emoji", e);
    reactions.put(Json.text(r, "name"), r);
    refreshSummaries(messageName);
    return ok(r.deepCopy());
  }

  private Response listReactions(Request req, String messageName) {
    message(messageName);
    String filter = req.query("filter");
    List<List<String[]>> clauses = parseFilter(filter, set("emoji.unicode", "emoji.customEmoji.uid", "user.name"));
    String prefix = messageName + "/reactions/";
    List<ObjectNode> all = select(reactions.values(), r -> Json.text(r, "name").startsWith(prefix)
        && matchesFilter(r, clauses));
    ObjectNode out = Json.object();
    page(req, all, "reactions|" + messageName + "|" + filter, 25, 200, out, "reactions");
    return ok(out);
  }

  private Response deleteReaction(String name) {
    message(name.substring(0, name.indexOf("/reactions/")));
    if (reactions.remove(name) == null) {
      throw notFound("Reaction " + name);
    }
    refreshSummaries(name.substring(0, name.indexOf("/reactions/")));
    return ok(Json.object());
  }

  // ------------------------------------------------------------------ media

  private Response upload(Request req, String parent) {
    if (!parent.matches("spaces/[^/]+")) {
      throw invalid("parent", "parent must look like spaces/{space}");
    }
    space(parent);
    String uploadType = req.query("uploadType");
    if (uploadType != null && !uploadType.equals("multipart")) {
      throw invalid("uploadType", "the emulator accepts uploadType=multipart only, got " + uploadType);
    }
    String contentType = req.header("Content-Type");
    if (!Multipart.mediaType(contentType).equals("multipart/related")) {
      throw invalid("Content-Type", "a media upload is multipart/related (JSON metadata part, then the file), got "
          + contentType);
    }
    List<Multipart.Part> parts = Multipart.parse(contentType, req.body());
    if (parts.size() != 2) {
      throw invalid("body", "a media upload has exactly two parts: JSON metadata and the file, got " + parts.size());
    }
    ObjectNode meta = Json.parseObject(parts.get(0).content(), "metadata part");
    rejectUnknown(meta, set("filename"), "UploadAttachmentRequest");
    String filename = Json.text(meta, "filename");
    if (filename == null || filename.isEmpty()) {
      throw invalid("filename", "filename is required in the metadata part");
    }
    Multipart.Part file = parts.get(1);
    if (file.content().length > 200L * 1024 * 1024) {
      throw EmulatorError.of(413, "OUT_OF_RANGE", "files are limited to 200 MB");
    }
    String type = file.contentType() == null ? "application/octet-stream" : file.contentType();
    String resource = parent + "/attachments/" + UUID.randomUUID().toString().replace("-", "");
    media.put(resource, new Media(parent, filename, type, file.content()));
    ObjectNode out = Json.object();
    ObjectNode ref = out.putObject("attachmentDataRef");
    ref.put("resourceName", resource);
    ref.put("attachmentUploadToken", Base64.getUrlEncoder().withoutPadding()
        .encodeToString(("emulator:" + resource).getBytes(StandardCharsets.UTF_8)));
    return ok(out);
  }

  private Response download(Request req, String resourceName) {
    Media md = media.get(resourceName);
    if (md == null) {
      throw notFound("Media " + resourceName);
    }
    if (!"media".equals(req.query("alt"))) {
      ObjectNode out = Json.object();
      out.put("resourceName", resourceName);
      return ok(out);
    }
    return new Response(200, md.contentType, md.bytes);
  }

  /** A copy of a stored message, or null. */
  public synchronized @Nullable ObjectNode storedMessage(String name) {
    ObjectNode msg = messages.get(name);
    return msg == null ? null : msg.deepCopy();
  }

  /** A copy of a stored space, or null. */
  public synchronized @Nullable ObjectNode storedSpace(String name) {
    ObjectNode s = spaces.get(name);
    return s == null ? null : s.deepCopy();
  }

  /** The user requests act as. */
  public String callerName() {
    return Json.text(caller, "name");
  }
}
