package dev.chatsdk.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chatsdk.core.json.ChatJson;
import dev.chatsdk.stream.model.Event;
import dev.chatsdk.stream.model.MessageNewEvent;
import dev.chatsdk.stream.model.ReactionNewEvent;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/** Typed events over HTTP (plain and gzip), SQS and SNS, and the errors of malformed payloads. */
class StreamEventsTest {
  private static final String SECRET = "webhook-secret-42";
  static final String MESSAGE_NEW = "{\"type\":\"message.new\",\"cid\":\"messaging:general\","
      + "\"channel_id\":\"general\",\"channel_type\":\"messaging\","
      + "\"created_at\":\"2026-05-01T10:00:00.123456Z\",\"watcher_count\":3,"
      + "\"message\":{\"id\":\"msg-1\",\"text\":\"hi\",\"priority\":\"high\"},\"user\":{\"id\":\"ana\"}}";

  private final StreamWebhooks webhooks = new StreamWebhooks(SECRET);

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  static String sign(byte[] body) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(utf8(SECRET), "HmacSHA256"));
    StringBuilder hex = new StringBuilder();
    for (byte b : mac.doFinal(body)) {
      hex.append(String.format(Locale.ROOT, "%02x", b));
    }
    return hex.toString();
  }

  static byte[] gzip(byte[] data) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(data);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static String base64(byte[] b) {
    return Base64.getEncoder().encodeToString(b);
  }

  private static void assertMessageNew(StreamEvent e) {
    assertThat(e).isInstanceOf(MessageNewEvent.class);
    MessageNewEvent m = (MessageNewEvent) e;
    assertThat(m.getType()).isEqualTo("message.new");
    assertThat(m.getCreatedAt()).isEqualTo(Instant.parse("2026-05-01T10:00:00.123456Z"));
    assertThat(m.getCid()).isEqualTo("messaging:general");
    assertThat(m.getWatcherCount()).isEqualTo(3);
    assertThat(m.getMessage().getText()).isEqualTo("hi");
    assertThat(m.getMessage().getAdditionalProperties()).containsEntry("priority", "high");
    assertThat(m.getUser().getId()).isEqualTo("ana");
  }

  @Test
  void httpWebhookVerifiesAndDecodesToItsClass() throws Exception {
    byte[] body = utf8(MESSAGE_NEW);
    assertMessageNew(webhooks.verifyAndParseEvent(body, sign(body)));
    assertThatThrownBy(() -> webhooks.verifyAndParseEvent(body, sign(utf8(MESSAGE_NEW + " "))))
        .isInstanceOf(WebhookSignatureException.class);
    assertThatThrownBy(() -> webhooks.verifyAndParseEvent(body, null)).isInstanceOf(WebhookSignatureException.class);
  }

  @Test
  void gzipBodiesAreDetectedByMagicBytesAndSignedOverTheJson() throws Exception {
    byte[] json = utf8(MESSAGE_NEW);
    byte[] compressed = gzip(json);
    assertThat(compressed[0] & 0xff).isEqualTo(0x1f);
    assertMessageNew(webhooks.verifyAndParseEvent(compressed, sign(json)));
    assertThat(webhooks.verifySignature(compressed, sign(json))).isTrue();
    assertThat(webhooks.verifySignature(compressed, sign(compressed))).isFalse();
    assertThat(webhooks.verifyAndParse(compressed, sign(json)).getType()).isEqualTo("message.new");
  }

  @Test
  void sqsBodiesAreBase64OfJsonCompressedOrNot() {
    assertMessageNew(StreamWebhooks.parseSqs(base64(gzip(utf8(MESSAGE_NEW)))));
    assertMessageNew(StreamWebhooks.parseSqs(base64(utf8(MESSAGE_NEW))));
    assertMessageNew(StreamWebhooks.parseSqs(Base64.getMimeEncoder().encodeToString(gzip(utf8(MESSAGE_NEW)))));
    assertMessageNew(StreamWebhooks.parseSqs("  " + MESSAGE_NEW + "\n"));
  }

  /** An SNS HTTP(S) notification as AWS posts it to a subscribed endpoint; Message is the SQS-style body. */
  static String snsEnvelope(String message) {
    return "{\n  \"Type\" : \"Notification\",\n"
        + "  \"MessageId\" : \"22b80b92-fdea-4c2c-8f9d-bdfb0c7bf324\",\n"
        + "  \"TopicArn\" : \"arn:aws:sns:us-west-2:123456789012:stream-chat-events\",\n"
        + "  \"Message\" : " + ChatJson.toJson(message) + ",\n"
        + "  \"Timestamp\" : \"2026-05-01T10:00:00.200Z\",\n"
        + "  \"SignatureVersion\" : \"1\",\n"
        + "  \"Signature\" : \"EXAMPLEpH+DcEwjAPg8O9mY8dReBSwksfg2S7WKQcikcNKWLQjwu6A4VbeS0QHVCkhRS7fUQvi2egU3N858fiTDN6bkkOxYDVrY0Ad8L10Hs3zH81mtnPk5uvvolIC1CXGu43obcgFxeL3khZl8IKvO61GWB6jI9b5+gLPoBc1Q=\",\n"
        + "  \"SigningCertURL\" : \"https://sns.us-west-2.amazonaws.com/SimpleNotificationService-0000000000000000000000.pem\",\n"
        + "  \"UnsubscribeURL\" : \"https://sns.us-west-2.amazonaws.com/?Action=Unsubscribe&SubscriptionArn=arn:aws:sns:us-west-2:123456789012:stream-chat-events:c9135db0\"\n"
        + "}";
  }

  @Test
  void snsNotificationsAreUnwrapped() {
    assertMessageNew(StreamWebhooks.parseSns(snsEnvelope(base64(gzip(utf8(MESSAGE_NEW))))));
    assertMessageNew(StreamWebhooks.parseSns(snsEnvelope(base64(utf8(MESSAGE_NEW)))));
    assertMessageNew(StreamWebhooks.parseSns(snsEnvelope(MESSAGE_NEW)));
    // The Message already taken out of the envelope (for example by an SQS subscription with raw delivery).
    assertMessageNew(StreamWebhooks.parseSns(base64(gzip(utf8(MESSAGE_NEW)))));
    assertMessageNew(StreamWebhooks.parseSns(MESSAGE_NEW));
    assertThatThrownBy(() -> StreamWebhooks.parseSns("{\"Type\":\"Notification\",\"TopicArn\":\"arn\"}"))
        .isInstanceOf(WebhookPayloadException.class).hasMessageContaining("Message");
  }

  @Test
  void unknownTypesDecodeToTheGenericEventKeepingEveryField() {
    StreamEvent e = StreamWebhooks.parseEvent(utf8("{\"type\":\"poll.closed\",\"created_at\":"
        + "\"2026-05-01T10:00:00Z\",\"cid\":\"messaging:x\",\"poll\":{\"id\":\"p1\",\"votes\":[1,2]},\"n\":1.5}"));
    assertThat(e).isExactlyInstanceOf(Event.class);
    assertThat(e.getType()).isEqualTo("poll.closed");
    assertThat(((Event) e).getCid()).isEqualTo("messaging:x");
    assertThat(e.getAdditionalProperties()).containsKeys("poll", "n");
    assertThat(ChatJson.toTree(e)).isEqualTo(ChatJson.readTree("{\"type\":\"poll.closed\",\"created_at\":"
        + "\"2026-05-01T10:00:00Z\",\"cid\":\"messaging:x\",\"poll\":{\"id\":\"p1\",\"votes\":[1,2]},\"n\":1.5}"));
  }

  @Test
  void everyKnownTypeDecodesToItsClassAndRoundTrips() {
    assertThat(StreamEventTypes.known()).hasSizeGreaterThanOrEqualTo(50);
    for (Map.Entry<String, Class<? extends StreamEvent>> t : StreamEventTypes.known().entrySet()) {
      String json = "{\"type\":\"" + t.getKey() + "\",\"created_at\":\"2026-05-01T10:00:00Z\",\"custom_x\":{\"a\":[1]}}";
      StreamEvent e = StreamWebhooks.parseEvent(utf8(json));
      assertThat(e).as(t.getKey()).isExactlyInstanceOf(t.getValue());
      assertThat(e.getType()).isEqualTo(t.getKey());
      assertThat(e.getCreatedAt()).isEqualTo(Instant.parse("2026-05-01T10:00:00Z"));
      assertThat(ChatJson.toTree(e)).as(t.getKey()).isEqualTo(ChatJson.readTree(json));
    }
    assertThat(StreamEventTypes.classOf("reaction.new")).contains(ReactionNewEvent.class);
    assertThat(StreamEventTypes.classOf("nope")).isEmpty();
  }

  @Test
  void malformedPayloadsGiveTheSdksOwnError() {
    String secret = "private-user-text";
    String[] bodies = {
      "", "null", "[]", "\"text\"",
      "{\"type\":\"message.new\",\"message\":{\"text\":\"" + secret,
      "{\"type\":\"message.new\",\"created_at\":\"" + secret + "\"}",
      "{\"type\":\"message.new\",\"watcher_count\":\"" + secret + "\"}",
      "{\"type\":\"message.new\",\"message\":[\"" + secret + "\"]}",
      "{\"created_at\":\"2026-05-01T10:00:00Z\"}",
      "{\"type\":7}",
    };
    for (String body : bodies) {
      assertThatThrownBy(() -> StreamWebhooks.parseEvent(utf8(body))).as(body)
          .isExactlyInstanceOf(WebhookPayloadException.class)
          .satisfies(t -> assertThat(t.getMessage()).doesNotContain(secret))
          .satisfies(t -> assertThat(t.getCause()).isNull());
    }
    assertThatThrownBy(() -> StreamWebhooks.parseEvent(utf8("{\"type\":\"message.new\",\"watcher_count\":\"x\"}")))
        .hasMessageContaining(".watcher_count");
  }

  @Test
  void brokenEncodingsGiveTheSdksOwnError() {
    byte[] brokenGzip = Arrays.copyOf(gzip(utf8(MESSAGE_NEW)), 20);
    assertThatThrownBy(() -> StreamWebhooks.parseEvent(brokenGzip)).isExactlyInstanceOf(WebhookPayloadException.class)
        .hasMessageContaining("gzip");
    assertThatThrownBy(() -> StreamWebhooks.parseSqs("not base64 at all!")).isExactlyInstanceOf(
        WebhookPayloadException.class).hasMessageContaining("base64");
    assertThatThrownBy(() -> StreamWebhooks.parseSqs("")).isExactlyInstanceOf(WebhookPayloadException.class);
    assertThatThrownBy(() -> StreamWebhooks.parseSqs(base64(utf8("[1]")))).isExactlyInstanceOf(
        WebhookPayloadException.class);
  }

  @Test
  void hugeDeepAndBombPayloadsAreRejected() {
    byte[] tenMb = new byte[10 * 1024 * 1024];
    Arrays.fill(tenMb, (byte) '[');
    assertThatThrownBy(() -> StreamWebhooks.parseEvent(tenMb)).isExactlyInstanceOf(WebhookPayloadException.class);
    byte[] zeros = new byte[WebhookPayloads.MAX_DECOMPRESSED_BYTES + 1];
    assertThatThrownBy(() -> StreamWebhooks.parseEvent(gzip(zeros))).isExactlyInstanceOf(
        WebhookPayloadException.class).hasMessageContaining("larger than");
    StringBuilder deep = new StringBuilder("{\"type\":\"custom\",\"x\":");
    for (int i = 0; i < 5000; i++) {
      deep.append("{\"a\":");
    }
    assertThatThrownBy(() -> StreamWebhooks.parseEvent(utf8(deep.toString()))).isExactlyInstanceOf(
        WebhookPayloadException.class);
  }

  @Test
  void untypedApiStillWorks() throws Exception {
    byte[] body = utf8(MESSAGE_NEW);
    WebhookEvent e = webhooks.verifyAndParse(body, sign(body));
    assertThat(e.getType()).isEqualTo("message.new");
    JsonNode payload = e.getPayload();
    assertThat(payload.path("watcher_count").asInt()).isEqualTo(3);
  }
}
