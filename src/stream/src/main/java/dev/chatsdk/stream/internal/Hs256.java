package dev.chatsdk.stream.internal;

import dev.chatsdk.core.json.ChatJson;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256 helpers: compact JWTs signed with HS256 (RFC 7519 / RFC 7515) and the hex digest
 * Stream puts in webhook {@code X-Signature} headers. Built on {@link Mac} only, so the SDK needs no
 * JWT library. Instances hold the key and are thread-safe (a new {@link Mac} per signature).
 */
public final class Hs256 {
  private static final String ALGORITHM = "HmacSHA256";
  private static final byte[] HEADER = "{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8);
  private static final Base64.Encoder B64URL = Base64.getUrlEncoder().withoutPadding();
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private final SecretKeySpec key;

  /**
   * A signer keyed with the UTF-8 bytes of {@code secret}.
   *
   * @param secret the shared secret, typically the app's API secret; must not be empty
   * @throws IllegalArgumentException when {@code secret} is empty
   */
  public Hs256(String secret) {
    this(secret.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * A signer keyed with raw key bytes.
   *
   * @param key the HMAC key; must not be empty
   * @throws IllegalArgumentException when {@code key} is empty
   */
  public Hs256(byte[] key) {
    if (key.length == 0) {
      throw new IllegalArgumentException("the signing key must not be empty");
    }
    this.key = new SecretKeySpec(key, ALGORITHM);
  }

  /**
   * A compact JWT with header {@code {"alg":"HS256","typ":"JWT"}} and the given claims, in order.
   *
   * @param claims the payload's claims, serialized as JSON in iteration order
   * @return the signed token, {@code header.payload.signature} in base64url without padding
   */
  public String token(Map<String, ?> claims) {
    return token(HEADER, ChatJson.toBytes(claims));
  }

  /**
   * A compact JWT from exact header and payload bytes: {@code b64url(header) + "." + b64url(payload)
   * + "." + b64url(HMAC-SHA256(key, first two parts))}.
   *
   * @param headerJson the JWT header, as the exact JSON bytes to encode
   * @param payloadJson the JWT payload, as the exact JSON bytes to encode
   * @return the signed token, {@code header.payload.signature} in base64url without padding
   */
  public String token(byte[] headerJson, byte[] payloadJson) {
    String signingInput = B64URL.encodeToString(headerJson) + '.' + B64URL.encodeToString(payloadJson);
    byte[] signature = mac(signingInput.getBytes(StandardCharsets.US_ASCII));
    return signingInput + '.' + B64URL.encodeToString(signature);
  }

  /**
   * HMAC-SHA256 of {@code data}.
   *
   * @param data the bytes to authenticate
   * @return the 32-byte MAC
   * @throws IllegalStateException when the runtime provides no HmacSHA256 (a broken JCA set-up)
   */
  public byte[] mac(byte[] data) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      return mac.doFinal(data);
    } catch (GeneralSecurityException e) {
      // Every Java runtime must provide HmacSHA256; reaching this means a broken JCA set-up.
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }

  /**
   * Lower-case hex of HMAC-SHA256 of {@code data}.
   *
   * @param data the bytes to authenticate
   * @return the MAC as 64 lower-case hex digits
   * @throws IllegalStateException when the runtime provides no HmacSHA256 (a broken JCA set-up)
   */
  public String macHex(byte[] data) {
    byte[] mac = mac(data);
    char[] out = new char[mac.length * 2];
    for (int i = 0; i < mac.length; i++) {
      out[2 * i] = HEX[(mac[i] >> 4) & 0xf];
      out[2 * i + 1] = HEX[mac[i] & 0xf];
    }
    return new String(out);
  }

  /** Never shows the key. */
  @Override
  public String toString() {
    return "Hs256{key=***}";
  }
}
