package dev.chatsdk.testing.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;

/** An answer to write back: status, headers and body bytes. */
public final class Response {
  private final int status;
  private final Map<String, String> headers = new LinkedHashMap<>();
  private final byte[] body;

  public Response(int status, String contentType, byte[] body) {
    this.status = status;
    this.body = body;
    headers.put("Content-Type", contentType);
  }

  public static Response json(int status, JsonNode body) {
    return new Response(status, "application/json; charset=utf-8", Json.bytes(body));
  }

  public Response header(String name, String value) {
    headers.put(name, value);
    return this;
  }

  public int status() {
    return status;
  }

  public Map<String, String> headers() {
    return headers;
  }

  public byte[] body() {
    return body;
  }
}
