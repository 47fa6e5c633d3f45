package dev.chatsdk.stream;

import dev.chatsdk.core.ChatException;
import dev.chatsdk.core.Require;
import dev.chatsdk.stream.internal.Hs256;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.jspecify.annotations.Nullable;

/**
 * Checks and reads the events Stream sends to your backend. Stream signs each HTTP webhook body
 * with the app's API secret (HMAC-SHA256) and sends the lower-case hex digest in the {@code
 * X-Signature} header. Verify against the raw body bytes exactly as received, before any JSON
 * parsing or re-encoding. When compression is enabled for the app, the body is gzip (detected here
 * by its magic bytes, whatever the {@code Content-Encoding} header says) and the signature is over
 * the decompressed JSON.
 *
 * <pre>{@code
 * StreamWebhooks webhooks = new StreamWebhooks(apiSecret);
 * StreamEvent event = webhooks.verifyAndParseEvent(body, request.getHeader("X-Signature"));
 * if (event instanceof MessageNewEvent) { ... }
 * }</pre>
 *
 * <p>Events delivered through Amazon SQS or SNS are read with {@link #parseSqs(String)} and {@link
 * #parseSns(String)}. Stream does not sign queue messages: trust in them comes from the queue's or
 * topic's access policy (only Stream's AWS principal may send), so there is nothing to verify here.
 *
 * <p>{@link #verifyAndParse(byte[], String)} and {@link WebhookEvent}, the untyped view of earlier
 * versions, remain and accept compressed bodies too.
 *
 * <p>Immutable and thread-safe; {@link #toString()} never shows the secret.
 */
public final class StreamWebhooks {
  private final Hs256 hmac;

  /**
   * A verifier for the app whose API secret is {@code apiSecret}. Needs no HTTP client.
   *
   * @param apiSecret the app's API secret, the key of the webhook HMAC; not blank
   * @throws NullPointerException when {@code apiSecret} is null
   * @throws IllegalArgumentException when {@code apiSecret} is blank
   */
  public StreamWebhooks(String apiSecret) {
    this.hmac = new Hs256(Require.nonBlank(apiSecret, "apiSecret"));
  }

  /**
   * Whether {@code xSignature} is the HMAC-SHA256 (hex, either case) of {@code body} under the API
   * secret; a gzip body is checked by its decompressed JSON. Compares in constant time. A null,
   * blank or malformed signature is simply invalid.
   *
   * @param body the raw request body, exactly as received (JSON or gzip)
   * @param xSignature the value of the {@code X-Signature} header, or null when it was absent
   * @return true when the signature matches the body, false otherwise
   * @throws WebhookPayloadException when the body looks like gzip but does not decompress
   */
  public boolean verifySignature(byte[] body, @Nullable String xSignature) {
    Require.nonNull(body, "body");
    return signatureMatches(WebhookPayloads.httpBody(body), xSignature);
  }

  private boolean signatureMatches(byte[] json, @Nullable String xSignature) {
    if (xSignature == null) {
      return false;
    }
    byte[] given = decodeHex(xSignature.trim());
    byte[] expected = hmac.mac(json);
    // isEqual is constant-time for arrays of equal length; a wrong length reveals nothing useful.
    return given != null && MessageDigest.isEqual(expected, given);
  }

  /**
   * Same as {@link #verifySignature(byte[], String)} for a body already held as text (UTF-8).
   *
   * @param body the request body as text; it is encoded as UTF-8 before checking
   * @param xSignature the value of the {@code X-Signature} header, or null when it was absent
   * @return true when the signature matches the body, false otherwise
   */
  public boolean verifySignature(String body, @Nullable String xSignature) {
    return verifySignature(Require.nonNull(body, "body").getBytes(StandardCharsets.UTF_8), xSignature);
  }

  /**
   * Parses a webhook body into an event without checking its signature (use when the signature was
   * checked elsewhere, or in tests).
   *
   * @param body the raw request body (JSON or gzip)
   * @return the untyped event view of the body
   * @throws ChatException when the body is not a JSON object
   */
  public WebhookEvent parse(byte[] body) {
    Require.nonNull(body, "body");
    return new WebhookEvent(WebhookPayloads.tree(WebhookPayloads.httpBody(body)));
  }

  /**
   * Verifies the signature, then parses the body.
   *
   * @param body the raw request body, exactly as received (JSON or gzip)
   * @param xSignature the value of the {@code X-Signature} header, or null when it was absent
   * @return the untyped event view of the verified body
   * @throws WebhookSignatureException when the signature does not match
   * @throws ChatException when the body is not a JSON object
   */
  public WebhookEvent verifyAndParse(byte[] body, @Nullable String xSignature) {
    if (!verifySignature(body, xSignature)) {
      throw new WebhookSignatureException();
    }
    return parse(body);
  }

  /**
   * Verifies an HTTP webhook's signature over its (decompressed) body, then decodes the typed event:
   * the generated class of its type, or the generic {@link dev.chatsdk.stream.model.Event}.
   *
   * @param body the raw request body, exactly as received (JSON or gzip)
   * @param xSignature the value of the {@code X-Signature} header, or null when it was absent
   * @return the typed event; never null
   * @throws WebhookSignatureException when the signature does not match (answer 401)
   * @throws WebhookPayloadException when the body is not an event
   */
  public StreamEvent verifyAndParseEvent(byte[] body, @Nullable String xSignature) {
    byte[] json = WebhookPayloads.httpBody(Require.nonNull(body, "body"));
    if (!signatureMatches(json, xSignature)) {
      throw new WebhookSignatureException();
    }
    return WebhookPayloads.event(WebhookPayloads.tree(json));
  }

  /**
   * Decodes an HTTP webhook body (JSON or gzip) into a typed event without checking a signature
   * (for bodies verified elsewhere, and tests).
   *
   * @param body the raw request body (JSON or gzip)
   * @return the typed event; never null
   * @throws WebhookPayloadException when the body is not an event
   */
  public static StreamEvent parseEvent(byte[] body) {
    Require.nonNull(body, "body");
    return WebhookPayloads.event(WebhookPayloads.tree(WebhookPayloads.httpBody(body)));
  }

  /**
   * Decodes the body of an SQS message Stream sent: base64 of the event JSON, gzip-compressed when
   * compression is on (a body that is plain JSON is accepted too). Queue messages carry no
   * signature; rely on the queue's access policy.
   *
   * @param messageBody the SQS message's body as delivered (base64, or plain JSON)
   * @return the typed event; never null
   * @throws WebhookPayloadException when the body is not an event
   */
  public static StreamEvent parseSqs(String messageBody) {
    Require.nonNull(messageBody, "messageBody");
    return WebhookPayloads.event(WebhookPayloads.tree(WebhookPayloads.sqsBody(messageBody)));
  }

  /**
   * Decodes an SNS delivery: the HTTP notification envelope as posted to a subscribed endpoint
   * (JSON with {@code Type}, {@code TopicArn}, {@code Message}, ...), or its {@code Message}
   * already taken out; the message is read like an SQS body. Check the envelope's AWS signature or
   * rely on your subscription's delivery policy; Stream adds no signature of its own.
   *
   * @param notification the SNS notification envelope as JSON text, or its {@code Message} alone
   * @return the typed event; never null
   * @throws WebhookPayloadException when the notification carries no event
   */
  public static StreamEvent parseSns(String notification) {
    Require.nonNull(notification, "notification");
    return WebhookPayloads.event(WebhookPayloads.tree(WebhookPayloads.snsBody(notification)));
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
