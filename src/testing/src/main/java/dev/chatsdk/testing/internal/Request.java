package dev.chatsdk.testing.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/** One HTTP request as a handler sees it: decoded path segments, query, headers and body. */
public final class Request {
  private final String method;
  private final String rawPath;
  private final @Nullable String rawQuery;
  private final List<String> segments;
  private final Map<String, List<String>> query;
  private final Map<String, List<String>> headers;
  private final byte[] body;
  private final long startNanos;
  private Map<String, String> params = Collections.emptyMap();
  private String operation = "";

  /**
   * A request that started to arrive now.
   *
   * @param method the HTTP method, in any case (stored upper case)
   * @param rawPath the path as sent, still percent-encoded, without the query
   * @param rawQuery the query string as sent without the {@code ?}, or null when there is none
   * @param headers the headers as received; copied into a case-insensitive map, null names dropped
   * @param body the body bytes, kept as-is (not copied); empty for no body
   * @throws EmulatorError a 400 if the path or query has malformed percent-encoding
   */
  public Request(String method, String rawPath, @Nullable String rawQuery,
      Map<String, List<String>> headers, byte[] body) {
    this(method, rawPath, rawQuery, headers, body, System.nanoTime());
  }

  /**
   * A request with a known arrival time, so added latency and timings count from the first byte.
   *
   * @param method the HTTP method, in any case (stored upper case)
   * @param rawPath the path as sent, still percent-encoded, without the query
   * @param rawQuery the query string as sent without the {@code ?}, or null when there is none
   * @param headers the headers as received; copied into a case-insensitive map, null names dropped
   * @param body the body bytes, kept as-is (not copied); empty for no body
   * @param startNanos when the request started to arrive ({@link System#nanoTime()})
   * @throws EmulatorError a 400 if the path or query has malformed percent-encoding
   */
  public Request(String method, String rawPath, @Nullable String rawQuery,
      Map<String, List<String>> headers, byte[] body, long startNanos) {
    this.startNanos = startNanos;
    this.method = method.toUpperCase(Locale.ROOT);
    this.rawPath = rawPath;
    this.rawQuery = rawQuery;
    this.segments = splitPath(rawPath);
    this.query = parseQuery(rawQuery);
    TreeMap<String, List<String>> h = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    headers.forEach((k, v) -> {
      if (k != null) {
        h.put(k, Collections.unmodifiableList(new ArrayList<>(v)));
      }
    });
    this.headers = Collections.unmodifiableMap(h);
    this.body = body;
  }

  private static List<String> splitPath(String rawPath) {
    List<String> out = new ArrayList<>();
    for (String s : rawPath.split("/", -1)) {
      if (!s.isEmpty()) {
        out.add(decode(s, false));
      }
    }
    return Collections.unmodifiableList(out);
  }

