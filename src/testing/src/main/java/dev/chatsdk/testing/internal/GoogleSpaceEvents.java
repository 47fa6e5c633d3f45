package dev.chatsdk.testing.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Google Chat space events: every successful change of a message, membership, reaction or space is
 * recorded as a {@code SpaceEvent} of its space (handlers are wrapped with {@link #recording}), and
 * {@code spaceEvents.list} / {@code get} read them back, with the list filter's event types and
 * start/end times.
 */
final class GoogleSpaceEvents {
  static final String PREFIX = "google.workspace.chat.";
  private static final Pattern TYPE = Pattern.compile("event_types?\\s*:\\s*\"([^\"]+)\"");
  private static final Pattern TIME = Pattern.compile("(start_time|end_time)\\s*=\\s*\"([^\"]+)\"");

  private final GoogleStore st;

  GoogleSpaceEvents(GoogleStore st) {
    this.st = st;
  }

  void register(GoogleChatService svc) {
    svc.stateful("spaces.spaceEvents.list", (r, c) -> list(r));
    svc.stateful("spaces.spaceEvents.get", (r, c) -> get(r));
  }

  /**
   * Wraps a handler so that a 2xx answer records an event of {@code type} (e.g. {@code message.v1.created})
   * carrying the answered resource, or, with {@code before}, the resource as it was before the call
   * (for deletes, whose answer is empty).
   */
  static ServiceHandler.Operation<String> recording(GoogleStore st, String type, String dataField, String key,
      @Nullable Function<Request, ObjectNode> before, ServiceHandler.Operation<String> op) {
    return (r, c) -> {
      ObjectNode was = before == null ? null : before.apply(r);
      ObjectNode old = was == null ? null : was.deepCopy();
      Response response = op.handle(r, c);
      if (response.status() < 300) {
        JsonNode resource = old != null ? old : Json.parse(response.body(), "response");
        ObjectNode data = Json.object();
        data.set(key, resource);
        st.recordEvent(GoogleSpaces.spaceName(r), PREFIX + type, dataField, data);
      }
      return response;
    };
  }

  private Response get(Request r) {
    String name = GoogleSpaces.spaceName(r) + "/spaceEvents/" + r.param("spaceEventsId");
    st.space(GoogleSpaces.spaceName(r));
    ObjectNode e = st.spaceEvents.get(name);
    if (e == null) {
      throw GoogleStore.notFound("Space event " + name);
    }
    return GoogleStore.ok(e.deepCopy());
  }

  private Response list(Request r) {
    String space = GoogleSpaces.spaceName(r);
    st.space(space);
    String filter = r.query("filter");
    if (filter == null || filter.trim().isEmpty()) {
      throw GoogleStore.invalid("filter", "filter is required: name at least one event type, e.g. "
          + "event_types:\"google.workspace.chat.message.v1.created\"");
    }
    Set<String> types = new LinkedHashSet<>();
    Matcher m = TYPE.matcher(filter);
    while (m.find()) {
      types.add(m.group(1));
      types.add(m.group(1).replace(".v1.", ".v1.batch").replace("batchcreated", "batchCreated")
          .replace("batchupdated", "batchUpdated").replace("batchdeleted", "batchDeleted"));
    }
    if (types.isEmpty()) {
      throw GoogleStore.invalid("filter", "Invalid filter: name at least one event type with event_types:\"...\"");
    }
    Instant start = null;
    Instant end = null;
    Matcher t = TIME.matcher(filter);
    while (t.find()) {
      Instant at;
      try {
        at = OffsetDateTime.parse(t.group(2)).toInstant();
      } catch (DateTimeParseException e) {
        throw GoogleStore.invalid("filter", "Invalid filter: '" + t.group(2) + "' is not an RFC 3339 timestamp");
      }
      if (t.group(1).equals("start_time")) {
        start = at;
      } else {
        end = at;
      }
    }
    List<ObjectNode> hits = new ArrayList<>();
    String prefix = space + "/spaceEvents/";
    for (ObjectNode e : st.spaceEvents.values()) {
      Instant at = Instant.parse(Json.text(e, "eventTime"));
      if (Json.text(e, "name").startsWith(prefix) && types.contains(Json.text(e, "eventType"))
          && (start == null || at.isAfter(start)) && (end == null || !at.isAfter(end))) {
        hits.add(e);
      }
    }
    ObjectNode out = Json.object();
    GoogleQueries.page(r, hits, "spaceEvents|" + space + "|" + filter, 100, 1000, out, "spaceEvents");
    return GoogleStore.ok(out);
  }
}
