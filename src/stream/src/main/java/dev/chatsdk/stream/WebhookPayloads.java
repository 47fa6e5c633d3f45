package dev.chatsdk.stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.chatsdk.core.json.ChatJson;
import dev.chatsdk.core.json.JsonErrors;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.zip.GZIPInputStream;

/**
 * The decoding steps of Stream's three transports. HTTP: the body, gzip-compressed when it starts
 * with the gzip magic bytes {@code 1f 8b} (RFC 1952). SQS: the message body is base64 of the JSON
 * (gzip-compressed or not); a body that is already a JSON object is accepted as it is. SNS: the HTTP
 * notification envelope ({@code {"Type":"Notification", ..., "Message":"<SQS-style body>"}}), or
 * its {@code Message} already taken out.
 */
final class WebhookPayloads {
  /** Largest decompressed payload: 16 MiB, so a small gzip bomb cannot exhaust memory. */
  static final int MAX_DECOMPRESSED_BYTES = 16 << 20;

  private static final ObjectReader TREE = ChatJson.reader(JsonNode.class);

  private WebhookPayloads() {}

  static boolean isGzip(byte[] body) {
    return body.length >= 2 && (body[0] & 0xff) == 0x1f && (body[1] & 0xff) == 0x8b;
  }

  /** The JSON bytes of an HTTP webhook body. */
  static byte[] httpBody(byte[] body) {
    return isGzip(body) ? gunzip(body) : body;
  }

  /** The JSON bytes of an SQS message body. */
  static byte[] sqsBody(String messageBody) {
    String s = messageBody.trim();
    if (s.startsWith("{")) {
      return s.getBytes(StandardCharsets.UTF_8);
    }
    byte[] decoded;
    try {
      decoded = Base64.getDecoder().decode(s.replaceAll("\\s", ""));
    } catch (IllegalArgumentException e) {
      decoded = new byte[0];
    }
    if (decoded.length == 0) {
      throw new WebhookPayloadException("queue message body is neither JSON nor valid base64", null);
    }
    return httpBody(decoded);
  }

  /** The JSON bytes carried by an SNS notification (envelope or bare {@code Message}). */
  static byte[] snsBody(String notification) {
    String s = notification.trim();
    if (s.startsWith("{")) {
      JsonNode envelope = tree(s.getBytes(StandardCharsets.UTF_8));
      JsonNode message = envelope.get("Message");
      if (envelope.has("TopicArn") || envelope.has("Type")) {
        if (message == null || !message.isTextual()) {
          throw new WebhookPayloadException("SNS notification has no Message text", null);
        }
        return sqsBody(message.asText());
      }
      return s.getBytes(StandardCharsets.UTF_8);
    }
    return sqsBody(s);
  }

  static byte[] gunzip(byte[] body) {
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
      ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(256, body.length * 4));
      byte[] buf = new byte[8192];
      int n;
      while ((n = in.read(buf)) > 0) {
        if (out.size() + n > MAX_DECOMPRESSED_BYTES) {
          throw new WebhookPayloadException("decompressed payload is larger than "
              + MAX_DECOMPRESSED_BYTES + " bytes", null);
        }
        out.write(buf, 0, n);
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new WebhookPayloadException("payload is not valid gzip (" + e.getClass().getSimpleName() + ")", null);
    }
  }

  /** Parses JSON bytes into an object tree. */
  static JsonNode tree(byte[] json) {
    JsonNode tree;
    try {
      tree = TREE.readTree(json);
    } catch (IOException e) {
      throw invalid(e);
    }
    if (tree == null || !tree.isObject()) {
      throw new WebhookPayloadException("payload is not a JSON object", null);
    }
    return tree;
  }

  /** Decodes an event tree into its class (by {@code type}). */
  static StreamEvent event(JsonNode tree) {
    JsonNode type = tree.get("type");
    if (type == null || !type.isTextual() || type.asText().isEmpty()) {
      throw new WebhookPayloadException("payload has no event type", null);
    }
    Class<? extends StreamEvent> c = StreamEventTypes.classFor(tree);
    try {
      return ChatJson.reader(c).readValue(tree);
    } catch (IOException e) {
      throw invalid(e);
    }
  }

  /** A decoding failure, described by location or field path only (see {@link JsonErrors}). */
  static WebhookPayloadException invalid(IOException e) {
    return new WebhookPayloadException("payload is not a valid event (" + JsonErrors.describe(e) + ")", null);
  }
}