  private static Map<String, List<String>> parseQuery(@Nullable String rawQuery) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    if (rawQuery == null || rawQuery.isEmpty()) {
      return out;
    }
    for (String pair : rawQuery.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String k = decode(eq < 0 ? pair : pair.substring(0, eq), true);
      String v = eq < 0 ? "" : decode(pair.substring(eq + 1), true);
      out.computeIfAbsent(k, x -> new ArrayList<>()).add(v);
    }
    return out;
  }

  private static String decode(String s, boolean plusIsSpace) {
    String t = plusIsSpace ? s : s.replace("+", "%2B");
    try {
      return URLDecoder.decode(t, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw EmulatorError.badRequest("malformed percent-encoding in the URL");
    }
  }

  /**
   * When the request started to arrive.
   *
   * @return a {@link System#nanoTime()} reading, only meaningful relative to other readings
   */
  public long startNanos() {
    return startNanos;
  }

  /** Set by the router: the matched operation id and its path parameters (decoded). */
  void bind(String operation, Map<String, String> params) {
    this.operation = operation;
    this.params = params;
  }

  /**
   * The id of the operation this request was routed to.
   *
   * @return the operation id, e.g. {@code SendMessage}, or the empty string before routing
   */
  public String operation() {
    return operation;
  }

  /**
   * A path parameter of the matched operation, e.g. {@code spacesId}.
   *
   * @param name the parameter name from the operation's path template
   * @return the percent-decoded segment value
   * @throws IllegalStateException if the matched operation has no such parameter (a handler bug)
   */
  public String param(String name) {
    String v = params.get(name);
    if (v == null) {
      throw new IllegalStateException("no path parameter " + name + " in " + operation);
    }
    return v;
  }

  /**
   * The HTTP method.
   *
   * @return the method in upper case, e.g. {@code GET}
   */
  public String method() {
    return method;
  }

  /**
   * The path as sent.
   *
   * @return the path, still percent-encoded, without the query
   */
  public String rawPath() {
    return rawPath;
  }

  /**
   * The query string as sent.
   *
   * @return the raw query without the {@code ?}, or null when the request had none
   */
  public @Nullable String rawQuery() {
    return rawQuery;
  }

  /**
   * Path segments, percent-decoded.
   *
   * @return the non-empty segments in order, unmodifiable
   */
  public List<String> segments() {
    return segments;
  }

  /**
   * Decoded query parameters ({@code +} read as a space).
   *
   * @return each parameter name with its values in request order; empty when there is no query
   */
  public Map<String, List<String>> queryParams() {
    return query;
  }

  /**
   * All headers.
   *
   * @return an unmodifiable map with case-insensitive names
   */
  public Map<String, List<String>> headers() {
    return headers;
  }

  /**
   * The body.
   *
   * @return the body bytes themselves (not a copy); empty when there was none
   */
  public byte[] body() {
    return body;
  }

  /**
   * First value of a query parameter.
   *
   * @param name the decoded parameter name, matched exactly
   * @return the first decoded value, or null when the parameter is absent
   */
  public @Nullable String query(String name) {
    List<String> v = query.get(name);
    return v == null || v.isEmpty() ? null : v.get(0);
  }

  /**
   * First value of a header.
   *
   * @param name the header name, matched case-insensitively
   * @return the first value, or null when the header is absent
   */
  public @Nullable String header(String name) {
    List<String> v = headers.get(name);
    return v == null || v.isEmpty() ? null : v.get(0);
  }

  /**
   * A boolean query parameter; anything but true/false is a 400.
   *
   * @param name the parameter name
   * @return its value (case-insensitive), or false when absent or empty
   * @throws EmulatorError a 400 naming the parameter if it is neither true nor false
   */
  public boolean queryBool(String name) {
    String v = query(name);
    if (v == null || v.isEmpty()) {
      return false;
    }
    if (v.equalsIgnoreCase("true")) {
      return true;
    }
    if (v.equalsIgnoreCase("false")) {
      return false;
    }
    throw EmulatorError.badField(name, "query parameter " + name + " must be true or false, got '" + v + "'");
  }

  /**
   * An integer query parameter, or the fallback when absent; 400 when not a number.
   *
   * @param name the parameter name
   * @param fallback the value used when the parameter is absent or empty
   * @return the parsed value (surrounding spaces ignored), or {@code fallback}
   * @throws EmulatorError a 400 naming the parameter if it is not an integer
   */
  public int queryInt(String name, int fallback) {
    String v = query(name);
    if (v == null || v.isEmpty()) {
      return fallback;
    }
    try {
      return Integer.parseInt(v.trim());
    } catch (NumberFormatException e) {
      throw EmulatorError.badField(name, "query parameter " + name + " must be an integer, got '" + v + "'");
    }
  }

  /**
   * The body as a JSON object (empty object when there is no body).
   *
   * @return a freshly parsed object on each call
   * @throws EmulatorError a 400 if the body is not a JSON object
   */
  public ObjectNode json() {
    return Json.parseObject(body, "request body");
  }
}
