package dev.chatsdk.core;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Per-call overrides, accepted as the last argument of every operation. Immutable; build with
 * {@link #builder()} or use {@link #none()}.
 */
public final class RequestOptions {
  private static final RequestOptions NONE = new Builder().build();

  private final @Nullable Duration timeout;
  private final @Nullable Integer maxRetries;
  private final Map<String, String> extraHeaders;
  private final Map<String, List<String>> extraQuery;
  private final @Nullable String idempotencyKey;

  private RequestOptions(Builder b) {
    this.timeout = b.timeout;
    this.maxRetries = b.maxRetries;
    this.extraHeaders = Collections.unmodifiableMap(new LinkedHashMap<>(b.extraHeaders));
    Map<String, List<String>> query = new LinkedHashMap<>();
    b.extraQuery.forEach((k, v) -> query.put(k, Collections.unmodifiableList(new ArrayList<>(v))));
    this.extraQuery = Collections.unmodifiableMap(query);
    this.idempotencyKey = b.idempotencyKey;
  }

  /** No overrides: the client's defaults apply. */
  public static RequestOptions none() {
    return NONE;
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    Builder b = new Builder();
    b.timeout = timeout;
    b.maxRetries = maxRetries;
    b.extraHeaders.putAll(extraHeaders);
    extraQuery.forEach((k, v) -> b.extraQuery.put(k, new ArrayList<>(v)));
    b.idempotencyKey = idempotencyKey;
    return b;
  }

  /**
   * Time budget of the whole call: every attempt (connect, write, read) and every wait between
   * attempts must fit in it. When it runs out the call fails with {@link ApiTimeoutException};
   * a retry whose wait would not fit is not started.
   */
  public Optional<Duration> timeout() {
    return Optional.ofNullable(timeout);
  }

  public Optional<Integer> maxRetries() {
    return Optional.ofNullable(maxRetries);
  }

  public Map<String, String> extraHeaders() {
    return extraHeaders;
  }

  public Map<String, List<String>> extraQuery() {
    return extraQuery;
  }

  /**
   * Key that makes a non-idempotent call safe to retry. Backends that support one put it on the
   * wire (Google Chat: {@code requestId}); in every backend it allows retries of a POST.
   */
  public Optional<String> idempotencyKey() {
    return Optional.ofNullable(idempotencyKey);
  }

  /** Lists header and query names only: values may be credentials. */
  @Override
  public String toString() {
    return "RequestOptions{timeout=" + timeout
        + ", maxRetries=" + maxRetries
        + ", extraHeaders=" + extraHeaders.keySet()
        + ", extraQuery=" + extraQuery.keySet()
        + ", idempotencyKey=" + (idempotencyKey == null ? "none" : "set")
        + '}';
  }

  public static final class Builder {
    private @Nullable Duration timeout;
    private @Nullable Integer maxRetries;
    private final Map<String, String> extraHeaders = new LinkedHashMap<>();
    private final Map<String, List<String>> extraQuery = new LinkedHashMap<>();
    private @Nullable String idempotencyKey;

    private Builder() {}

    public Builder timeout(Duration timeout) {
      Require.nonNull(timeout, "timeout");
      if (timeout.isNegative() || timeout.isZero()) {
        throw new IllegalArgumentException("timeout must be positive, got " + timeout);
      }
      this.timeout = timeout;
      return this;
    }

    public Builder maxRetries(int maxRetries) {
      this.maxRetries = Require.inRange(maxRetries, 0, 10, "maxRetries"); // same bounds as the client's
      return this;
    }

    /** Adds or replaces one request header. Credentials set by the client's authenticator win. */
    public Builder header(String name, String value) {
      Require.headerName(name, "header name");
      Require.headerValue(value, "header " + name);
      extraHeaders.put(name, value);
      return this;
    }

    /** Adds one query parameter value (repeat the call for repeated parameters). */
    public Builder queryParam(String name, String value) {
      Require.nonBlank(name, "query parameter name");
      Require.noUnpairedSurrogates(value, "query parameter " + name);
      extraQuery.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
      return this;
    }

    public Builder idempotencyKey(String key) {
      this.idempotencyKey = Require.nonBlank(key, "idempotencyKey");
      return this;
    }

    public RequestOptions build() {
      return new RequestOptions(this);
    }
  }
}
