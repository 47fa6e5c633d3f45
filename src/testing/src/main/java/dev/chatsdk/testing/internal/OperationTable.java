package dev.chatsdk.testing.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Every operation of one API description, keyed by its id (Stream {@code operationId}, Google
 * method id without the {@code chat.} prefix), with its HTTP method and path template. Read from a
 * resource list that {@code OperationTableTest} keeps in step with the descriptions. A path
 * segment is a literal, a parameter {@code {name}}, a parameter with a custom verb
 * {@code {name}:verb}, or (last only) a greedy parameter {@code {+name}} spanning several segments.
 */
public final class OperationTable {
  /** One route: an operation's method and path template. */
  public static final class Route {
    final String id;
    final String method;
    final String template;
    final List<String> segments;
    final int score;

    Route(String id, String method, String template) {
      this.id = id;
      this.method = method;
      this.template = template;
      List<String> segs = new ArrayList<>();
      int literal = 0;
      for (String s : template.split("/")) {
        if (!s.isEmpty()) {
          segs.add(s);
          literal += !s.startsWith("{") ? 2 : s.contains(":") ? 1 : 0;
        }
      }
      this.segments = segs;
      this.score = literal;
    }

    /**
     * The operation this route belongs to.
     *
     * @return the operation id, e.g. {@code SendMessage} or {@code spaces.members.patch}
     */
    public String id() {
      return id;
    }

    /**
     * The HTTP method of the route.
     *
     * @return the method in upper case, as written in the resource list
     */
    public String method() {
      return method;
    }

    /**
     * The path template of the route.
     *
     * @return the template, e.g. {@code /v1/spaces/{spacesId}/messages}
     */
    public String template() {
      return template;
    }
  }

  /** A matched request: the operation and its decoded path parameters. */
  public static final class Match {
    /** The id of the matched operation. */
    public final String operation;
    /** The path parameters by template name, percent-decoded; a greedy one spans several segments. */
    public final Map<String, String> params;

    Match(String operation, Map<String, String> params) {
      this.operation = operation;
      this.params = params;
    }
  }

  private final Map<String, List<Route>> byMethod = new HashMap<>();
  private final Map<String, Route> primary = new LinkedHashMap<>();

  private OperationTable() {}

  /**
   * Loads a list of {@code id METHOD /path} lines from a resource next to this class. Blank lines
   * and lines starting with {@code #} are skipped.
   *
   * @param resource the resource name, relative to this class's package unless it starts with
   *     {@code /}
   * @return a table holding every route of the list
   * @throws IllegalStateException if the resource does not exist
   * @throws java.io.UncheckedIOException if the resource cannot be read
   */
  public static OperationTable load(String resource) {
    OperationTable t = new OperationTable();
    try (InputStream in = OperationTable.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        line = line.trim();
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split(" ");
        t.add(f[0], f[1], f[2]);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return t;
  }

  /**
   * Adds a route; the first route of an id is the one its descriptions show.
   *
   * @param id the operation id; an id may have several routes (aliases)
   * @param method the HTTP method in upper case
   * @param template the path template, segments separated by {@code /}
   */
  public void add(String id, String method, String template) {
    Route route = new Route(id, method, template);
    byMethod.computeIfAbsent(method, m -> new ArrayList<>()).add(route);
    primary.putIfAbsent(id, route);
  }

  /**
   * Operation ids in description order.
   *
   * @return an unmodifiable copy, each id once
   */
  public Set<String> ids() {
    return Collections.unmodifiableSet(new LinkedHashSet<>(primary.keySet()));
  }

  /**
   * Whether an operation is in the table.
   *
   * @param id the operation id
   * @return true when at least one route has that id
   */
  public boolean contains(String id) {
    return primary.containsKey(id);
  }

  /**
   * The route the description gives an operation.
   *
   * @param id the operation id
   * @return the first route added for that id, or null when the id is unknown
   */
  public @Nullable Route route(String id) {
    return primary.get(id);
  }

  /**
   * The most specific operation for a method and decoded path segments. Literal segments weigh more
   * than custom-verb parameters, which weigh more than plain parameters.
   *
   * @param method the request's HTTP method, upper case
   * @param path the request's percent-decoded, non-empty path segments
   * @return the best-scoring match, or null when no route of that method fits the path
   */
  public @Nullable Match match(String method, List<String> path) {
    List<Route> candidates = byMethod.get(method);
    if (candidates == null) {
      return null;
    }
    Match best = null;
    int bestScore = -1;
    for (Route r : candidates) {
      if (r.score <= bestScore) {
        continue;
      }
      Map<String, String> params = bind(r.segments, path);
      if (params != null) {
        best = new Match(r.id, params);
        bestScore = r.score;
      }
    }
    return best;
  }

  private static @Nullable Map<String, String> bind(List<String> template, List<String> path) {
    Map<String, String> params = new HashMap<>(4);
    int n = template.size();
    for (int i = 0; i < n; i++) {
      String t = template.get(i);
      if (t.startsWith("{+")) {
        if (i != n - 1 || path.size() < n) {
          return null;
        }
        params.put(t.substring(2, t.length() - 1), String.join("/", path.subList(i, path.size())));
        return params;
      }
      if (i >= path.size()) {
        return null;
      }
      String p = path.get(i);
      if (!t.startsWith("{")) {
        if (!t.equals(p)) {
          return null;
        }
        continue;
      }
      int close = t.indexOf('}');
      String verb = t.substring(close + 1);
      if (verb.isEmpty()) {
        if (p.isEmpty()) {
          return null;
        }
        params.put(t.substring(1, close), p);
      } else {
        if (!p.endsWith(verb) || p.length() == verb.length()) {
          return null;
        }
        params.put(t.substring(1, close), p.substring(0, p.length() - verb.length()));
      }
    }
    return path.size() == n ? params : null;
  }
}
