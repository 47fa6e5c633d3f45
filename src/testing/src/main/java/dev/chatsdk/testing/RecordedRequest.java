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

  /** HTTP method, upper case. */
  public String method() {
    return request.method();
  }

  /** The path as sent (still percent-encoded), without the query. */
  public String path() {
    return request.rawPath();
  }

  /** The query string as sent, or null. */
  public @Nullable String rawQuery() {
    return request.rawQuery();
  }

  /** Decoded query parameters. */
  public Map<String, List<String>> queryParams() {
    return request.queryParams();
  }

  /** First value of a decoded query parameter, or null. */
  public @Nullable String queryParam(String name) {
    return request.query(name);
  }

  /** All headers; names are case-insensitive. */
  public Map<String, List<String>> headers() {
    return request.headers();
  }

  /** First value of a header (case-insensitive name), or null. */
  public @Nullable String header(String name) {
    return request.header(name);
  }

  /** The raw body bytes (empty when there was none). */
  public byte[] body() {
    return request.body().clone();
  }

  /** The body decoded as UTF-8. */
  public String bodyAsString() {
    return new String(request.body(), StandardCharsets.UTF_8);
  }

  /** Method and path only: headers may carry credentials, so they are never printed. */
  @Override
  public String toString() {
    return method() + " " + path();
  }
}
