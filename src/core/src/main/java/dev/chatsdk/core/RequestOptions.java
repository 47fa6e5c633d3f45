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

  /**
   * No overrides: the client's defaults apply.
   *
   * @return the shared empty options instance
   */
  public static RequestOptions none() {
    return NONE;
  }

  /**
   * Starts building options; every setting left unset falls back to the client's default.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding a copy of these options, to derive changed options from them.
   *
   * @return a new builder; changing it does not affect this instance
   */
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
   *
   * @return the budget for this call, or empty to use the client's call timeout
   */
  public Optional<Duration> timeout() {
    return Optional.ofNullable(timeout);
  }

  /**
   * Number of retries allowed for this call after the first attempt.
   *
   * @return 0 to 10, or empty to use the client's setting
   */
  public Optional<Integer> maxRetries() {
    return Optional.ofNullable(maxRetries);
  }

  /**
   * Headers added to this call, after the backend's own and before the credentials.
   *
   * @return an unmodifiable map from header name to value; empty when none were set
   */
  public Map<String, String> extraHeaders() {
    return extraHeaders;
  }

  /**
   * Query parameters added to this call, after the operation's own.
   *
   * @return an unmodifiable map from name to its values in order; empty when none were set
   */
  public Map<String, List<String>> extraQuery() {
    return extraQuery;
  }

  /**
   * Key that makes a non-idempotent call safe to retry. Backends that support one put it on the
   * wire (Google Chat: {@code requestId}); in every backend it allows retries of a POST.
   *
   * @return the key, or empty when none was set
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

  /** Builds {@link RequestOptions}; not thread-safe. */
  public static final class Builder {
    private @Nullable Duration timeout;
    private @Nullable Integer maxRetries;
    private final Map<String, String> extraHeaders = new LinkedHashMap<>();
    private final Map<String, List<String>> extraQuery = new LinkedHashMap<>();
    private @Nullable String idempotencyKey;

    private Builder() {}

    /**
     * Sets the time budget of the whole call, retries and waits included.
     *
     * @param timeout a strictly positive duration
     * @return this builder
     * @throws IllegalArgumentException if the timeout is zero or negative
     */
    public Builder timeout(Duration timeout) {
      Require.nonNull(timeout, "timeout");
      if (timeout.isNegative() || timeout.isZero()) {
        throw new IllegalArgumentException("timeout must be positive, got " + timeout);
      }
      this.timeout = timeout;
      return this;
    }

    /**
     * Overrides the client's number of retries for this call.
     *
     * @param maxRetries retries after the first attempt, 0 to 10; 0 disables retrying
     * @return this builder
     * @throws IllegalArgumentException if the value is outside 0..10
     */
    public Builder maxRetries(int maxRetries) {
      this.maxRetries = Require.inRange(maxRetries, 0, 10, "maxRetries"); // same bounds as the client's
      return this;
    }

    /**
     * Adds or replaces one request header. Credentials set by the client's authenticator win.
     *
     * @param name a valid header name
     * @param value a header value: ASCII, without control characters
     * @return this builder
     * @throws IllegalArgumentException if the name or the value is not allowed in a header
     */
    public Builder header(String name, String value) {
      Require.headerName(name, "header name");
      Require.headerValue(value, "header " + name);
      extraHeaders.put(name, value);
      return this;
    }

    /**
     * Adds one query parameter value (repeat the call for repeated parameters).
     *
     * @param name non-blank parameter name
     * @param value the value, URL-encoded when sent; not null
     * @return this builder
     * @throws IllegalArgumentException if the name is blank or the value has an unpaired surrogate
     */
    public Builder queryParam(String name, String value) {
      Require.nonBlank(name, "query parameter name");
      Require.noUnpairedSurrogates(value, "query parameter " + name);
      extraQuery.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
      return this;
    }

    /**
     * Sets the idempotency key, which also makes the call safe to retry.
     *
     * @param key a non-blank key, unique per logical operation (a UUID, for example)
     * @return this builder
     * @throws IllegalArgumentException if the key is blank
     */
    public Builder idempotencyKey(String key) {
      this.idempotencyKey = Require.nonBlank(key, "idempotencyKey");
      return this;
    }

    /**
     * Builds the immutable options.
     *
     * @return the options with the settings made so far
     */
    public RequestOptions build() {
      return new RequestOptions(this);
    }
  }
}
