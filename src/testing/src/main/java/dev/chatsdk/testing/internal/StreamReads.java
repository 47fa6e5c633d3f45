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

/** Stream read state: mark read, mark unread, mark all read. */
final class StreamReads {
  private final StreamStore st;

  StreamReads(StreamStore st) {
    this.st = st;
  }

  void register(StreamService svc) {
    svc.stateful("MarkRead", (r, c) -> markRead(r, c, r.param("type"), r.param("id"), r.startNanos()));
    svc.stateful("MarkUnread", (r, c) -> markUnread(r, c, r.param("type"), r.param("id"), r.startNanos()));
    svc.stateful("MarkChannelsRead", (r, c) -> markChannelsRead(r, c, r.startNanos()));
  }

  private Response markRead(Request req, StreamStore.Caller caller, String type, String id, long start) {
    ObjectNode body = req.json();
    String userId = st.actingUser(caller, body, "request");
    StreamStore.Channel ch = st.channel(type, id, true, userId);
    String messageId = Json.optionalString(body, "message_id", "message_id");
    Instant at;
    if (messageId != null && !messageId.isEmpty()) {
      ObjectNode msg = st.messages.get(messageId);
      if (msg == null || !ch.cid.equals(Json.text(msg, "cid"))) {
        throw EmulatorError.badField("message_id", "message " + messageId + " is not in channel " + ch.cid);
      }
      at = Instant.parse(Json.text(msg, "created_at"));
    } else {
      at = st.now();
      ObjectNode last = st.lastTopLevel(ch);
      messageId = last == null ? null : Json.text(last, "id");
    }
    ch.lastRead.put(userId, at);
    if (messageId != null) {
      ch.lastReadMessageId.put(userId, messageId);
    } else {
      ch.lastReadMessageId.remove(userId);
    }
    ObjectNode event = st.readEvent(ch, userId, messageId);
    st.events.emit(event);
    return st.ok(201, "event", event, start);
  }

  private Response markUnread(Request req, StreamStore.Caller caller, String type, String id, long start) {
    ObjectNode body = req.json();
    String messageId = Json.optionalString(body, "message_id", "message_id");
    if (messageId == null || messageId.isEmpty()) {
      throw EmulatorError.badField("message_id", "message_id is a required field");
    }
    String userId = st.actingUser(caller, body, "request");
    StreamStore.Channel ch = st.channel(type, id, true, userId);
    ObjectNode msg = st.messages.get(messageId);
    if (msg == null || !ch.cid.equals(Json.text(msg, "cid"))) {
      throw EmulatorError.badField("message_id", "message " + messageId + " is not in channel " + ch.cid);
    }
    Instant created = Instant.parse(Json.text(msg, "created_at"));
    ch.lastRead.put(userId, created.minus(1, ChronoUnit.MICROS));
    String previous = null;
    for (String mid : ch.messageIds) {
      ObjectNode other = st.messages.get(mid);
      if (other != null && StreamStore.visible(other) && !other.hasNonNull("parent_id")
          && Instant.parse(Json.text(other, "created_at")).isBefore(created)) {
        previous = mid;
      }
    }
    if (previous == null) {
      ch.lastReadMessageId.remove(userId);
    } else {
      ch.lastReadMessageId.put(userId, previous);
    }
    ObjectNode event = st.event("notification.mark_unread", ch.cid, userId);
    event.put("first_unread_message_id", messageId);
    event.put("unread_messages", st.unreadCount(type, id, userId));
    st.events.emit(event);
    return st.ok(201, Json.object(), start);
  }

  private Response markChannelsRead(Request req, StreamStore.Caller caller, long start) {
    ObjectNode body = req.json();
    String userId = st.actingUser(caller, body, "request");
    Instant at = st.now();
    for (StreamStore.Channel ch : st.channels.values()) {
      ch.lastRead.put(userId, at);
      ObjectNode last = st.lastTopLevel(ch);
      if (last != null) {
        ch.lastReadMessageId.put(userId, Json.text(last, "id"));
      }
    }
    return st.ok(201, Json.object(), start);
  }

  /** Unread top-level st.messages by other st.users in a channel, for the given user. */

}
