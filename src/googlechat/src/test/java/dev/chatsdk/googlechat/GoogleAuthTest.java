package dev.chatsdk.googlechat;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.google.auth.oauth2.CredentialsTestClock;
import com.google.auth.oauth2.GoogleCredentials;
import com.google.auth.oauth2.ServiceAccountCredentials;
import com.google.auth.oauth2.UserCredentials;
import dev.chatsdk.core.UnauthorizedException;
import dev.chatsdk.core.json.ChatJson;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Authentication with the real Google Auth Library: a service account whose key is generated here
 * and whose token endpoint is WireMock. Proves the JWT-bearer grant, token caching and refresh, one
 * token fetch for 16 concurrent calls, and the single refresh-and-replay after a 401.
 */
class GoogleAuthTest extends WireMockSupport {
  private static final String EMAIL = "release-bot@chatsdk-test.iam.gserviceaccount.com";
  private static final String API_PATH = "/v1/spaces/AAA";
  private static KeyPair keys;

  private final AtomicLong now = new AtomicLong(1_790_000_000_000L);

  @TempDir
  Path dir;

  @BeforeAll
  static void generateKey() throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    keys = generator.generateKeyPair();
  }

  private String tokenUri() {
    return wm.baseUrl() + "/token";
  }

  private ServiceAccountCredentials serviceAccount() {
    ServiceAccountCredentials credentials = ServiceAccountCredentials.newBuilder()
        .setClientEmail(EMAIL)
        .setClientId("109876543210")
        .setPrivateKey(keys.getPrivate())
        .setPrivateKeyId("key-7f3a")
        .setScopes(GoogleChatScopes.APP)
        .setTokenServerUri(URI.create(tokenUri()))
        .build();
    CredentialsTestClock.install(credentials, now::get);
    return credentials;
  }

  private GoogleChatClient clientWith(GoogleCredentials credentials) {
    return clientBuilder().credentials(credentials).build();
  }

  private static String tokenJson(String token, int expiresIn) {
    return "{\"access_token\":\"" + token + "\",\"expires_in\":" + expiresIn + ",\"token_type\":\"Bearer\"}";
  }

  /** The token endpoint hands out tok-1, tok-2, ... in order. */
  private static void tokensInSequence(int expiresIn, String... tokens) {
    String state = Scenario.STARTED;
    for (int i = 0; i < tokens.length; i++) {
      String next = "issued-" + (i + 1);
      wm.stubFor(post(urlPathEqualTo("/token")).inScenario("tokens").whenScenarioStateIs(state)
          .willReturn(okJson(tokenJson(tokens[i], expiresIn))).willSetStateTo(next));
      state = next;
    }
  }

  private static void apiOk() {
    wm.stubFor(get(urlPathEqualTo(API_PATH)).willReturn(okJson(fixture("get"))));
  }

  private static List<String> apiBearerTokens() {
    return wm.findAll(getRequestedFor(urlPathEqualTo(API_PATH))).stream()
        .map(r -> r.getHeader("Authorization")).collect(Collectors.toList());
  }

  private static int tokenRequests() {
    return wm.findAll(postRequestedFor(urlPathEqualTo("/token"))).size();
  }

  private static Map<String, String> form(LoggedRequest r) {
    Map<String, String> form = new LinkedHashMap<>();
    for (String pair : r.getBodyAsString().split("&")) {
      int eq = pair.indexOf('=');
      form.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
          URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
    }
    return form;
  }

  private static JsonNode jwtPart(String jwt, int index) {
    return json(new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[index]), StandardCharsets.UTF_8));
  }

  @Test
  void serviceAccountUsesTheJwtBearerGrantSignedWithItsKey() throws Exception {
    tokensInSequence(3600, "tok-1");
    apiOk();
    try (GoogleChatClient chat = clientWith(serviceAccount())) {
      chat.spaces().get("spaces/AAA");
    }

    LoggedRequest tokenRequest = wm.findAll(postRequestedFor(urlPathEqualTo("/token"))).get(0);
    assertThat(tokenRequest.getHeader("Content-Type")).startsWith("application/x-www-form-urlencoded");
    Map<String, String> form = form(tokenRequest);
    assertThat(form.get("grant_type")).isEqualTo("urn:ietf:params:oauth:grant-type:jwt-bearer");
    String jwt = form.get("assertion");
    String[] parts = jwt.split("\\.");
    assertThat(parts).hasSize(3);

    Signature rs256 = Signature.getInstance("SHA256withRSA");
    rs256.initVerify(keys.getPublic());
    rs256.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
    assertThat(rs256.verify(Base64.getUrlDecoder().decode(parts[2]))).as("signature verifies with the public key").isTrue();

    JsonNode header = jwtPart(jwt, 0);
    assertThat(header.get("alg").asText()).isEqualTo("RS256");
    assertThat(header.get("kid").asText()).isEqualTo("key-7f3a");
    JsonNode claims = jwtPart(jwt, 1);
    assertThat(claims.get("iss").asText()).isEqualTo(EMAIL);
    // The library always names Google's token endpoint as the audience, wherever it posts the grant.
    assertThat(claims.get("aud").asText()).isEqualTo("https://oauth2.googleapis.com/token");
    assertThat(claims.get("scope").asText()).isEqualTo(GoogleChatScopes.BOT);
    assertThat(claims.get("iat").asLong()).isEqualTo(now.get() / 1000);
    assertThat(claims.get("exp").asLong()).isEqualTo(now.get() / 1000 + 3600);
    assertThat(claims.has("sub")).isFalse();

    assertThat(apiBearerTokens()).containsExactly("Bearer tok-1");
    LoggedRequest api = wm.findAll(getRequestedFor(urlPathEqualTo(API_PATH))).get(0);
    assertThat(api.getUrl()).isEqualTo(API_PATH);
  }

  @Test
  void theTokenIsCachedUntilItExpiresThenRefreshed() {
    tokensInSequence(3600, "tok-1", "tok-2");
    apiOk();
    try (GoogleChatClient chat = clientWith(serviceAccount())) {
      chat.spaces().get("spaces/AAA");
      now.addAndGet(TimeUnit.MINUTES.toMillis(30));
      chat.spaces().get("spaces/AAA");
      assertThat(tokenRequests()).isEqualTo(1);

      now.addAndGet(TimeUnit.MINUTES.toMillis(29)); // 1 minute before expiry: inside the library's margin
      chat.spaces().get("spaces/AAA");
      chat.spaces().get("spaces/AAA");
    }
    assertThat(tokenRequests()).isEqualTo(2);
    assertThat(apiBearerTokens()).containsExactly("Bearer tok-1", "Bearer tok-1", "Bearer tok-2", "Bearer tok-2");
  }

  @Test
  void sixteenConcurrentCallsFetchTheTokenOnce() throws Exception {
    wm.stubFor(post(urlPathEqualTo("/token"))
        .willReturn(okJson(tokenJson("tok-shared", 3600)).withFixedDelay(400)));
    apiOk();
    int threads = 16;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try (GoogleChatClient chat = clientWith(serviceAccount())) {
      CountDownLatch ready = new CountDownLatch(threads);
      CountDownLatch go = new CountDownLatch(1);
      List<Future<String>> results = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        results.add(pool.submit(() -> {
          ready.countDown();
          go.await();
          return chat.spaces().get("spaces/AAA").getName();
        }));
      }
      assertThat(ready.await(10, TimeUnit.SECONDS)).isTrue();
      go.countDown();
      for (Future<String> r : results) {
        assertThat(r.get(30, TimeUnit.SECONDS)).isEqualTo("spaces/AAQAtjsc9v4");
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(tokenRequests()).isEqualTo(1);
    assertThat(apiBearerTokens()).hasSize(threads).containsOnly("Bearer tok-shared");
  }

  @Test
  void a401RefreshesTheTokenAndReplaysOnce() {
    tokensInSequence(3600, "tok-revoked", "tok-fresh");
    wm.stubFor(get(urlPathEqualTo(API_PATH)).inScenario("revoked").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(aResponse().withStatus(401).withBody(
            "{\"error\":{\"code\":401,\"message\":\"Request had invalid authentication credentials.\",\"status\":\"UNAUTHENTICATED\"}}"))
        .willSetStateTo("refreshed"));
    wm.stubFor(get(urlPathEqualTo(API_PATH)).inScenario("revoked").whenScenarioStateIs("refreshed")
        .willReturn(okJson(fixture("get"))));

    try (GoogleChatClient chat = clientWith(serviceAccount())) {
      assertThat(chat.spaces().get("spaces/AAA").getName()).isEqualTo("spaces/AAQAtjsc9v4");
    }
    assertThat(tokenRequests()).isEqualTo(2);
    assertThat(apiBearerTokens()).containsExactly("Bearer tok-revoked", "Bearer tok-fresh");
    assertThat(sleeper.waits).isEmpty();
  }

  @Test
  void aSecond401IsReportedWithoutAnotherReplay() {
    tokensInSequence(3600, "tok-1", "tok-2", "tok-3");
    wm.stubFor(get(urlPathEqualTo(API_PATH)).willReturn(aResponse().withStatus(401)
        .withBody("{\"error\":{\"code\":401,\"message\":\"invalid credentials\",\"status\":\"UNAUTHENTICATED\"}}")));
    try (GoogleChatClient chat = clientWith(serviceAccount())) {
      assertThatThrownBy(() -> chat.spaces().get("spaces/AAA"))
          .isInstanceOf(UnauthorizedException.class)
          .hasMessageContaining("UNAUTHENTICATED")
          .satisfies(e -> assertThat(e.getMessage()).doesNotContain("tok-"));
    }
    assertThat(apiBearerTokens()).containsExactly("Bearer tok-1", "Bearer tok-2");
    assertThat(tokenRequests()).isEqualTo(2);
  }

  @Test
  void aFixedAccessTokenCannotRefreshSoA401IsFinal() {
    wm.stubFor(get(urlPathEqualTo(API_PATH)).willReturn(aResponse().withStatus(401).withBody("{}")));
    assertThatThrownBy(() -> client.spaces().get("spaces/AAA")).isInstanceOf(UnauthorizedException.class);
    assertThat(apiBearerTokens()).containsExactly("Bearer " + TOKEN);
  }

  @Test
  void delegationPutsTheUserInTheAssertion() {
    tokensInSequence(3600, "tok-user");
    apiOk();
    GoogleCredentials delegated = GoogleChatCredentials.delegate(serviceAccount(), "importer@example.com",
        List.of(GoogleChatScopes.IMPORT));
    CredentialsTestClock.install(delegated, now::get);
    try (GoogleChatClient chat = clientWith(delegated)) {
      chat.spaces().get("spaces/AAA");
    }
    String jwt = form(wm.findAll(postRequestedFor(urlPathEqualTo("/token"))).get(0)).get("assertion");
    JsonNode claims = jwtPart(jwt, 1);
    assertThat(claims.get("sub").asText()).isEqualTo("importer@example.com");
    assertThat(claims.get("scope").asText()).isEqualTo(GoogleChatScopes.IMPORT);
    assertThat(apiBearerTokens()).containsExactly("Bearer tok-user");
  }

  /** A service-account key file as the Cloud console issues it, with its token endpoint on WireMock. */
  private Path keyFile() throws IOException {
    String pem = "-----BEGIN PRIVATE KEY-----\n"
        + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(keys.getPrivate().getEncoded())
        + "\n-----END PRIVATE KEY-----\n";
    Map<String, String> key = new LinkedHashMap<>();
    key.put("type", "service_account");
    key.put("project_id", "chatsdk-test");
    key.put("private_key_id", "key-file-1");
    key.put("private_key", pem);
    key.put("client_email", EMAIL);
    key.put("client_id", "109876543210");
    key.put("token_uri", tokenUri());
    Path file = dir.resolve("service-account.json");
    Files.write(file, ChatJson.toBytes(key));
    return file;
  }

  @Test
  void chatAppHelperReadsTheKeyFileAndAsksForChatBot() throws IOException {
    tokensInSequence(3600, "tok-app");
    apiOk();
    try (GoogleChatClient chat = clientWith(GoogleChatCredentials.chatApp(keyFile()))) {
      chat.spaces().get("spaces/AAA");
    }
    JsonNode claims = jwtPart(form(wm.findAll(postRequestedFor(urlPathEqualTo("/token"))).get(0)).get("assertion"), 1);
    assertThat(claims.get("iss").asText()).isEqualTo(EMAIL);
    assertThat(claims.get("scope").asText()).isEqualTo(GoogleChatScopes.BOT);
    assertThat(apiBearerTokens()).containsExactly("Bearer tok-app");
  }

  @Test
  void delegatedHelperImpersonatesTheUserWithTheGivenScopes() throws IOException {
    tokensInSequence(3600, "tok-delegated");
    apiOk();
    GoogleCredentials delegated = GoogleChatCredentials.delegated(keyFile(), "admin@example.com", GoogleChatScopes.USER);
    try (GoogleChatClient chat = clientWith(delegated)) {
      chat.spaces().get("spaces/AAA");
    }
    JsonNode claims = jwtPart(form(wm.findAll(postRequestedFor(urlPathEqualTo("/token"))).get(0)).get("assertion"), 1);
    assertThat(claims.get("sub").asText()).isEqualTo("admin@example.com");
    assertThat(claims.get("scope").asText()).isEqualTo(String.join(" ", GoogleChatScopes.USER));
  }

  @Test
  void anUnreadableKeyFileIsReportedWithoutItsContent() throws IOException {
    Path broken = Files.writeString(dir.resolve("broken.json"), "{\"type\":\"service_account\",\"private_key\":\"SECRET-PEM\"}");
    assertThatThrownBy(() -> GoogleChatCredentials.chatApp(broken))
        .isInstanceOf(java.io.UncheckedIOException.class)
        .hasMessageContaining("broken.json")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("SECRET-PEM"));
  }

  @Test
  void aFixedTokenHelperRejectsControlCharactersWithoutEchoingThem() {
    assertThatThrownBy(() -> GoogleChatCredentials.accessToken("bad\ntoken"))
        .isInstanceOf(IllegalArgumentException.class).satisfies(e -> assertThat(e.getMessage()).doesNotContain("bad"));
  }

  // ---- toString of every helper's credentials, before and after the first token ----

  private static final String CLIENT_SECRET = "client-secret-xyz";
  private static final String REFRESH_TOKEN = "1//refresh-abc";

  /** A slice of the private key's encoding as it appears (on one line) in the key file. */
  private static String keyMaterial() {
    return Base64.getEncoder().encodeToString(keys.getPrivate().getEncoded()).substring(70, 120);
  }

  private void assertRedacted(Object credentials, String kind, String... secrets) {
    String text = credentials.toString();
    assertThat(text).startsWith("GoogleChatCredentials{" + kind + ", ");
    for (String secret : secrets) {
      assertThat(text).doesNotContain(secret);
    }
    try (GoogleChatClient chat = clientBuilder().credentials((GoogleCredentials) credentials).build()) {
      assertThat(chat.toString()).contains(kind);
      for (String secret : secrets) {
        assertThat(chat.toString()).doesNotContain(secret);
      }
    }
  }

  /**
   * Checks toString before use, fetches the token through both getRequestMetadata forms (one token
   * request in all: the wrapped credentials cache it), then checks toString again.
   */
  private void assertRedactedBeforeAndAfterUse(GoogleCredentials credentials, String kind, String token, String... secrets)
      throws Exception {
    List<String> all = new ArrayList<>(List.of(secrets));
    all.add(token);
    String[] forbidden = all.toArray(new String[0]);
    assertRedacted(credentials, kind, forbidden);

    URI uri = URI.create(wm.baseUrl() + API_PATH);
    assertThat(credentials.getRequestMetadata(uri).get("Authorization")).containsExactly("Bearer " + token);
    java.util.concurrent.CompletableFuture<Map<String, List<String>>> async = new java.util.concurrent.CompletableFuture<>();
    credentials.getRequestMetadata(uri, Runnable::run, new com.google.auth.RequestMetadataCallback() {
      @Override
      public void onSuccess(Map<String, List<String>> metadata) {
        async.complete(metadata);
      }

      @Override
      public void onFailure(Throwable exception) {
        async.completeExceptionally(exception);
      }
    });
    assertThat(async.get(10, TimeUnit.SECONDS).get("Authorization")).containsExactly("Bearer " + token);
    assertThat(credentials.hasRequestMetadata()).isTrue();
    assertThat(credentials.getAuthenticationType()).isEqualTo("OAuth2");

    assertRedacted(credentials, kind, forbidden);
  }

  @Test
  void chatAppCredentialsNeverPrintTheKeyOrToken() throws Exception {
    tokensInSequence(3600, "tok-app-secret");
    assertRedactedBeforeAndAfterUse(GoogleChatCredentials.chatApp(keyFile()), "chatApp", "tok-app-secret",
        keyMaterial(), "PRIVATE KEY");
    assertThat(tokenRequests()).isEqualTo(1);
  }

  @Test
  void chatAppFromAStreamNeverPrintsTheKeyOrToken() throws Exception {
    tokensInSequence(3600, "tok-stream-secret");
    GoogleCredentials credentials = GoogleChatCredentials.chatApp(Files.newInputStream(keyFile()));
    assertRedactedBeforeAndAfterUse(credentials, "chatApp", "tok-stream-secret", keyMaterial(), "PRIVATE KEY");
    assertThat(tokenRequests()).isEqualTo(1);
  }

  @Test
  void delegatedCredentialsNeverPrintTheKeyOrToken() throws Exception {
    tokensInSequence(3600, "tok-delegated-secret", "tok-stream-delegated-secret");
    assertRedactedBeforeAndAfterUse(GoogleChatCredentials.delegated(keyFile(), "admin@example.com", GoogleChatScopes.USER),
        "delegated", "tok-delegated-secret", keyMaterial(), "PRIVATE KEY");
    assertRedactedBeforeAndAfterUse(
        GoogleChatCredentials.delegated(Files.newInputStream(keyFile()), "admin@example.com", GoogleChatScopes.USER),
        "delegated", "tok-stream-delegated-secret", keyMaterial(), "PRIVATE KEY");
    assertThat(tokenRequests()).isEqualTo(2);
  }

  @Test
  void delegateOfOwnCredentialsNeverPrintsTheKeyOrToken() throws Exception {
    tokensInSequence(3600, "tok-own-secret");
    GoogleCredentials delegated = GoogleChatCredentials.delegate(serviceAccount(), "importer@example.com",
        List.of(GoogleChatScopes.IMPORT));
    assertRedactedBeforeAndAfterUse(delegated, "delegated", "tok-own-secret", keyMaterial());
    assertThat(tokenRequests()).isEqualTo(1);
  }

  @Test
  void userCredentialsNeverPrintTheRefreshTokenSecretOrAccessToken() throws Exception {
    URI tokenServer = URI.create(tokenUri());
    // The library's own class prints the refresh token: the reason for the wrapper.
    assertThat(UserCredentials.newBuilder().setClientId("client-123").setClientSecret(CLIENT_SECRET)
        .setRefreshToken(REFRESH_TOKEN).build().toString()).contains(REFRESH_TOKEN);

    tokensInSequence(3600, "tok-user-secret", "tok-user-refreshed");
    GoogleCredentials user = GoogleChatCredentials.user("client-123.apps.googleusercontent.com", CLIENT_SECRET,
        REFRESH_TOKEN, tokenServer);
    assertRedactedBeforeAndAfterUse(user, "user", "tok-user-secret", CLIENT_SECRET, REFRESH_TOKEN);
    assertThat(tokenRequests()).isEqualTo(1);
    Map<String, String> grant = form(wm.findAll(postRequestedFor(urlPathEqualTo("/token"))).get(0));
    assertThat(grant).containsEntry("grant_type", "refresh_token").containsEntry("refresh_token", REFRESH_TOKEN);

    user.refresh(); // forwarded: the wrapped credentials fetch and cache the next token
    assertThat(tokenRequests()).isEqualTo(2);
    assertThat(user.getRequestMetadata(tokenServer).get("Authorization")).containsExactly("Bearer tok-user-refreshed");
    assertRedacted(user, "user", "tok-user-refreshed", "tok-user-secret", CLIENT_SECRET, REFRESH_TOKEN);
  }

  @Test
  void fixedAccessTokenIsNeverPrinted() throws Exception {
    assertRedactedBeforeAndAfterUse(GoogleChatCredentials.accessToken("ya29.secret-value"), "accessToken",
        "ya29.secret-value");
    assertThat(tokenRequests()).isZero();
  }

  @Test
  void scopedAndDelegatedCopiesStayRedacted() throws Exception {
    tokensInSequence(3600, "tok-copy-secret");
    GoogleCredentials app = GoogleChatCredentials.chatApp(keyFile());
    GoogleCredentials copy = app.createScoped(List.of(GoogleChatScopes.IMPORT)).createDelegated("someone@example.com");
    assertRedactedBeforeAndAfterUse(copy, "chatApp", "tok-copy-secret", keyMaterial());
    JsonNode claims = jwtPart(form(wm.findAll(postRequestedFor(urlPathEqualTo("/token"))).get(0)).get("assertion"), 1);
    assertThat(claims.get("sub").asText()).isEqualTo("someone@example.com");
    assertThat(claims.get("scope").asText()).isEqualTo(GoogleChatScopes.IMPORT);
  }

  @Test
  void applicationDefaultCredentialsNeverPrintTheRefreshTokenSecretOrAccessToken() throws Exception {
    org.junit.jupiter.api.Assumptions.assumeTrue(System.getenv("GOOGLE_APPLICATION_CREDENTIALS") == null
        && System.getenv("CLOUDSDK_CONFIG") == null, "ADC comes from this machine's environment");
    // gcloud's well-known file under user.home, as `gcloud auth application-default login` writes it.
    Path gcloud = Files.createDirectories(dir.resolve(".config").resolve("gcloud"));
    Map<String, String> adc = new LinkedHashMap<>();
    adc.put("type", "authorized_user");
    adc.put("client_id", "client-adc.apps.googleusercontent.com");
    adc.put("client_secret", CLIENT_SECRET);
    adc.put("refresh_token", REFRESH_TOKEN);
    adc.put("token_uri", tokenUri());
    Files.write(gcloud.resolve("application_default_credentials.json"), ChatJson.toBytes(adc));
    tokensInSequence(3600, "tok-adc-secret");
    String home = System.getProperty("user.home");
    GoogleCredentials credentials;
    try {
      System.setProperty("user.home", dir.toString());
      credentials = GoogleChatCredentials.applicationDefault(GoogleChatScopes.USER);
    } finally {
      System.setProperty("user.home", home);
    }
    assertRedactedBeforeAndAfterUse(credentials, "applicationDefault", "tok-adc-secret", CLIENT_SECRET, REFRESH_TOKEN);
    assertThat(tokenRequests()).isEqualTo(1);
  }
}
