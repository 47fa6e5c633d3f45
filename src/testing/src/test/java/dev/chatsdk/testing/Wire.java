package dev.chatsdk.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** A plain HTTP client for the emulator's wire protocol, used by the emulator's own tests. */
final class Wire {
  static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  /** One answer. */
  static final class Reply {
    final String method;
    final String path;
    final int status;
    final java.net.http.HttpHeaders headers;
    final byte[] body;

    Reply(String method, String path, int status, java.net.http.HttpHeaders headers, byte[] body) {
      this.method = method;
      this.path = path;
      this.status = status;
      this.headers = headers;
      this.body = body;
    }

    JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new UncheckedIOException("not JSON: " + text(), e);
      }
    }

    String text() {
      return new String(body, StandardCharsets.UTF_8);
    }

    String header(String name) {
      return headers.firstValue(name).orElse(null);
    }

    @Override
    public String toString() {
      return method + " " + path + " -> " + status + " " + text();
    }
  }

  private final ChatEmulator emulator;
  private final List<Consumer<Reply>> listeners = new ArrayList<>();

  Wire(ChatEmulator emulator) {
    this.emulator = emulator;
  }

  Wire onReply(Consumer<Reply> listener) {
    listeners.add(listener);
    return this;
  }

  static ObjectNode obj(String json) {
    try {
      return (ObjectNode) JSON.readTree(json.replace('\'', '"'));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  // ---------------------------------------------------------------- Stream

  Reply stream(String method, String pathAndQuery, String jsonBody) {
    return streamWith(emulator.streamServerToken(), method, pathAndQuery, jsonBody);
  }

  Reply stream(String method, String pathAndQuery) {
    return stream(method, pathAndQuery, null);
  }

  Reply streamAs(String userId, String method, String pathAndQuery, String jsonBody) {
    return streamWith(emulator.streamUserToken(userId), method, pathAndQuery, jsonBody);
  }

  Reply streamWith(String token, String method, String pathAndQuery, String jsonBody) {
    String sep = pathAndQuery.contains("?") ? "&" : "?";
    HttpRequest.Builder b = HttpRequest.newBuilder(
        URI.create(emulator.streamBaseUrl() + pathAndQuery + sep + "api_key=" + enc(emulator.streamApiKey())))
        .header("Stream-Auth-Type", "jwt")
        .header("Authorization", token);
    return send(b, method, jsonBody == null ? null : jsonBody.replace('\'', '"').getBytes(StandardCharsets.UTF_8),
        "application/json");
  }

  Reply streamRaw(String method, String url, Map<String, String> headers) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url));
    headers.forEach(b::header);
    return send(b, method, null, null);
  }

  Reply streamMultipart(String pathAndQuery, List<String[]> fields, String filename, String contentType, byte[] file) {
    String boundary = "emulatortestboundary42";
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (String[] f : fields) {
      write(out, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f[0] + "\"\r\n"
          + "Content-Type: application/json\r\n\r\n" + f[1] + "\r\n");
    }
    if (file != null) {
      write(out, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename + "\"\r\n"
          + "Content-Type: " + contentType + "\r\n\r\n");
      out.writeBytes(file);
      write(out, "\r\n");
    }
    write(out, "--" + boundary + "--\r\n");
    String sep = pathAndQuery.contains("?") ? "&" : "?";
    HttpRequest.Builder b = HttpRequest.newBuilder(
        URI.create(emulator.streamBaseUrl() + pathAndQuery + sep + "api_key=" + enc(emulator.streamApiKey())))
        .header("Stream-Auth-Type", "jwt")
        .header("Authorization", emulator.streamServerToken());
    return send(b, "POST", out.toByteArray(), "multipart/form-data; boundary=" + boundary);
  }

  // ---------------------------------------------------------------- Google

  Reply google(String method, String pathAndQuery, String jsonBody) {
    return googleWith("Bearer " + emulator.googleAccessToken(), method, pathAndQuery, jsonBody);
  }

  Reply google(String method, String pathAndQuery) {
    return google(method, pathAndQuery, null);
  }

  Reply googleWith(String authorization, String method, String pathAndQuery, String jsonBody) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(emulator.googleChatBaseUrl() + pathAndQuery));
    if (authorization != null) {
      b.header("Authorization", authorization);
    }
    return send(b, method, jsonBody == null ? null : jsonBody.replace('\'', '"').getBytes(StandardCharsets.UTF_8),
        "application/json");
  }

  Reply googleUpload(String space, String filename, String contentType, byte[] file) {
    String boundary = "relatedboundary7";
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write(out, "--" + boundary + "\r\nContent-Type: application/json; charset=UTF-8\r\n\r\n{\"filename\":\""
        + filename + "\"}\r\n--" + boundary + "\r\nContent-Type: " + contentType + "\r\n\r\n");
    out.writeBytes(file);
    write(out, "\r\n--" + boundary + "--\r\n");
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(emulator.googleChatBaseUrl() + "/upload/v1/" + space
        + "/attachments:upload?uploadType=multipart"))
        .header("Authorization", "Bearer " + emulator.googleAccessToken());
    return send(b, "POST", out.toByteArray(), "multipart/related; boundary=" + boundary);
  }

  // ---------------------------------------------------------------- plumbing

  private static void write(ByteArrayOutputStream out, String s) {
    out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
  }

  private Reply send(HttpRequest.Builder b, String method, byte[] body, String contentType) {
    if (body != null) {
      b.header("Content-Type", contentType);
      b.method(method, HttpRequest.BodyPublishers.ofByteArray(body));
    } else {
      b.method(method, HttpRequest.BodyPublishers.noBody());
    }
    HttpRequest request = b.timeout(Duration.ofSeconds(20)).build();
    try {
      HttpResponse<byte[]> r = HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
      Reply reply = new Reply(method, request.uri().getRawPath(), r.statusCode(), r.headers(), r.body());
      listeners.forEach(l -> l.accept(reply));
      return reply;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
