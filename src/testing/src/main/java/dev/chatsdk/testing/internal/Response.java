package dev.chatsdk.testing.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;

/** An answer to write back: status, headers and body bytes. */
public final class Response {
  private final int status;
  private final Map<String, String> headers = new LinkedHashMap<>();
  private final byte[] body;

  /**
   * An answer with a body and its content type; more headers can be added with {@link #header}.
   *
   * @param status the HTTP status code
   * @param contentType the {@code Content-Type} header value
   * @param body the body bytes, used as-is (not copied); empty for no body
   */
  public Response(int status, String contentType, byte[] body) {
    this.status = status;
    this.body = body;
    headers.put("Content-Type", contentType);
  }

  /**
   * A JSON answer, encoded as UTF-8.
   *
   * @param status the HTTP status code
   * @param body the JSON document to serialize
   * @return a response with content type {@code application/json; charset=utf-8}
   */
  public static Response json(int status, JsonNode body) {
    return new Response(status, "application/json; charset=utf-8", Json.bytes(body));
  }

  /**
   * Sets a header, replacing an earlier value of the same (exactly spelled) name.
   *
   * @param name the header name
   * @param value the header value
   * @return this response, for chaining
   */
  public Response header(String name, String value) {
    headers.put(name, value);
    return this;
  }

  /**
   * The HTTP status code.
   *
   * @return the status given at construction
   */
  public int status() {
    return status;
  }

  /**
   * The headers to write, in insertion order, {@code Content-Type} first.
   *
   * @return the live, mutable header map
   */
  public Map<String, String> headers() {
    return headers;
  }

  /**
   * The body to write.
   *
   * @return the body bytes themselves (not a copy); empty for no body
   */
  public byte[] body() {
    return body;
  }
}
