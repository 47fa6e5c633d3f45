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
 * The Google Chat side's shared state and the helpers every resource handler uses: names, the
 * caller, error shortcuts. All access happens under this object's monitor (the service runs every
 * handler synchronized on it).
 */
public final class GoogleStore {
  static final Set<String> SPACE_FIELDS = set("accessSettings", "adminInstalled", "createTime",
      "customer", "displayName", "externalUserAllowed", "importMode", "importModeExpireTime", "lastActiveTime",
      "membershipCount", "name", "permissionSettings", "predefinedPermissionSettings", "singleUserBotDm",
      "spaceDetails", "spaceHistoryState", "spaceThreadingState", "spaceType", "spaceUri", "threaded", "type");
  static final Set<String> MESSAGE_FIELDS = set("accessoryWidgets", "actionResponse", "annotations",
      "argumentText", "attachedGifs", "attachment", "cards", "cardsV2", "clientAssignedMessageId", "createTime",
      "deleteTime", "deletionMetadata", "emojiReactionSummaries", "fallbackText", "formattedText",
      "lastUpdateTime", "markupSyntax", "matchedUrl", "name", "privateMessageViewer", "quotedMessageMetadata",
      "sender", "silent", "slashCommand", "space", "text", "thread", "threadReply");
  static final Set<String> MEMBERSHIP_FIELDS = set("affiliation", "createTime", "deleteTime",
      "groupMember", "member", "name", "role", "state");
  static final Set<String> REACTION_FIELDS = set("emoji", "name", "user");
  static final Set<String> SETUP_FIELDS = set("memberships", "requestId", "space");
  static final Set<String> SPACE_TYPES = set("SPACE", "GROUP_CHAT", "DIRECT_MESSAGE");
  static final Set<String> REPLY_OPTIONS = set("MESSAGE_REPLY_OPTION_UNSPECIFIED",
      "REPLY_MESSAGE_FALLBACK_TO_NEW_THREAD", "REPLY_MESSAGE_OR_FAIL");
  /** updateMask paths accepted by spaces.patch, in camelCase. */
  static final Set<String> SPACE_MASK = set("displayName", "spaceType", "spaceDetails",
      "spaceHistoryState", "accessSettings.audience", "permissionSettings", "permissionSettings.manageMembersAndGroups",
      "permissionSettings.modifySpaceDetails", "permissionSettings.toggleHistory", "permissionSettings.useAtMentionAll",
      "permissionSettings.manageApps", "permissionSettings.manageWebhooks", "permissionSettings.postMessages",
      "permissionSettings.replyMessages");
  /** updateMask paths accepted by messages.patch/update, in camelCase. */
  static final Set<String> MESSAGE_MASK = set("text", "attachment", "cards", "cardsV2",
      "accessoryWidgets", "quotedMessageMetadata");
  static final Pattern CLIENT_ID = Pattern.compile("client-[a-z0-9-]{1,56}");
  static final Pattern USER_NAME = Pattern.compile("users/[^/]+");
  static final Pattern FILTER_TERM =
      Pattern.compile("\\s*\\(?\\s*([a-zA-Z_.]+)\\s*(=|!=|>=|<=|>|<)\\s*(\"[^\"]*\"|[^\\s()]+)\\s*\\)?\\s*");
  static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

  static final class Media {
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

  final Ticker ticker;
  final ObjectNode caller;
  volatile String baseUrl = "http://127.0.0.1";

  final Map<String, ObjectNode> spaces = new LinkedHashMap<>();
  final Map<String, String> spaceRequestIds = new HashMap<>();
  final Map<String, ObjectNode> memberships = new LinkedHashMap<>();
  final Map<String, ObjectNode> messages = new LinkedHashMap<>();
  final Map<String, String> messageRequestIds = new HashMap<>();
  final Map<String, List<String>> threads = new HashMap<>();
  final Map<String, String> threadKeys = new HashMap<>();
  final Map<String, ObjectNode> reactions = new LinkedHashMap<>();
  final Map<String, Media> media = new HashMap<>();
  final Map<String, ObjectNode> spaceEvents = new LinkedHashMap<>();
  final Map<String, ObjectNode> pins = new LinkedHashMap<>();
  /** Last read time of the caller per space name. */
  final Map<String, Instant> readTimes = new HashMap<>();
  final Map<String, ObjectNode> customEmojis = new LinkedHashMap<>();
  final Map<String, ObjectNode> notificationSettings = new HashMap<>();

