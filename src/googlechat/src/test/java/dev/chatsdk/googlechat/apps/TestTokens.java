package dev.chatsdk.googlechat.apps;

import dev.chatsdk.core.json.ChatJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Test keys (resources apps/key-*.pem, apps/cert-*.pem) and a minimal JWT signer for them. */
final class TestTokens {
  private TestTokens() {}

  static String resource(String name) {
    try (InputStream in = TestTokens.class.getResourceAsStream("/apps/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static PrivateKey privateKey(String name) throws GeneralSecurityException {
    String pem = resource(name).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
    return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
  }

  /** {"kid": "<cert PEM>", ...}: the format of Google's x509 certificate documents. */
  static String certificates(String... kidAndCertName) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < kidAndCertName.length; i += 2) {
      m.put(kidAndCertName[i], resource(kidAndCertName[i + 1]));
    }
    return ChatJson.toJson(m);
  }

  static String b64(String s) {
    return b64(s.getBytes(StandardCharsets.UTF_8));
  }

  static String b64(byte[] b) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
  }

  static String rs256(PrivateKey key, String kid, Map<String, ?> claims) throws GeneralSecurityException {
    String signingInput = b64("{\"alg\":\"RS256\",\"kid\":\"" + kid + "\",\"typ\":\"JWT\"}") + "."
        + b64(ChatJson.toJson(claims));
    Signature s = Signature.getInstance("SHA256withRSA");
    s.initSign(key);
    s.update(signingInput.getBytes(StandardCharsets.US_ASCII));
    return signingInput + "." + b64(s.sign());
  }

  static String hs256(byte[] secret, String kid, Map<String, ?> claims) throws GeneralSecurityException {
    String signingInput = b64("{\"alg\":\"HS256\",\"kid\":\"" + kid + "\",\"typ\":\"JWT\"}") + "."
        + b64(ChatJson.toJson(claims));
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(secret, "HmacSHA256"));
    return signingInput + "." + b64(mac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII)));
  }
}
