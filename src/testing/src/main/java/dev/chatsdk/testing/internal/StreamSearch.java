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

/** Stream message search and link previews (og). */
final class StreamSearch {
  private final StreamStore st;

  StreamSearch(StreamStore st) {
    this.st = st;
  }

  void register(StreamService svc) {
    svc.stateful("Search", (r, c) -> search(r, c, r.startNanos()));
    svc.fixed("GetOG", (r, c) -> og(r, r.startNanos()));
  }

  private Response search(Request req, StreamStore.Caller caller, long start) {
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
    for (StreamStore.Channel ch : st.channels.values()) {
      ObjectNode doc = Json.object();
      doc.put("cid", ch.cid);
      doc.put("type", ch.type);
      doc.put("id", ch.id);
      ArrayNode members = doc.putArray("members");
      st.membersOf(ch).forEach(members::add);
      if (!channelFilters.matches(doc, channelFilter)) {
        continue;
      }
      for (String mid : ch.messageIds) {
        ObjectNode msg = st.messages.get(mid);
        if (msg == null || !StreamStore.visible(msg)) {
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
      ObjectNode msg = st.render(hits.get(i), caller);
      msg.set("channel", st.channelResponse(st.channels.get(Json.text(msg, "cid"))));
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
    return st.ok(200, out, start);
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
    return st.ok(200, out, start);
  }


}
