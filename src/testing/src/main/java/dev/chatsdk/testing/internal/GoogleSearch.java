package dev.chatsdk.testing.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Google Chat search: spaces by display name, type and times ({@code spaces.search}), and messages
 * of a space by words of their text ({@code spaces.messages.search}). Queries are clauses joined
 * with {@code AND}; text matches are case-insensitive, every word a prefix of a word in the text.
 */
final class GoogleSearch {
  private static final Pattern CLAUSE =
      Pattern.compile("\\s*([a-zA-Z_]+)\\s*(:|=|!=|<=|>=|<|>)\\s*(\"[^\"]*\"|[^\\s()]+)\\s*");

  private final GoogleStore st;

  GoogleSearch(GoogleStore st) {
    this.st = st;
  }

  void register(GoogleChatService svc) {
    svc.stateful("spaces.search", (r, c) -> searchSpaces(r));
    svc.stateful("spaces.messages.search", (r, c) -> searchMessages(r));
    svc.stateful("spaces.findGroupChats", (r, c) -> findGroupChats(r));
  }

  private static List<String[]> parse(String query, String field) {
    List<String[]> out = new ArrayList<>();
    for (String part : query.trim().split("\\s+AND\\s+")) {
      Matcher m = CLAUSE.matcher(part);
      if (!m.matches()) {
        throw GoogleStore.invalid(field, "Invalid " + field + ": " + part.trim());
      }
      String v = m.group(3);
      out.add(new String[] {m.group(1), m.group(2), v.startsWith("\"") ? v.substring(1, v.length() - 1) : v});
    }
    return out;
  }

  /** Every word of {@code words} is a prefix of some word of {@code text}, case-insensitively. */
  static boolean wordsMatch(String text, String words) {
    String[] have = text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
    for (String w : words.toLowerCase(Locale.ROOT).split("\\s+")) {
      boolean found = w.isEmpty();
      for (String h : have) {
        found |= h.startsWith(w);
      }
      if (!found) {
        return false;
      }
    }
    return true;
  }

  private static boolean compare(String actual, String op, String bound, String field) {
    if (op.equals("=")) {
      return actual.equals(bound);
    }
    if (op.equals("!=")) {
      return !actual.equals(bound);
    }
    if (actual.isEmpty()) {
      return false;
    }
    try {
      int c = OffsetDateTime.parse(actual).toInstant().compareTo(OffsetDateTime.parse(bound).toInstant());
      return op.equals(">") ? c > 0 : op.equals(">=") ? c >= 0 : op.equals("<") ? c < 0 : c <= 0;
    } catch (DateTimeParseException e) {
      throw GoogleStore.invalid(field, "'" + bound + "' is not an RFC 3339 timestamp");
    }
  }

  private Response searchSpaces(Request r) {
    String query = r.query("query");
    if (query == null || query.trim().isEmpty()) {
      throw GoogleStore.invalid("query", "query is required, e.g. display_name:\"team\"");
    }
    List<String[]> clauses = parse(query, "query");
    List<ObjectNode> hits = new ArrayList<>();
    for (ObjectNode space : st.spaces.values()) {
      boolean ok = true;
      for (String[] c : clauses) {
        String field = GoogleQueries.camel(c[0]);
        String actual = space.path(field).asText("");
        switch (c[0]) {
          case "display_name":
            ok &= c[1].equals(":") && wordsMatch(actual, c[2]);
            break;
          case "space_type":
          case "external_user_allowed":
          case "space_history_state":
          case "customer":
            ok &= compare(c[0].equals("external_user_allowed") ? Boolean.toString(space.path(field).asBoolean())
                : actual, c[1], c[2], "query");
            break;
          case "create_time":
          case "last_active_time":
            ok &= compare(actual, c[1], c[2], "query");
            break;
          default:
            throw GoogleStore.invalid("query", "Invalid query: the field " + c[0] + " cannot be searched");
        }
      }
      if (ok) {
        hits.add(space);
      }
    }
    ObjectNode out = Json.object();
    GoogleQueries.page(r, hits, "searchSpaces|" + query + "|" + r.query("orderBy"), 100, 1000, out, "spaces");
    out.put("totalSize", hits.size());
    return GoogleStore.ok(out);
  }

