package dev.chatsdk.stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.chatsdk.core.ChatException;
import dev.chatsdk.core.Require;
import dev.chatsdk.core.json.ChatJson;
import dev.chatsdk.stream.internal.Hs256;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.jspecify.annotations.Nullable;

/**
 * Checks and reads the webhook calls Stream makes to your server. Stream signs each request body
 * with the app's API secret (HMAC-SHA256) and sends the lower-case hex digest in the {@code
 * X-Signature} header. Verify against the raw body bytes exactly as received, before any JSON
 * parsing or re-encoding.
 *
 * <pre>{@code
 * StreamWebhooks webhooks = client.webhooks();          // or new StreamWebhooks(apiSecret)
 * WebhookEvent event = webhooks.verifyAndParse(body, request.getHeader("X-Signature"));
 * if (event.getType().equals("message.new")) { ... }
 * }</pre>
 *
 * <p>Immutable and thread-safe; {@link #toString()} never shows the secret.
 */
public final class StreamWebhooks {
  private static final ObjectReader TREE = ChatJson.reader(JsonNode.class);

  private final Hs256 hmac;

  /** A verifier for the app whose API secret is {@code apiSecret}. Needs no HTTP client. */
  public StreamWebhooks(String apiSecret) {
    this.hmac = new Hs256(Require.nonBlank(apiSecret, "apiSecret"));
  }

  /**
   * Whether {@code xSignature} is the HMAC-SHA256 (hex, either case) of {@code body} under the API
   * secret. Compares in constant time. A null, blank or malformed signature is simply invalid.
   */
  public boolean verifySignature(byte[] body, @Nullable String xSignature) {
    Require.nonNull(body, "body");
    if (xSignature == null) {
      return false;
    }
    byte[] given = decodeHex(xSignature.trim());
    byte[] expected = hmac.mac(body);
    // isEqual is constant-time for arrays of equal length; a wrong length reveals nothing useful.
    return given != null && MessageDigest.isEqual(expected, given);
  }

  /** Same as {@link #verifySignature(byte[], String)} for a body already held as text (UTF-8). */
  public boolean verifySignature(String body, @Nullable String xSignature) {
    return verifySignature(Require.nonNull(body, "body").getBytes(StandardCharsets.UTF_8), xSignature);
  }

  /**
   * Parses a webhook body into an event without checking its signature (use when the signature was
   * checked elsewhere, or in tests).
   *
   * @throws ChatException when the body is not a JSON object
   */
  public WebhookEvent parse(byte[] body) {
    Require.nonNull(body, "body");
    JsonNode tree;
    try {
      tree = TREE.readTree(body);
    } catch (IOException e) {
      throw new ChatException("webhook body is not valid JSON: " + e.getClass().getSimpleName(), e);
    }
    if (tree == null || !tree.isObject()) {
      throw new ChatException("webhook body must be a JSON object");
    }
    return new WebhookEvent(tree);
  }

  /**
   * Verifies the signature, then parses the body.
   *
   * @throws WebhookSignatureException when the signature does not match
   * @throws ChatException when the body is not a JSON object
   */
  public WebhookEvent verifyAndParse(byte[] body, @Nullable String xSignature) {
    if (!verifySignature(body, xSignature)) {
      throw new WebhookSignatureException();
    }
    return parse(body);
  }

  private static byte @Nullable [] decodeHex(String hex) {
    if (hex.isEmpty() || hex.length() % 2 != 0) {
      return null;
    }
    byte[] out = new byte[hex.length() / 2];
    for (int i = 0; i < out.length; i++) {
      int hi = Character.digit(hex.charAt(2 * i), 16);
      int lo = Character.digit(hex.charAt(2 * i + 1), 16);
      if (hi < 0 || lo < 0) {
        return null;
      }
      out[i] = (byte) ((hi << 4) | lo);
    }
    return out;
  }

  @Override
  public String toString() {
    return "StreamWebhooks{apiSecret=***}";
  }
}
