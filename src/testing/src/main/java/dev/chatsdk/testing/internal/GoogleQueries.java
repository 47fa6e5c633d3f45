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

/** The Google side filter engine and paging: list filters, update masks, page tokens. */
final class GoogleQueries {
  private GoogleQueries() {}

  static String camel(String path) {
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

  static List<String> mask(Request req, Set<String> allowed, boolean allowStar) {
    String raw = req.query("updateMask");
    if (raw == null || raw.trim().isEmpty()) {
      throw GoogleStore.invalid("updateMask", "updateMask is required: name the fields to update");
    }
    List<String> out = new ArrayList<>();
    for (String part : raw.split(",")) {
      String c = camel(part);
      if (c.equals("*") && allowStar) {
        out.addAll(allowed);
      } else if (!allowed.contains(c)) {
        throw GoogleStore.invalid("updateMask", "Invalid update mask path: " + part.trim());
      } else {
        out.add(c);
      }
    }
    return out;
  }

  static void copyPath(JsonNode from, ObjectNode to, String dotted) {
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

  static Instant timeField(JsonNode node, String field) {
    String text = Json.text(node, field);
    if (text == null) {
      throw GoogleStore.invalid(field, field + " must be an RFC 3339 timestamp");
    }
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      throw GoogleStore.invalid(field, field + " must be an RFC 3339 timestamp, got '" + text + "'");
    }
  }

  /** One page of a list, with Google's opaque page token bound to the query it came from. */
  static <T> List<T> page(Request req, List<T> all, String context, int defaultSize, int maxSize,
      ObjectNode out, String field) {
    int size = req.queryInt("pageSize", defaultSize);
    if (size < 0) {
      throw GoogleStore.invalid("pageSize", "pageSize must not be negative");
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
        throw GoogleStore.invalid("pageToken", "pageToken is not valid");
      }
      String[] parts = decoded.split("\\|");
      if (parts.length != 2 || !parts[0].equals(tag)) {
        throw GoogleStore.invalid("pageToken", "pageToken does not belong to this query (the other parameters must not change)");
      }
      try {
        offset = Integer.parseInt(parts[1]);
      } catch (NumberFormatException e) {
        throw GoogleStore.invalid("pageToken", "pageToken is not valid");
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
  static List<List<String[]>> parseFilter(@Nullable String filter, Set<String> fields) {
    List<List<String[]>> clauses = new ArrayList<>();
    if (filter == null || filter.trim().isEmpty()) {
      return clauses;
    }
    for (String andPart : filter.split("\\s+AND\\s+")) {
      List<String[]> ors = new ArrayList<>();
      for (String orPart : andPart.split("\\s+OR\\s+")) {
        Matcher mt = GoogleStore.FILTER_TERM.matcher(orPart);
        if (!mt.matches()) {
          throw GoogleStore.invalid("filter", "Invalid filter: " + filter);
        }
        String field = camel(mt.group(1));
        if (!fields.contains(field)) {
          throw GoogleStore.invalid("filter", "Invalid filter: the field " + mt.group(1) + " is not supported here");
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

  static boolean matchesFilter(JsonNode doc, List<List<String[]>> clauses) {
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

  static boolean compareTimes(String actual, String op, String bound) {
    if (actual.isEmpty()) {
      return false;
    }
    Instant a;
    Instant b;
    try {
      a = OffsetDateTime.parse(actual).toInstant();
      b = OffsetDateTime.parse(bound).toInstant();
    } catch (DateTimeParseException e) {
      throw GoogleStore.invalid("filter", "Invalid filter: '" + bound + "' is not an RFC 3339 timestamp");
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

  static List<ObjectNode> select(Iterable<ObjectNode> all, Predicate<ObjectNode> keep) {
    List<ObjectNode> out = new ArrayList<>();
    for (ObjectNode o : all) {
      if (keep.test(o)) {
        out.add(o);
      }
    }
    return out;
  }


}
