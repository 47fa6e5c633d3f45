package dev.chatsdk.testing.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;

/** Verifies HS256 JWTs the way Stream does: signature against the app secret, then the claims. */
public final class StreamJwt {
  /** Who a verified token speaks for. */
  public static final class Identity {
    private final boolean server;
    private final @Nullable String userId;

    Identity(boolean server, @Nullable String userId) {
      this.server = server;
      this.userId = userId;
    }

    /**
     * Whether the token is a server-side token.
     *
     * @return true for a token with {@code server: true}, which may act as any user
     */
    public boolean isServer() {
      return server;
    }

    /**
     * The user a user token acts as.
     *
     * @return the {@code user_id} claim, or null for a server token
     */
    public @Nullable String userId() {
      return userId;
    }
  }

  private final byte[] secret;

  /**
   * A verifier and signer for one app secret.
   *
   * @param secret the Stream API secret; its UTF-8 bytes are the HMAC key
   */
  public StreamJwt(String secret) {
    this.secret = secret.getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Verifies the token; throws a 401 {@link EmulatorError} (never quoting the token) when it is bad.
   *
   * @param token the compact JWT from the {@code Authorization} header
   * @param nowEpochSeconds the current time in seconds since the epoch, for {@code exp} and
   *     {@code nbf} (which gets 5 seconds of leeway)
   * @return who the token speaks for: the server, or one user
   * @throws EmulatorError a 401 if the token is malformed, not HS256, wrongly signed, expired,
   *     not yet valid, or has neither {@code server: true} nor a {@code user_id}
   */
  public Identity verify(String token, long nowEpochSeconds) {
    String[] parts = token.split("\\.", -1);
    if (parts.length != 3) {
      throw EmulatorError.of(401, "JWTAuth error: token is malformed (expected three dot-separated parts)");
    }
    JsonNode header = decodeJson(parts[0], "header");
    if (!"HS256".equals(Json.text(header, "alg"))) {
      throw EmulatorError.of(401, "JWTAuth error: token must be signed with HS256");
    }
    byte[] expected = sign((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
    byte[] actual;
    try {
      actual = Base64.getUrlDecoder().decode(parts[2]);
    } catch (IllegalArgumentException e) {
      throw EmulatorError.of(401, "JWTAuth error: signature is not base64url");
    }
    if (!MessageDigest.isEqual(expected, actual)) {
      throw EmulatorError.of(401, "43", "JWTAuth error: signature is not valid. Make sure the token is created using the secret for this API key");
    }
    JsonNode claims = decodeJson(parts[1], "payload");
    JsonNode exp = claims.get("exp");
    if (exp != null && exp.isNumber() && exp.asLong() < nowEpochSeconds) {
      throw EmulatorError.of(401, "40", "JWTAuth error: token has expired");
    }
    JsonNode nbf = claims.get("nbf");
    if (nbf != null && nbf.isNumber() && nbf.asLong() > nowEpochSeconds + 5) {
      throw EmulatorError.of(401, "41", "JWTAuth error: token is not valid yet");
    }
    JsonNode server = claims.get("server");
    if (server != null && server.asBoolean(false)) {
      return new Identity(true, null);
    }
    String userId = Json.text(claims, "user_id");
    if (userId == null || userId.isEmpty()) {
      throw EmulatorError.of(401, "JWTAuth error: token has neither server: true nor a user_id claim");
    }
    return new Identity(false, userId);
  }

  /**
   * HMAC-SHA256 of data with the app secret.
   *
   * @param data the bytes to sign, for a JWT the ASCII {@code header.payload}
   * @return the 32-byte MAC
   * @throws IllegalStateException if the JVM has no HmacSHA256
   */
  public byte[] sign(byte[] data) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret, "HmacSHA256"));
      return mac.doFinal(data);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }

  private static ObjectNode decodeJson(String part, String what) {
    byte[] bytes;
    try {
      bytes = Base64.getUrlDecoder().decode(part);
    } catch (IllegalArgumentException e) {
      throw EmulatorError.of(401, "JWTAuth error: token " + what + " is not base64url");
    }
    try {
      return Json.parseObject(bytes, "token " + what);
    } catch (EmulatorError e) {
      throw EmulatorError.of(401, "JWTAuth error: token " + what + " is not a JSON object");
    }
  }
}