  static Set<String> set(String... values) {
    return new HashSet<>(Arrays.asList(values));
  }

  // ------------------------------------------------------------------ errors

  static String statusName(int status) {
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

  static Response ok(JsonNode body) {
    return Response.json(200, body);
  }

  static EmulatorError notFound(String what) {
    return EmulatorError.notFound(what + " not found.");
  }

  static EmulatorError invalid(String field, String message) {
    return EmulatorError.badField(field, message);
  }

  // ------------------------------------------------------------------ helpers

  static String randomId(int length) {
    StringBuilder sb = new StringBuilder(length);
    ThreadLocalRandom r = ThreadLocalRandom.current();
    for (int i = 0; i < length; i++) {
      sb.append(ALPHABET.charAt(r.nextInt(ALPHABET.length())));
    }
    return sb.toString();
  }

  static void rejectUnknown(JsonNode body, Set<String> allowed, String what) {
    Iterator<String> it = body.fieldNames();
    while (it.hasNext()) {
      String f = it.next();
      if (!allowed.contains(f)) {
        throw invalid(f, "Invalid JSON payload received. Unknown name \"" + f + "\" at '" + what + "': Cannot find field.");
      }
    }
  }

  // ------------------------------------------------------------------ spaces

  ObjectNode space(String name) {
    ObjectNode s = spaces.get(name);
    if (s == null) {
      throw notFound("Space " + name);
    }
    return s;
  }

  ObjectNode addMember(String space, JsonNode body, String field, boolean creator) {
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
        ? GoogleQueries.timeField(body, "createTime").toString() : now.toString());
    if (importing && body.hasNonNull("deleteTime")) {
      ms.put("deleteTime", GoogleQueries.timeField(body, "deleteTime").toString());
    }
    memberships.put(Json.text(ms, "name"), ms);
    refreshCounts(space);
    return ms;
  }

  void refreshCounts(String space) {
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

  ObjectNode callerMembership() {
    ObjectNode b = Json.object();
    b.set("member", caller.deepCopy());
    if ("BOT".equals(Json.text(caller, "type"))) {
      ((ObjectNode) b.get("member")).put("name", "users/app");
    }
    return b;
  }

  // ------------------------------------------------------------------ memberships

  ObjectNode membership(String name) {
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

  // ------------------------------------------------------------------ messages

  ObjectNode message(String name) {
    ObjectNode msg = messages.get(name);
    if (msg == null || msg.has("deleteTime")) {
      space(name.substring(0, name.indexOf("/messages/")));
      throw notFound("Message " + name);
    }
    return msg;
  }

  /**
   * A copy of a stored message, deleted ones included.
   *
   * @param name the message's resource name, {@code spaces/.../messages/...}
   * @return a deep copy, or null when no such message is stored
   */
  public synchronized @Nullable ObjectNode storedMessage(String name) {
    ObjectNode msg = messages.get(name);
    return msg == null ? null : msg.deepCopy();
  }

  /**
   * A copy of a stored space.
   *
   * @param name the space's resource name, {@code spaces/...}
   * @return a deep copy, or null when no such space is stored
   */
  public synchronized @Nullable ObjectNode storedSpace(String name) {
    ObjectNode s = spaces.get(name);
    return s == null ? null : s.deepCopy();
  }

  /** The user requests act as. */
  String callerName() {
    return Json.text(caller, "name");
  }

  GoogleStore(String callerName, String callerType, Ticker ticker) {
    this.ticker = ticker;
    this.caller = Json.object();
    caller.put("name", callerName);
    caller.put("type", callerType);
  }

  Instant now() {
    return ticker.now();
  }

  synchronized void clear() {
    spaces.clear();
    spaceRequestIds.clear();
    memberships.clear();
    messages.clear();
    messageRequestIds.clear();
    threads.clear();
    threadKeys.clear();
    reactions.clear();
    media.clear();
    spaceEvents.clear();
    pins.clear();
    readTimes.clear();
    customEmojis.clear();
    notificationSettings.clear();
  }

  /** Records a space event ({@code spaces/x/spaceEvents/y}) with one data field. */
  void recordEvent(String space, String type, String dataField, ObjectNode data) {
    String name = space + "/spaceEvents/" + randomId(16);
    ObjectNode e = Json.object();
    e.put("name", name);
    e.put("eventTime", now().toString());
    e.put("eventType", type);
    e.set(dataField, data);
    spaceEvents.put(name, e);
  }
}
