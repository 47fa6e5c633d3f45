package dev.chatsdk.googlechat;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.api.client.json.webtoken.JsonWebSignature;
import com.google.auth.oauth2.TokenVerifier;
import dev.chatsdk.core.json.ChatJson;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.Certificate;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Google Auth Library's {@link TokenVerifier} on this module's runtime classpath (the trimmed one,
 * see the pom): tokens signed here with freshly generated RSA keys, their public halves served from
 * WireMock as an X.509 certificate map (the form Google publishes for Chat's signing account) and as
 * a JWK set, fetched by the library over HTTP and verified.
 */
class TokenVerifierTest extends WireMockSupport {
  private static final String ISSUER = "chat@system.gserviceaccount.com";
  private static final String AUDIENCE = "123456789012";
  private static final Base64.Encoder B64URL = Base64.getUrlEncoder().withoutPadding();

  private static PrivateKey certKey;
  private static String certPem;
  private static KeyPair jwkKeys;

  /** A self-signed certificate and its key, made by the JDK's keytool (the JDK has no API for it). */
  @BeforeAll
  static void generateKeys(@TempDir Path dir) throws Exception {
    Path store = dir.resolve("signer.p12");
    String keytool = Paths.get(System.getProperty("java.home"), "bin", "keytool").toString();
    Process p = new ProcessBuilder(keytool, "-genkeypair", "-alias", "signer", "-keyalg", "RSA", "-keysize", "2048",
        "-sigalg", "SHA256withRSA", "-dname", "CN=chatsdk-test-signer", "-validity", "2", "-storetype", "PKCS12",
        "-keystore", store.toString(), "-storepass", "changeit", "-keypass", "changeit")
        .redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as("keytool: %s", out).isZero();
    KeyStore ks = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(store)) {
      ks.load(in, "changeit".toCharArray());
    }
    certKey = (PrivateKey) ks.getKey("signer", "changeit".toCharArray());
    Certificate cert = ks.getCertificate("signer");
    certPem = "-----BEGIN CERTIFICATE-----\n"
        + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(cert.getEncoded())
        + "\n-----END CERTIFICATE-----\n";

    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    jwkKeys = generator.generateKeyPair();
  }

  private static String jwt(PrivateKey key, String kid, String audience, long expiresInSeconds) throws Exception {
    long now = System.currentTimeMillis() / 1000;
    Map<String, Object> header = new LinkedHashMap<>();
    header.put("alg", "RS256");
    header.put("kid", kid);
    header.put("typ", "JWT");
    Map<String, Object> claims = new LinkedHashMap<>();
    claims.put("iss", ISSUER);
    claims.put("aud", audience);
    claims.put("iat", now);
    claims.put("exp", now + expiresInSeconds);
    String signingInput = B64URL.encodeToString(ChatJson.toBytes(header)) + "." + B64URL.encodeToString(ChatJson.toBytes(claims));
    Signature rs256 = Signature.getInstance("SHA256withRSA");
    rs256.initSign(key);
    rs256.update(signingInput.getBytes(StandardCharsets.US_ASCII));
    return signingInput + "." + B64URL.encodeToString(rs256.sign());
  }

  private static TokenVerifier verifier(String certsPath) {
    return TokenVerifier.newBuilder()
        .setAudience(AUDIENCE)
        .setIssuer(ISSUER)
        .setCertificatesLocation(wm.baseUrl() + certsPath)
        .build();
  }

  private static void serveCertificate() {
    wm.stubFor(get(urlPathEqualTo("/x509")).willReturn(okJson(new String(ChatJson.toBytes(Map.of("cert-1", certPem)),
        StandardCharsets.UTF_8))));
  }

  private static String unsigned(BigInteger value) {
    byte[] bytes = value.toByteArray();
    int skip = bytes.length > 1 && bytes[0] == 0 ? 1 : 0; // JWK wants the magnitude without a sign byte
    return B64URL.encodeToString(java.util.Arrays.copyOfRange(bytes, skip, bytes.length));
  }

  @Test
  void aTokenSignedWithTheCertifiedKeyVerifies() throws Exception {
    serveCertificate();
    JsonWebSignature verified = verifier("/x509").verify(jwt(certKey, "cert-1", AUDIENCE, 3600));

    assertThat(verified.getPayload().getIssuer()).isEqualTo(ISSUER);
    assertThat(verified.getPayload().getAudienceAsList()).containsExactly(AUDIENCE);
    assertThat(verified.getHeader().getKeyId()).isEqualTo("cert-1");
    assertThat(wm.findAll(getRequestedFor(urlPathEqualTo("/x509")))).hasSize(1);
  }

  @Test
  void aTokenFromAnotherKeyAWrongAudienceOrAnExpiredTokenIsRejected() throws Exception {
    serveCertificate();
    TokenVerifier verifier = verifier("/x509");
    assertThatThrownBy(() -> verifier.verify(jwt(jwkKeys.getPrivate(), "cert-1", AUDIENCE, 3600)))
        .isInstanceOf(TokenVerifier.VerificationException.class).hasMessageContaining("signature");
    assertThatThrownBy(() -> verifier.verify(jwt(certKey, "cert-1", "someone-else", 3600)))
        .isInstanceOf(TokenVerifier.VerificationException.class).hasMessageContaining("audience");
    assertThatThrownBy(() -> verifier.verify(jwt(certKey, "cert-1", AUDIENCE, -600)))
        .isInstanceOf(TokenVerifier.VerificationException.class).hasMessageContaining("expired");
    assertThatThrownBy(() -> verifier.verify(jwt(certKey, "unknown-kid", AUDIENCE, 3600)))
        .isInstanceOf(TokenVerifier.VerificationException.class);
  }

  @Test
  void aJwkSetIsReadToo() throws Exception {
    RSAPublicKey pub = (RSAPublicKey) jwkKeys.getPublic();
    Map<String, String> jwk = new LinkedHashMap<>();
    jwk.put("kty", "RSA");
    jwk.put("alg", "RS256");
    jwk.put("use", "sig");
    jwk.put("kid", "jwk-1");
    jwk.put("n", unsigned(pub.getModulus()));
    jwk.put("e", unsigned(pub.getPublicExponent()));
    wm.stubFor(get(urlPathEqualTo("/jwks")).willReturn(okJson(new String(
        ChatJson.toBytes(Map.of("keys", List.of(jwk))), StandardCharsets.UTF_8))));

    JsonWebSignature verified = verifier("/jwks").verify(jwt(jwkKeys.getPrivate(), "jwk-1", AUDIENCE, 3600));
    assertThat(verified.getPayload().getIssuer()).isEqualTo(ISSUER);
    assertThatThrownBy(() -> verifier("/jwks").verify(jwt(certKey, "jwk-1", AUDIENCE, 3600)))
        .isInstanceOf(TokenVerifier.VerificationException.class);
  }
}
