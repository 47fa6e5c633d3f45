package dev.chatsdk.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chatsdk.core.ChatException;
import dev.chatsdk.stream.model.Message;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class StreamWebhooksTest {
  private static final String SECRET = "webhook-secret-42";
  private static final byte[] BODY = ("{\"type\":\"message.new\",\"cid\":\"messaging:general\","
      + "\"created_at\":\"2024-05-01T10:00:00.123456Z\",\"message_id\":\"msg-1\","
      + "\"message\":{\"id\":\"msg-1\",\"text\":\"hi\",\"priority\":\"high\"},"
      + "\"user\":{\"id\":\"ana\"},\"watcher_count\":3}").getBytes(StandardCharsets.UTF_8);

  private final StreamWebhooks webhooks = new StreamWebhooks(SECRET);

  /** Computed here with the JDK directly, independent of the SDK's HMAC code. */
  private static String sign(byte[] body, String secret) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    StringBuilder hex = new StringBuilder();
    for (byte b : mac.doFinal(body)) {
      hex.append(String.format(Locale.ROOT, "%02x", b));
    }
    return hex.toString();
  }

  @Test
  void acceptsTheSignatureOfTheExactBody() throws Exception {
    String signature = sign(BODY, SECRET);
    assertThat(webhooks.verifySignature(BODY, signature)).isTrue();
    assertThat(webhooks.verifySignature(BODY, signature.toUpperCase(Locale.ROOT))).isTrue();
    assertThat(webhooks.verifySignature(new String(BODY, StandardCharsets.UTF_8), " " + signature + "\n")).isTrue();
  }

  @Test
  void rejectsChangedBodiesOtherSecretsAndMalformedSignatures() throws Exception {
    String signature = sign(BODY, SECRET);
    byte[] changed = BODY.clone();
    changed[10] ^= 1;
    assertThat(webhooks.verifySignature(changed, signature)).isFalse();
    assertThat(webhooks.verifySignature(BODY, sign(BODY, "other-secret"))).isFalse();
    assertThat(webhooks.verifySignature(BODY, null)).isFalse();
    assertThat(webhooks.verifySignature(BODY, "")).isFalse();
    assertThat(webhooks.verifySignature(BODY, signature.substring(2))).isFalse();
    assertThat(webhooks.verifySignature(BODY, "zz" + signature.substring(2))).isFalse();
    assertThat(webhooks.verifySignature(BODY, signature + "00")).isFalse();
  }

  @Test
  void parsesTypeFieldsAndTheWholeTree() throws Exception {
    WebhookEvent event = webhooks.verifyAndParse(BODY, sign(BODY, SECRET));

    assertThat(event.getType()).isEqualTo("message.new");
    assertThat(event.getCid()).contains("messaging:general");
    assertThat(event.getCreatedAt()).contains(Instant.parse("2024-05-01T10:00:00.123456Z"));
    assertThat(event.getPayload().get("watcher_count").asInt()).isEqualTo(3);
    Message message = event.getMessage().orElseThrow();
    assertThat(message.getId()).isEqualTo("msg-1");
    assertThat(message.getText()).isEqualTo("hi");
    assertThat(message.getAdditionalProperties()).containsEntry("priority", "high");
    @SuppressWarnings("unchecked")
    Map<String, Object> user = event.get("user", Map.class).orElseThrow();
    assertThat(user).containsEntry("id", "ana");
    assertThat(event.get("missing", String.class)).isEmpty();
    assertThat(event.toString()).contains("message.new");
  }

  @Test
  void payloadCopyCannotChangeTheEvent() {
    WebhookEvent event = webhooks.parse(BODY);
    ((com.fasterxml.jackson.databind.node.ObjectNode) event.getPayload()).put("type", "changed");
    assertThat(event.getType()).isEqualTo("message.new");
  }

  @Test
  void verifyAndParseRefusesBadSignatures() {
    assertThatThrownBy(() -> webhooks.verifyAndParse(BODY, "00"))
        .isInstanceOf(WebhookSignatureException.class)
        .message().doesNotContain(SECRET);
  }

  @Test
  void unknownEventTypesAndOddBodies() {
    WebhookEvent event = webhooks.parse("{\"type\":\"brand.new.event\",\"x\":1}".getBytes(StandardCharsets.UTF_8));
    assertThat(event.getType()).isEqualTo("brand.new.event");
    assertThat(event.getMessage()).isEmpty();
    assertThat(webhooks.parse("{}".getBytes(StandardCharsets.UTF_8)).getType()).isEmpty();
    assertThatThrownBy(() -> webhooks.parse("[1]".getBytes(StandardCharsets.UTF_8))).isInstanceOf(ChatException.class);
    assertThatThrownBy(() -> webhooks.parse("not json".getBytes(StandardCharsets.UTF_8))).isInstanceOf(ChatException.class);
  }

  @Test
  void clientWebhooksUseTheClientSecret() throws Exception {
    try (StreamChatClient client = StreamChatClient.builder().apiKey("k").apiSecret(SECRET).build()) {
      assertThat(client.webhooks().verifySignature(BODY, sign(BODY, SECRET))).isTrue();
    }
    assertThat(webhooks.toString()).doesNotContain(SECRET);
  }
}
