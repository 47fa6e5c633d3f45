package dev.chatsdk.core.http;

import dev.chatsdk.core.Require;
import dev.chatsdk.core.json.ChatJson;
import dev.chatsdk.core.json.OpenEnum;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One API call as the backends describe it: operation name, method, encoded path, query, headers
 * and body. Everything is validated and serialized when {@link Builder#build()} runs, so bad input
 * fails before any I/O and every retry sends exactly the same bytes.
 */
public final class ApiRequest {
  private static final Pattern TEMPLATE_VAR = Pattern.compile("\\{([A-Za-z0-9_]+)}");

  /** A query parameter; names may repeat. */
  public static final class QueryParam {
    private final String name;
    private final String value;

    QueryParam(String name, String value) {
      this.name = name;
      this.value = value;
    }

    /**
     * The parameter name, sent as given (the URL builder encodes it).
     *
     * @return the non-blank parameter name
     */
    public String name() {
      return name;
    }

    /**
     * The parameter value as text, before URL encoding.
     *
     * @return the value; never null (null values are skipped when the request is built)
     */
    public String value() {
      return value;
    }
  }

  private final String operation;
  private final String method;
  private final String path;
  private final List<QueryParam> query;
  private final Map<String, String> headers;
  private final byte @Nullable [] jsonBody;
  private final @Nullable MultipartContent multipart;
  private final boolean retrySafe;
  private final @Nullable String idempotencyKey;

  private ApiRequest(Builder b, String path) {
    this.operation = b.operation;
    this.method = b.method;
    this.path = path;
    this.query = Collections.unmodifiableList(new ArrayList<>(b.query));
    this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(b.headers));
    this.jsonBody = b.jsonBody;
    this.multipart = b.multipart;
    this.idempotencyKey = b.idempotencyKey;
    boolean idempotentMethod = method.equals("GET") || method.equals("PUT") || method.equals("DELETE") || method.equals("HEAD");
    this.retrySafe = b.retrySafe != null ? b.retrySafe : (idempotentMethod || idempotencyKey != null);
  }

  /**
   * Starts a request. Every string bound for the URL or a header is checked here, centrally: besides
   * the checks of {@link PathEncoder} and {@link Require#headerValue}, a value with an unpaired
   * UTF-16 surrogate is rejected naming its parameter. A JSON body needs no such check: Jackson
   * writes a lone surrogate as a backslash-u escape, valid JSON that keeps the code unit.
   *
   * <p>{@code pathTemplate} names its variables in braces, for example {@code
   * /channels/{type}/{id}/message}; each must be filled with {@link Builder#pathSegment} or {@link
   * Builder#pathResourceName}.
   *
   * @param operation the API operation's name, used in logs, errors and listener events; non-blank
   * @param method HTTP method; upper-cased, so {@code "get"} and {@code "GET"} are the same
   * @param pathTemplate path starting with {@code /}, without {@code ?} or {@code #}, with
   *     {@code {name}} placeholders
   * @return a builder for the request
   * @throws IllegalArgumentException if any argument is blank, or the template does not start with
   *     {@code /} or contains {@code ?} or {@code #}
   */
  public static Builder builder(String operation, String method, String pathTemplate) {
    return new Builder(operation, method, pathTemplate);
  }

  /**
   * The name of the API operation this request performs, as errors and logs report it.
   *
   * @return the non-blank operation name, for example {@code SendMessage}
   */
  public String operation() {
    return operation;
  }

  /**
   * The HTTP method of the request.
   *
   * @return the upper-case method, for example {@code GET} or {@code POST}
   */
  public String method() {
    return method;
  }

  /**
   * The encoded path, starting with {@code /}.
   *
   * @return the path with every template variable filled and encoded; never null
   */
  public String path() {
    return path;
  }

  /**
   * The query parameters in the order added; a name may appear more than once.
   *
   * @return an unmodifiable list, empty when the request has none
   */
  public List<QueryParam> query() {
    return query;
  }

  /**
   * Headers set by the backend for this request, in the order added (the pipeline adds its own).
   *
   * @return an unmodifiable map from header name to value, empty when none were set
   */
  public Map<String, String> headers() {
    return headers;
  }

  /**
   * The serialized JSON body, or null when the request has none or is multipart.
   *
   * @return the UTF-8 JSON bytes; the array is shared, so callers must not modify it
   */
  public byte @Nullable [] jsonBody() {
    return jsonBody;
  }

  /**
   * The multipart body, when the request uploads a file.
   *
   * @return the multipart content, or null for a JSON or empty body
   */
  public @Nullable MultipartContent multipart() {
    return multipart;
  }

  /**
   * Whether the call may be retried after the server might have processed it: true for GET, PUT,
   * DELETE and for requests with an idempotency key, unless the backend said otherwise.
   *
   * @return true if a failed attempt may be retried even after the request may have been sent
   */
  public boolean retrySafe() {
    return retrySafe;
  }

  /**
   * The idempotency key the backend was given for this request.
   *
   * @return the key, or null when the call has none
   */
  public @Nullable String idempotencyKey() {
    return idempotencyKey;
  }

  /** Whether the body can be sent again after a failed attempt. */
  boolean bodyRepeatable() {
    return multipart == null || multipart.isRepeatable();
  }

  @Override
  public String toString() {
    return "ApiRequest{" + operation + ' ' + method + ' ' + path + '}';
  }

  /** Assembles an {@link ApiRequest}; obtained from {@link ApiRequest#builder}. Not thread-safe. */
  public static final class Builder {
    private final String operation;
    private final String method;
    private final String pathTemplate;
    private final Map<String, String> pathValues = new LinkedHashMap<>();
    private final List<QueryParam> query = new ArrayList<>();
    private final Map<String, String> headers = new LinkedHashMap<>();
    private byte @Nullable [] jsonBody;
    private @Nullable MultipartContent multipart;
    private @Nullable Boolean retrySafe;
    private @Nullable String idempotencyKey;

    private Builder(String operation, String method, String pathTemplate) {
      this.operation = Require.nonBlank(operation, "operation");
      this.method = Require.nonBlank(method, "method").toUpperCase(Locale.ROOT);
      this.pathTemplate = Require.nonBlank(pathTemplate, "pathTemplate");
      // The template is appended to the base URL as text: without a leading '/' it would run into
      // the host name, and '?' or '#' would end the path early.
      if (!pathTemplate.startsWith("/") || pathTemplate.indexOf('?') >= 0 || pathTemplate.indexOf('#') >= 0) {
        throw new IllegalArgumentException("pathTemplate must start with '/' and contain no '?' or '#', got '"
            + pathTemplate + "'");
      }
    }

    /**
     * Fills a template variable with a value encoded as one path segment.
     *
     * @param name the template variable, without braces
     * @param value the raw value; encoded so that {@code /} and other reserved characters stay inside one segment
     * @return this builder
     * @throws NullPointerException if the value is null
     * @throws IllegalArgumentException if the value is empty, {@code .} or {@code ..}, or has control
     *     characters or an unpaired surrogate
     */
    public Builder pathSegment(String name, @Nullable String value) {
      pathValues.put(name, PathEncoder.segment(name, value));
      return this;
    }

    /**
     * Fills a template variable with a checked resource name whose {@code /} are kept.
     *
     * @param name the template variable, without braces
     * @param value the resource name, for example {@code spaces/AAA/messages/BBB}
     * @param pattern the shape the value must match in full
     * @param example a valid value, quoted in the error message
     * @return this builder
     * @throws NullPointerException if the value is null
     * @throws IllegalArgumentException if a segment is empty or invalid, or the value does not match
     *     {@code pattern}
     */
    public Builder pathResourceName(String name, @Nullable String value, Pattern pattern, String example) {
      pathValues.put(name, PathEncoder.resourceName(name, value, pattern, example));
      return this;
    }

    /**
     * Adds a query parameter. Null values are skipped; collections and arrays become repeated parameters;
     * date-times are written as RFC 3339; open enums as their value; other values with {@code
     * toString()}.
     *
     * @param name non-blank parameter name
     * @param value the value to send; null adds nothing, null elements of a collection are skipped
     * @return this builder
     * @throws IllegalArgumentException if the name is blank or a value has an unpaired surrogate
     */
    public Builder query(String name, @Nullable Object value) {
      Require.nonBlank(name, "query parameter name");
      if (value == null) {
        return this;
      }
      if (value instanceof Collection || value instanceof Object[]) {
        Iterable<?> values = value instanceof Collection ? (Collection<?>) value : Arrays.asList((Object[]) value);
        for (Object v : values) {
          if (v != null) {
            addQuery(name, plain(v));
          }
        }
      } else {
        addQuery(name, plain(value));
      }
      return this;
    }

    /** Every query value passes here: one with an unpaired surrogate would be sent as {@code ?}. */
    private void addQuery(String name, String value) {
      query.add(new QueryParam(name, Require.noUnpairedSurrogates(value, "query parameter " + name)));
    }

    /**
     * Adds a query parameter whose value is the JSON encoding of {@code value}.
     *
     * @param name non-blank parameter name
     * @param value object to serialize with {@link ChatJson}; null adds nothing
     * @return this builder
     */
    public Builder queryJson(String name, @Nullable Object value) {
      Require.nonBlank(name, "query parameter name");
      if (value != null) {
        addQuery(name, ChatJson.toJson(value));
      }
      return this;
    }

    /**
     * Adds one query parameter holding the values joined by commas; skipped when null or empty.
     *
     * @param name non-blank parameter name
     * @param values elements to join, each written like a {@link #query} value; none may be null
     * @return this builder
     * @throws NullPointerException if an element is null
     */
    public Builder queryCsv(String name, @Nullable Collection<?> values) {
      Require.nonBlank(name, "query parameter name");
      if (values != null && !values.isEmpty()) {
        StringJoiner joiner = new StringJoiner(",");
        for (Object v : values) {
          joiner.add(plain(Require.nonNull(v, name + " element")));
        }
        addQuery(name, joiner.toString());
      }
      return this;
    }

    /**
     * Sets a request header, replacing an earlier value under the same name.
     *
     * @param name a valid header name (token characters only)
     * @param value a header value: ASCII, without control characters
     * @return this builder
     * @throws IllegalArgumentException if the name or the value is not allowed in a header
     */
    public Builder header(String name, String value) {
      headers.put(Require.headerName(name, "header name"), Require.headerValue(value, "header " + name));
      return this;
    }

    /**
     * Serializes {@code body} to JSON now, so a value that cannot be written fails before I/O.
     *
     * @param body the request object to serialize; not null. Replaces any multipart body.
     * @return this builder
     */
    public Builder jsonBody(Object body) {
      this.jsonBody = ChatJson.toBytes(Require.nonNull(body, "body"));
      this.multipart = null;
      return this;
    }

    /**
     * Sends a multipart body (file uploads) instead of JSON; replaces any JSON body set earlier.
     *
     * @param content the parts to send; not null
     * @return this builder
     */
    public Builder multipartBody(MultipartContent content) {
      this.multipart = Require.nonNull(content, "content");
      this.jsonBody = null;
      return this;
    }

    /**
     * Overrides the method-based default of {@link ApiRequest#retrySafe()}.
     *
     * @param retrySafe true if the server treats repeats of the call as harmless
     * @return this builder
     */
    public Builder retrySafe(boolean retrySafe) {
      this.retrySafe = retrySafe;
      return this;
    }

    /**
     * Marks the call as safe to retry; the backend decides where the key goes on the wire.
     *
     * @param key the caller's idempotency key, or null for none
     * @return this builder
     */
    public Builder idempotencyKey(@Nullable String key) {
      this.idempotencyKey = key;
      return this;
    }

    /**
     * Fills the path template and checks the request as a whole.
     *
     * @return the immutable request
     * @throws IllegalStateException if a path variable is unset, a GET or HEAD has a body, or a
     *     multipart body has no parts
     */
    public ApiRequest build() {
      Matcher m = TEMPLATE_VAR.matcher(pathTemplate);
      StringBuilder path = new StringBuilder();
      int last = 0;
      while (m.find()) {
        String value = pathValues.get(m.group(1));
        if (value == null) {
          throw new IllegalStateException("path variable " + m.group(1) + " of " + operation + " was not set");
        }
        path.append(pathTemplate, last, m.start()).append(value);
        last = m.end();
      }
      path.append(pathTemplate, last, pathTemplate.length());
      if ((jsonBody != null || multipart != null) && (method.equals("GET") || method.equals("HEAD"))) {
        throw new IllegalStateException(operation + ": a " + method + " request cannot have a body");
      }
      if (multipart != null) {
        multipart.toRequestBody(); // fails now when the body has no parts
      }
      return new ApiRequest(this, path.toString());
    }

    private static String plain(Object v) {
      if (v instanceof OpenEnum) {
        return ((OpenEnum) v).getValue();
      }
      if (v instanceof OffsetDateTime) {
        // toString() would drop ":00" seconds, which RFC 3339 requires.
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format((OffsetDateTime) v);
      }
      return v.toString(); // Instant.toString() is already RFC 3339 in UTC
    }
  }
}
