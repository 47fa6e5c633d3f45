package dev.chatsdk.testing;

import dev.chatsdk.testing.internal.Request;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A request the emulator received, kept for assertions in tests. */
public final class RecordedRequest {
  private final Request request;

  RecordedRequest(Request request) {
    this.request = request;
  }

  /**
   * HTTP method, upper case.
   *
   * @return the method, e.g. {@code POST}
   */
  public String method() {
    return request.method();
  }

  /**
   * The path as sent (still percent-encoded), without the query.
   *
   * @return the raw path, starting with {@code /}
   */
  public String path() {
    return request.rawPath();
  }

  /**
   * The query string as sent.
   *
   * @return the raw query without the {@code ?}, or null when the request had none
   */
  public @Nullable String rawQuery() {
    return request.rawQuery();
  }

  /**
   * Decoded query parameters.
   *
   * @return each parameter name with its values in request order; empty when there is no query
   */
  public Map<String, List<String>> queryParams() {
    return request.queryParams();
  }

  /**
   * First value of a decoded query parameter.
   *
   * @param name the parameter name, matched exactly
   * @return the first decoded value, or null when the parameter is absent
   */
  public @Nullable String queryParam(String name) {
    return request.query(name);
  }

  /**
   * All headers; names are case-insensitive.
   *
   * @return each header name with its values in request order
   */
  public Map<String, List<String>> headers() {
    return request.headers();
  }

  /**
   * First value of a header.
   *
   * @param name the header name, matched case-insensitively
   * @return the first value, or null when the header is absent
   */
  public @Nullable String header(String name) {
    return request.header(name);
  }

  /**
   * The raw body bytes.
   *
   * @return a fresh copy of the body, empty when there was none
   */
  public byte[] body() {
    return request.body().clone();
  }

  /**
   * The body decoded as UTF-8.
   *
   * @return the body text, empty when there was none
   */
  public String bodyAsString() {
    return new String(request.body(), StandardCharsets.UTF_8);
  }

  /** Method and path only: headers may carry credentials, so they are never printed. */
  @Override
  public String toString() {
    return method() + " " + path();
  }
}
