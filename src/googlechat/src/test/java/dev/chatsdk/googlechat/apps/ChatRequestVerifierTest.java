package dev.chatsdk.googlechat.apps;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.chatsdk.googlechat.apps.ChatVerificationException.Reason;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The verification matrix of issue 10: every case is asserted with its reason. */
class ChatRequestVerifierTest {
  private static final String ENDPOINT = "https://example.com/chat/events";
  private static final String PROJECT = "1234567890";
  private static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");

  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private final AtomicReference<Instant> now = new AtomicReference<>(NOW);
  private final Clock clock = new Clock() {
    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now.get();
    }
  };

  private PrivateKey keyA;
  private PrivateKey keyB;

  @BeforeEach
  void serveCertificates() throws GeneralSecurityException {
    keyA = TestTokens.privateKey("key-a.pem");
    keyB = TestTokens.privateKey("key-b.pem");
    wm.stubFor(get("/x509/chat").willReturn(okJson(TestTokens.certificates("ka", "cert-a.pem"))
        .withHeader("Cache-Control", "public, max-age=3600")));
    wm.stubFor(get("/oauth2/v1/certs").willReturn(okJson(TestTokens.certificates("ka", "cert-a.pem"))));
  }

  private ChatRequestVerifier idTokenVerifier() {
    return ChatRequestVerifier.forEndpointUrl(ENDPOINT).certificatesUrl(wm.baseUrl() + "/oauth2/v1/certs")
        .clock(clock).build();
  }

  private ChatRequestVerifier projectVerifier() {
    return ChatRequestVerifier.forProjectNumber(PROJECT).certificatesUrl(wm.baseUrl() + "/x509/chat")
        .clock(clock).build();
  }

  private static Map<String, Object> idClaims() {
    Map<String, Object> c = new HashMap<>();
    c.put("iss", "https://accounts.google.com");
    c.put("aud", ENDPOINT);
    c.put("sub", "1234");
    c.put("email", ChatRequestVerifier.CHAT_SERVICE_ACCOUNT);
    c.put("email_verified", true);
    c.put("iat", NOW.getEpochSecond() - 10);
    c.put("exp", NOW.getEpochSecond() + 3590);
    return c;
  }

  private static Map<String, Object> projectClaims() {
    Map<String, Object> c = new HashMap<>();
    c.put("iss", ChatRequestVerifier.CHAT_SERVICE_ACCOUNT);
    c.put("aud", PROJECT);
    c.put("iat", NOW.getEpochSecond() - 10);
    c.put("exp", NOW.getEpochSecond() + 3590);
    return c;
  }

  private String signA(Map<String, Object> claims) throws GeneralSecurityException {
    return TestTokens.rs256(keyA, "ka", claims);
  }

  /** Asserts the rejection's reason and that its message does not leak the token. */
  private static void rejected(ChatRequestVerifier v, String header, Reason reason) {
    ChatVerificationException e = catchThrowableOfType(() -> v.verify(header), ChatVerificationException.class);
    assertThat(e).as("rejected: " + reason).isNotNull();
    assertThat(e.getReason()).isEqualTo(reason);
    if (header != null && header.length() > 12) {
      String token = header.substring(7);
      assertThat(e.getMessage()).doesNotContain(token);
      for (String part : token.split("\\.")) {
        if (part.length() > 8) {
          assertThat(e.getMessage()).doesNotContain(part);
        }
      }
      assertThat(String.valueOf(e.getCause())).doesNotContain(token);
    }
  }

  @Test
  void validIdTokenIsAccepted() throws Exception {
    assertThatCode(() -> idTokenVerifier().verify("Bearer " + signA(idClaims()))).doesNotThrowAnyException();
    Map<String, Object> plainIssuer = idClaims();
    plainIssuer.put("iss", "accounts.google.com");
    assertThatCode(() -> idTokenVerifier().verify("bearer " + signA(plainIssuer))).doesNotThrowAnyException();
  }

  @Test
  void validProjectNumberTokenIsAccepted() throws Exception {
    assertThatCode(() -> projectVerifier().verify("Bearer " + signA(projectClaims()))).doesNotThrowAnyException();
  }

  @Test
  void wrongAudienceIsRejected() throws Exception {
    Map<String, Object> id = idClaims();
    id.put("aud", "https://example.com/other");
    rejected(idTokenVerifier(), "Bearer " + signA(id), Reason.WRONG_AUDIENCE);
    Map<String, Object> p = projectClaims();
    p.put("aud", "999");
    rejected(projectVerifier(), "Bearer " + signA(p), Reason.WRONG_AUDIENCE);
    // A valid ID token is not accepted by a project-number verifier and vice versa.
    rejected(projectVerifier(), "Bearer " + signA(idClaims()), Reason.WRONG_ISSUER);
  }

  @Test
  void addOnServiceAccountIsAcceptedOnlyWhenConfigured() throws Exception {
    String addOn = "service-1234567890@gcp-sa-gsuiteaddons.iam.gserviceaccount.com";
    Map<String, Object> c = idClaims();
    c.put("email", addOn);
    String token = "Bearer " + signA(c);
    rejected(idTokenVerifier(), token, Reason.WRONG_EMAIL);
    ChatRequestVerifier v = ChatRequestVerifier.forEndpointUrl(ENDPOINT).expectedEmail(addOn)
        .certificatesUrl(wm.baseUrl() + "/oauth2/v1/certs").clock(clock).build();
    assertThatCode(() -> v.verify(token)).doesNotThrowAnyException();
    rejected(v, "Bearer " + signA(idClaims()), Reason.WRONG_EMAIL);
  }

  @Test
  void wrongIssuerIsRejected() throws Exception {
    Map<String, Object> id = idClaims();
    id.put("iss", "https://evil.example.com");
    rejected(idTokenVerifier(), "Bearer " + signA(id), Reason.WRONG_ISSUER);
    Map<String, Object> p = projectClaims();
    p.put("iss", "someone@system.gserviceaccount.com");
    rejected(projectVerifier(), "Bearer " + signA(p), Reason.WRONG_ISSUER);
  }

  @Test
  void wrongOrUnverifiedEmailIsRejected() throws Exception {
    Map<String, Object> other = idClaims();
    other.put("email", "someone@example.com");
    rejected(idTokenVerifier(), "Bearer " + signA(other), Reason.WRONG_EMAIL);
    Map<String, Object> unverified = idClaims();
    unverified.put("email_verified", false);
    rejected(idTokenVerifier(), "Bearer " + signA(unverified), Reason.WRONG_EMAIL);
    Map<String, Object> missing = idClaims();
    missing.remove("email_verified");
    rejected(idTokenVerifier(), "Bearer " + signA(missing), Reason.WRONG_EMAIL);
  }

  @Test
  void expiredTokensAreRejectedBeyondTheSkewOnly() throws Exception {
    Map<String, Object> c = projectClaims();
    c.put("iat", NOW.getEpochSecond() - 3600);
    c.put("exp", NOW.getEpochSecond() - 60);
    String withinSkew = "Bearer " + signA(c);
    assertThatCode(() -> projectVerifier().verify(withinSkew)).doesNotThrowAnyException();
    c.put("exp", NOW.getEpochSecond() - 301);
    rejected(projectVerifier(), "Bearer " + signA(c), Reason.EXPIRED);
    ChatRequestVerifier strict = ChatRequestVerifier.forProjectNumber(PROJECT)
        .certificatesUrl(wm.baseUrl() + "/x509/chat").clock(clock).clockSkew(Duration.ZERO).build();
    rejected(strict, withinSkew, Reason.EXPIRED);
  }

  @Test
  void tokensFromTheFutureAreRejected() throws Exception {
    Map<String, Object> c = idClaims();
    c.put("iat", NOW.getEpochSecond() + 600);
    c.put("exp", NOW.getEpochSecond() + 4200);
    rejected(idTokenVerifier(), "Bearer " + signA(c), Reason.NOT_YET_VALID);
    Map<String, Object> nbf = projectClaims();
    nbf.put("nbf", NOW.getEpochSecond() + 600);
    rejected(projectVerifier(), "Bearer " + signA(nbf), Reason.NOT_YET_VALID);
  }

  @Test
  void unknownKeyIdCausesOneRefreshThenRejects() throws Exception {
    ChatRequestVerifier v = projectVerifier();
    v.verify("Bearer " + signA(projectClaims()));
    wm.verify(1, getRequestedFor(urlEqualTo("/x509/chat")));

    now.set(NOW.plusSeconds(60));
    rejected(v, "Bearer " + TestTokens.rs256(keyB, "kb", projectClaims()), Reason.UNKNOWN_KEY);
    wm.verify(2, getRequestedFor(urlEqualTo("/x509/chat")));
    // A second unknown key id right after the refresh does not fetch again.
    rejected(v, "Bearer " + TestTokens.rs256(keyB, "kc", projectClaims()), Reason.UNKNOWN_KEY);
    wm.verify(2, getRequestedFor(urlEqualTo("/x509/chat")));

    // Google rotates in key b: the next unknown-key refresh picks it up.
    wm.stubFor(get("/x509/chat").willReturn(okJson(TestTokens.certificates("ka", "cert-a.pem", "kb", "cert-b.pem"))));
    now.set(NOW.plusSeconds(120));
    v.verify("Bearer " + TestTokens.rs256(keyB, "kb", projectClaims()));
    wm.verify(3, getRequestedFor(urlEqualTo("/x509/chat")));
  }

  @Test
  void keysAreCachedAndRefreshedWhenTheirLifetimeEnds() throws Exception {
    ChatRequestVerifier v = projectVerifier();
    for (int i = 0; i < 3; i++) {
      v.verify("Bearer " + signA(projectClaims()));
    }
    wm.verify(1, getRequestedFor(urlEqualTo("/x509/chat")));
    now.set(NOW.plusSeconds(3601));
    Map<String, Object> c = projectClaims();
    c.put("exp", NOW.getEpochSecond() + 7200);
    v.verify("Bearer " + signA(c));
    wm.verify(2, getRequestedFor(urlEqualTo("/x509/chat")));
  }

  @Test
  void tamperedPayloadIsRejected() throws Exception {
    String[] parts = signA(projectClaims()).split("\\.");
    Map<String, Object> forged = projectClaims();
    forged.put("sub", "admin");
    String tampered = parts[0] + "." + TestTokens.b64(dev.chatsdk.core.json.ChatJson.toJson(forged)) + "." + parts[2];
    rejected(projectVerifier(), "Bearer " + tampered, Reason.BAD_SIGNATURE);
    // Signed by another key under a published key id.
    rejected(projectVerifier(), "Bearer " + TestTokens.rs256(keyB, "ka", projectClaims()), Reason.BAD_SIGNATURE);
    // Signature bytes cut short.
    rejected(projectVerifier(), "Bearer " + parts[0] + "." + parts[1] + "." + parts[2].substring(0, 20),
        Reason.BAD_SIGNATURE);
  }

  @Test
  void algNoneIsRejected() {
    String unsigned = TestTokens.b64("{\"alg\":\"none\",\"kid\":\"ka\"}") + "."
        + TestTokens.b64(dev.chatsdk.core.json.ChatJson.toJson(projectClaims())) + ".";
    rejected(projectVerifier(), "Bearer " + unsigned, Reason.MALFORMED);
    String withJunk = unsigned + "AAAA";
    rejected(projectVerifier(), "Bearer " + withJunk, Reason.UNSUPPORTED_ALGORITHM);
    wm.verify(0, getRequestedFor(urlEqualTo("/x509/chat")));
  }

  @Test
  void hs256SignedWithThePublicKeyIsRejected() throws Exception {
    // The classic key-confusion attack: HMAC keyed with the published certificate's bytes.
    byte[] publicBytes = TestTokens.resource("cert-a.pem").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    rejected(projectVerifier(), "Bearer " + TestTokens.hs256(publicBytes, "ka", projectClaims()),
        Reason.UNSUPPORTED_ALGORITHM);
    wm.verify(0, getRequestedFor(urlEqualTo("/x509/chat")));
  }

  @Test
  void missingOrNonBearerHeaderIsRejected() {
    rejected(projectVerifier(), null, Reason.MISSING_HEADER);
    rejected(projectVerifier(), "", Reason.MISSING_HEADER);
    rejected(projectVerifier(), "Basic dXNlcjpwYXNzd29yZA==", Reason.MISSING_HEADER);
    rejected(projectVerifier(), "Bearer ", Reason.MISSING_HEADER);
  }

  @Test
  void malformedTokensAreRejected() {
    rejected(projectVerifier(), "Bearer not-a-jwt", Reason.MALFORMED);
    rejected(projectVerifier(), "Bearer a.b.c", Reason.MALFORMED);
    rejected(projectVerifier(), "Bearer " + TestTokens.b64("[1]") + "." + TestTokens.b64("{}") + ".sig",
        Reason.MALFORMED);
    String noExpiry = TestTokens.b64("{\"alg\":\"RS256\",\"kid\":\"ka\"}") + "." + TestTokens.b64("{}") + ".c2ln";
    rejected(projectVerifier(), "Bearer " + noExpiry, Reason.MALFORMED);
  }

  @Test
  void unreachableCertificatesAreReported() throws Exception {
    wm.stubFor(get("/x509/chat").willReturn(aResponse().withStatus(500)));
    rejected(projectVerifier(), "Bearer " + signA(projectClaims()), Reason.CERTIFICATES_UNAVAILABLE);
  }

  @Test
  void jsonWebKeySetsAreReadToo() throws Exception {
    java.security.interfaces.RSAPublicKey pub = (java.security.interfaces.RSAPublicKey)
        java.security.cert.CertificateFactory.getInstance("X.509").generateCertificate(
            new java.io.ByteArrayInputStream(TestTokens.resource("cert-a.pem").getBytes(
                java.nio.charset.StandardCharsets.US_ASCII))).getPublicKey();
    String jwks = "{\"keys\":[{\"kty\":\"RSA\",\"alg\":\"RS256\",\"use\":\"sig\",\"kid\":\"ka\",\"n\":\""
        + TestTokens.b64(unsigned(pub.getModulus().toByteArray())) + "\",\"e\":\""
        + TestTokens.b64(unsigned(pub.getPublicExponent().toByteArray())) + "\"}]}";
    wm.stubFor(get("/oauth2/v3/certs").willReturn(okJson(jwks)));
    ChatRequestVerifier v = ChatRequestVerifier.forEndpointUrl(ENDPOINT)
        .certificatesUrl(wm.baseUrl() + "/oauth2/v3/certs").clock(clock).build();
    v.verify("Bearer " + signA(idClaims()));
    rejected(v, "Bearer " + TestTokens.rs256(keyB, "ka", idClaims()), Reason.BAD_SIGNATURE);
  }

  private static byte[] unsigned(byte[] twosComplement) {
    return twosComplement[0] == 0 ? java.util.Arrays.copyOfRange(twosComplement, 1, twosComplement.length)
        : twosComplement;
  }

  @Test
  void settingsAreChecked() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> ChatRequestVerifier.forProjectNumber("my-project"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("projectNumber");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> ChatRequestVerifier.forEndpointUrl(" "))
        .hasMessageContaining("endpointUrl");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> ChatRequestVerifier.forProjectNumber("1")
        .expectedEmail("x@example.com")).isInstanceOf(IllegalStateException.class);
    assertThat(List.of(Reason.values())).contains(Reason.MISSING_HEADER, Reason.WRONG_EMAIL);
  }
}