  /** Group chats whose human members are exactly the caller plus the named users. */
  private Response findGroupChats(Request r) {
    java.util.Set<String> wanted = new java.util.TreeSet<>(r.queryParams().getOrDefault("users", List.of()));
    if (wanted.isEmpty()) {
      throw GoogleStore.invalid("users", "users is required: the users in group chat with the caller");
    }
    wanted.add(st.callerName());
    List<ObjectNode> hits = new ArrayList<>();
    for (ObjectNode space : st.spaces.values()) {
      if (!"GROUP_CHAT".equals(Json.text(space, "spaceType"))) {
        continue;
      }
      String prefix = Json.text(space, "name") + "/members/";
      java.util.Set<String> members = new java.util.TreeSet<>();
      for (ObjectNode ms : st.memberships.values()) {
        if (Json.text(ms, "name").startsWith(prefix) && "HUMAN".equals(ms.path("member").path("type").asText())) {
          members.add(ms.path("member").path("name").asText());
        }
      }
      if (members.equals(wanted)) {
        hits.add(space);
      }
    }
    ObjectNode out = Json.object();
    GoogleQueries.page(r, hits, "groupChats|" + wanted, 10, 30, out, "spaces");
    return GoogleStore.ok(out);
  }

  private Response searchMessages(Request r) {
    String space = GoogleSpaces.spaceName(r);
    st.space(space);
    ObjectNode body = r.json();
    GoogleStore.rejectUnknown(body, GoogleStore.set("filter", "markupSyntax", "orderBy", "pageSize", "pageToken", "view"),
        "search_messages_request");
    String filter = Json.text(body, "filter");
    if (filter == null || filter.trim().isEmpty()) {
      throw GoogleStore.invalid("filter", "filter is required, e.g. text:\"release\"");
    }
    List<String[]> clauses = parse(filter, "filter");
    List<ObjectNode> hits = new ArrayList<>();
    for (ObjectNode msg : st.messages.values()) {
      if (!Json.text(msg, "name").startsWith(space + "/messages/") || msg.has("deleteTime")) {
        continue;
      }
      boolean ok = true;
      for (String[] c : clauses) {
        switch (c[0]) {
          case "text":
            ok &= c[1].equals(":") && wordsMatch(msg.path("text").asText(""), c[2]);
            break;
          case "create_time":
            ok &= compare(msg.path("createTime").asText(""), c[1], c[2], "filter");
            break;
          case "sender":
            ok &= compare(msg.path("sender").path("name").asText(""), c[1], c[2], "filter");
            break;
          default:
            throw GoogleStore.invalid("filter", "Invalid filter: the field " + c[0] + " cannot be searched");
        }
      }
      if (ok) {
        hits.add(msg);
      }
    }
    if (!"create_time asc".equalsIgnoreCase(String.valueOf(Json.text(body, "orderBy")).trim())) {
      hits.sort((a, b) -> Instant.parse(Json.text(b, "createTime")).compareTo(Instant.parse(Json.text(a, "createTime"))));
    }
    // paging reads pageSize/pageToken from the body here, so wrap them as a query would carry them
    List<ObjectNode> wrapped = new ArrayList<>();
    Instant read = st.readTimes.get(space);
    for (ObjectNode m : hits) {
      ObjectNode result = Json.object();
      result.set("message", m);
      result.put("read", read != null && !Instant.parse(Json.text(m, "createTime")).isAfter(read));
      wrapped.add(result);
    }
    ObjectNode out = Json.object();
    Request paging = new Request("GET", r.rawPath(), pagingQuery(body), r.headers(), new byte[0]);
    GoogleQueries.page(paging, wrapped, "searchMessages|" + space + "|" + filter, 25, 100, out, "results");
    return GoogleStore.ok(out);
  }

  private static String pagingQuery(ObjectNode body) {
    StringBuilder q = new StringBuilder();
    if (body.hasNonNull("pageSize")) {
      q.append("pageSize=").append(body.get("pageSize").asInt());
    }
    if (body.hasNonNull("pageToken")) {
      q.append(q.length() == 0 ? "" : "&").append("pageToken=")
          .append(java.net.URLEncoder.encode(body.get("pageToken").asText(), java.nio.charset.StandardCharsets.UTF_8));
    }
    return q.toString();
  }

}
