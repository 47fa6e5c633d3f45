package dev.chatsdk.testing.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;

/**
 * Evaluates Stream-style filter objects ({@code {"cid": {"$in": [...]}, "text": {"$autocomplete": "he"}}})
 * over JSON documents. Unsupported operators are a 400 so a test notices instead of getting an empty
 * result.
 */
public final class Filters {
  private final BiFunction<JsonNode, String, @Nullable JsonNode> fieldLookup;
  private final String what;

  /**
   * An evaluator for the filters of one request field.
   *
   * @param fieldLookup resolves a filter field name against a document (null when absent)
   * @param what the request field the filter came from, for error messages
   */
  public Filters(BiFunction<JsonNode, String, @Nullable JsonNode> fieldLookup, String what) {
    this.fieldLookup = fieldLookup;
    this.what = what;
  }

  /**
   * Follows a dotted path ({@code user.id}) through nested objects.
   *
   * @param doc the document to start from
   * @param dotted the field names separated by dots
   * @return the value at the end of the path, or null when a step is missing, not an object, or the
   *     value is JSON null
   */
  public static @Nullable JsonNode path(JsonNode doc, String dotted) {
    JsonNode cur = doc;
    for (String part : dotted.split("\\.")) {
      if (cur == null || !cur.isObject()) {
        return null;
      }
      cur = cur.get(part);
    }
    return cur == null || cur.isNull() ? null : cur;
  }

  /**
   * Whether a document satisfies a filter: every field condition must hold; {@code $and},
   * {@code $or} and {@code $nor} combine sub-filters; a bare value means {@code $eq}.
   *
   * @param doc the document to test, resolved through the field lookup
   * @param filter the filter object; null or JSON null matches everything
   * @return true when the document matches
   * @throws EmulatorError a 400 naming the request field if the filter is not an object, uses an
   *     unsupported operator or gives an operator the wrong kind of argument
   */
  public boolean matches(JsonNode doc, JsonNode filter) {
    if (filter == null || filter.isNull()) {
      return true;
    }
    if (!filter.isObject()) {
      throw EmulatorError.badField(what, what + " must be an object");
    }
    Iterator<Map.Entry<String, JsonNode>> it = filter.properties().iterator();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      String key = e.getKey();
      JsonNode cond = e.getValue();
      if (key.equals("$and") || key.equals("$or") || key.equals("$nor")) {
        if (!cond.isArray()) {
          throw EmulatorError.badField(what, key + " in " + what + " must be an array");
        }
        int hits = 0;
        for (JsonNode sub : cond) {
          if (matches(doc, sub)) {
            hits++;
          }
        }
        boolean ok = key.equals("$and") ? hits == cond.size() : key.equals("$or") ? hits > 0 : hits == 0;
        if (!ok) {
          return false;
        }
      } else if (key.startsWith("$")) {
        throw EmulatorError.badField(what, "the emulator does not support the operator " + key + " at the top of " + what);
      } else if (!matchesField(fieldLookup.apply(doc, key), key, cond)) {
        return false;
      }
    }
    return true;
  }

  private boolean matchesField(@Nullable JsonNode value, String field, JsonNode cond) {
    if (!cond.isObject() || cond.size() == 0 || !cond.fieldNames().next().startsWith("$")) {
      return equalsValue(value, cond);
    }
    Iterator<Map.Entry<String, JsonNode>> it = cond.properties().iterator();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> op = it.next();
      if (!apply(value, field, op.getKey(), op.getValue())) {
        return false;
      }
    }
    return true;
  }

  private boolean apply(@Nullable JsonNode value, String field, String op, JsonNode arg) {
    switch (op) {
      case "$eq":
        return equalsValue(value, arg);
      case "$ne":
        return !equalsValue(value, arg);
      case "$in":
        requireArray(field, op, arg);
        for (JsonNode a : arg) {
          if (equalsValue(value, a)) {
            return true;
          }
        }
        return false;
      case "$nin":
        requireArray(field, op, arg);
        for (JsonNode a : arg) {
          if (equalsValue(value, a)) {
            return false;
          }
        }
        return true;
      case "$exists":
        return arg.asBoolean() == (value != null);
      case "$gt":
        return value != null && compare(value, arg) > 0;
      case "$gte":
        return value != null && compare(value, arg) >= 0;
      case "$lt":
        return value != null && compare(value, arg) < 0;
      case "$lte":
        return value != null && compare(value, arg) <= 0;
      case "$contains":
        if (value == null || !value.isArray()) {
          return false;
        }
        for (JsonNode v : value) {
          if (equalsValue(v, arg)) {
            return true;
          }
        }
        return false;
      case "$autocomplete":
        return value != null && value.isTextual() && autocomplete(value.asText(), arg.asText());
      case "$q":
        return value != null && value.isTextual() && containsAllTerms(value.asText(), arg.asText());
      default:
        throw EmulatorError.badField(what, "the emulator does not support the operator " + op + " (field " + field + ")");
    }
  }

  private void requireArray(String field, String op, JsonNode arg) {
    if (!arg.isArray()) {
      throw EmulatorError.badField(what, op + " on " + field + " in " + what + " needs an array");
    }
  }

  /**
   * True when every whitespace-separated term of the query occurs in the text, ignoring case.
   *
   * @param text the text searched
   * @param query the search terms; a blank query matches any text
   * @return whether each term is a substring of the text
   */
  public static boolean containsAllTerms(String text, String query) {
    String lower = text.toLowerCase(Locale.ROOT);
    for (String term : query.toLowerCase(Locale.ROOT).trim().split("\\s+")) {
      if (!term.isEmpty() && !lower.contains(term)) {
        return false;
      }
    }
    return true;
  }

  private static boolean autocomplete(String text, String prefix) {
    String p = prefix.toLowerCase(Locale.ROOT).trim();
    for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (word.startsWith(p)) {
        return true;
      }
    }
    return false;
  }

  private static boolean equalsValue(@Nullable JsonNode value, JsonNode arg) {
    if (value == null) {
      return arg.isNull();
    }
    if (value.isNumber() && arg.isNumber()) {
      return value.decimalValue().compareTo(arg.decimalValue()) == 0;
    }
    if (value.isArray() && !arg.isArray()) {
      for (JsonNode v : value) {
        if (equalsValue(v, arg)) {
          return true;
        }
      }
      return false;
    }
    return value.equals(arg);
  }

  private int compare(JsonNode value, JsonNode arg) {
    if (value.isNumber() && arg.isNumber()) {
      return value.decimalValue().compareTo(arg.decimalValue());
    }
    if (value.isTextual() && arg.isTextual()) {
      try {
        return Instant.parse(value.asText()).compareTo(Instant.parse(arg.asText()));
      } catch (DateTimeParseException e) {
        return value.asText().compareTo(arg.asText());
      }
    }
    throw EmulatorError.badField(what, "cannot compare " + value.getNodeType() + " with " + arg.getNodeType() + " in " + what);
  }
}
