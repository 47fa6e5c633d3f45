package dev.chatsdk.googlechat;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.google.api.client.http.javanet.NetHttpTransport;
import com.google.auth.Credentials;
import com.google.auth.oauth2.ServiceAccountCredentials;
import dev.chatsdk.core.ApiConnectionException;
import dev.chatsdk.core.Authenticator;
import dev.chatsdk.googlechat.internal.GoogleAuthenticator;
import dev.chatsdk.googlechat.model.Space;
import java.io.IOException;
import java.net.URI;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.ArrayDeque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Async calls take their token through the library's async {@code getRequestMetadata}: a fetch runs
 * on the SDK's {@code chatsdk-blocking-} threads while the caller's thread returns, a cached token
 * is applied at once without any hop, and every failure (fetch or header) completes the future.
 * Token fetches are held on a latch by the test, never by a clock.
 */
class GoogleAsyncAuthTest extends WireMockSupport {
  private static final String API_PATH = "/v1/spaces/AAA";
  private static KeyPair keys;

  /** Names of the threads that fetched a token, in order. */
  private final List<String> tokenThreads = new CopyOnWriteArrayList<>();
  private final CountDownLatch fetchStarted = new CountDownLatch(1);
  private final CountDownLatch fetchMayProceed = new CountDownLatch(1);

  @BeforeAll
  static void generateKey() throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    keys = generator.generateKeyPair();
  }

  /** A service account whose every token fetch is recorded and first waits for {@link #fetchMayProceed}. */
  private ServiceAccountCredentials serviceAccount() {
    return ServiceAccountCredentials.newBuilder()
        .setClientEmail("release-bot@chatsdk-test.iam.gserviceaccount.com")
        .setClientId("109876543210")
        .setPrivateKey(keys.getPrivate())
        .setPrivateKeyId("key-async")
        .setScopes(GoogleChatScopes.APP)
        .setTokenServerUri(URI.create(wm.baseUrl() + "/token"))
        .setHttpTransportFactory(() -> {
          tokenThreads.add(Thread.currentThread().getName());
          fetchStarted.countDown();
          try {
            assertThat(fetchMayProceed.await(10, TimeUnit.SECONDS)).isTrue();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          return new NetHttpTransport();
        })
        .build();
  }

  private static void tokensInSequence(String... tokens) {
    String state = Scenario.STARTED;
    for (int i = 0; i < tokens.length; i++) {
      String next = "issued-" + (i + 1);
      wm.stubFor(post(urlPathEqualTo("/token")).inScenario("tokens").whenScenarioStateIs(state)
          .willReturn(okJson("{\"access_token\":\"" + tokens[i] + "\",\"expires_in\":3600,\"token_type\":\"Bearer\"}"))
          .willSetStateTo(next));
      state = next;
    }
  }

  private static List<String> apiBearerTokens() {
    return wm.findAll(getRequestedFor(urlPathEqualTo(API_PATH))).stream()
        .map(r -> r.getHeader("Authorization")).collect(Collectors.toList());
  }

  private static int tokenRequests() {
    return wm.findAll(postRequestedFor(urlPathEqualTo("/token"))).size();
  }

  private static Throwable failureOf(CompletableFuture<?> future) throws Exception {
    try {
      future.get(10, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      return e.getCause();
    }
    throw new AssertionError("expected the call to fail");
  }

  /** Collects headers as the pipeline's attempt would. */
  private static class RecordingTarget implements Authenticator.Target {
    final Map<String, String> headers = new LinkedHashMap<>();

    @Override
    public URI uri() {
      return URI.create(wm.baseUrl() + API_PATH);
    }

    @Override
    public void setHeader(String name, String value) {
      headers.put(name, value);
    }

    @Override
    public void addQueryParameter(String name, String value) {
      throw new AssertionError("Google credentials travel in headers only");
    }
  }

  /** Runs nothing until the test says so, and counts what it was given. */
  private static final class QueueingExecutor implements Executor {
    final Queue<Runnable> tasks = new ArrayDeque<>();

    @Override
    public synchronized void execute(Runnable task) {
      tasks.add(task);
    }

    synchronized Runnable next() {
      return tasks.remove();
    }
  }

  @Test
  void anAsyncCallFetchesItsTokenOnABlockingThreadWhileTheCallerMovesOn() throws Exception {
    tokensInSequence("tok-async");
    wm.stubFor(get(urlPathEqualTo(API_PATH)).willReturn(okJson(fixture("get"))));
    try (GoogleChatClient chat = clientBuilder().credentials(serviceAccount()).build()) {
      CompletableFuture<Space> future = chat.spaces().getAsync("spaces/AAA");
      // getAsync has returned while the token fetch is still held open.
      assertThat(fetchStarted.await(10, TimeUnit.SECONDS)).isTrue();
      assertThat(future).isNotDone();
      assertThat(tokenThreads).singleElement().asString()
          .startsWith("chatsdk-blocking-").isNotEqualTo(Thread.currentThread().getName());
      assertThat(apiBearerTokens()).isEmpty();

      fetchMayProceed.countDown();

      assertThat(future.get(10, TimeUnit.SECONDS).getName()).isEqualTo("spaces/AAQAtjsc9v4");
    }
    assertThat(tokenRequests()).isEqualTo(1);
    assertThat(apiBearerTokens()).containsExactly("Bearer tok-async");
  }

  @Test
  void theFetchRunsOnTheGivenExecutorAndACachedTokenIsAppliedWithoutIt() throws Exception {
    tokensInSequence("tok-cached");
    fetchMayProceed.countDown();
    GoogleAuthenticator authenticator = new GoogleAuthenticator(serviceAccount());
    QueueingExecutor executor = new QueueingExecutor();

    RecordingTarget first = new RecordingTarget();
    CompletableFuture<Void> fetching = authenticator.authenticateAsync(first, executor);
    assertThat(fetching).isNotDone();
    assertThat(executor.tasks).hasSize(1);
    assertThat(tokenRequests()).isZero();
    executor.next().run(); // the fetch, on whatever thread runs the executor's task
    fetching.get(10, TimeUnit.SECONDS);
    assertThat(first.headers).containsEntry("Authorization", "Bearer tok-cached");

    RecordingTarget second = new RecordingTarget();
    CompletableFuture<Void> cached = authenticator.authenticateAsync(second, executor);
    assertThat(cached).isCompleted(); // applied on this thread, before authenticateAsync returned
    assertThat(executor.tasks).isEmpty();
    assertThat(second.headers).containsEntry("Authorization", "Bearer tok-cached");
    assertThat(tokenRequests()).isEqualTo(1);
    assertThat(tokenThreads).singleElement().isEqualTo(Thread.currentThread().getName());
  }

  @Test
  void aCachedTokenServesLaterAsyncCallsWithoutAnotherFetch() throws Exception {
    tokensInSequence("tok-1", "tok-2");
    wm.stubFor(get(urlPathEqualTo(API_PATH)).willReturn(okJson(fixture("get"))));
    fetchMayProceed.countDown();
    try (GoogleChatClient chat = clientBuilder().credentials(serviceAccount()).build()) {
      chat.spaces().getAsync("spaces/AAA").get(10, TimeUnit.SECONDS);
      chat.spaces().getAsync("spaces/AAA").get(10, TimeUnit.SECONDS);
      chat.spaces().get("spaces/AAA");
    }
    assertThat(tokenRequests()).isEqualTo(1);
    assertThat(tokenThreads).hasSize(1);
    assertThat(apiBearerTokens()).containsExactly("Bearer tok-1", "Bearer tok-1", "Bearer tok-1");
  }

  @Test
  void aFailedTokenFetchFailsTheAsyncCallWithoutSendingIt() throws Exception {
    wm.stubFor(post(urlPathEqualTo("/token")).willReturn(aResponse().withStatus(400)
        .withHeader("Content-Type", "application/json")
        .withBody("{\"error\":\"invalid_grant\",\"error_description\":\"Invalid JWT Signature.\"}")));
    fetchMayProceed.countDown();
    try (GoogleChatClient chat = clientBuilder().credentials(serviceAccount()).build()) {
      Throwable e = failureOf(chat.spaces().getAsync("spaces/AAA"));

      assertThat(e).isInstanceOf(ApiConnectionException.class).hasMessageStartingWith("spaces.get could not obtain credentials");
      assertThat(e.getCause()).isInstanceOf(IOException.class);
    }
    assertThat(apiBearerTokens()).isEmpty();
  }

  @Test
  void anAsync401RefreshesOnABlockingThreadAndReplaysOnce() throws Exception {
    tokensInSequence("tok-revoked", "tok-fresh");
    wm.stubFor(get(urlPathEqualTo(API_PATH)).inScenario("revoked").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(aResponse().withStatus(401).withBody("{\"error\":{\"code\":401,\"status\":\"UNAUTHENTICATED\"}}"))
        .willSetStateTo("refreshed"));
    wm.stubFor(get(urlPathEqualTo(API_PATH)).inScenario("revoked").whenScenarioStateIs("refreshed")
        .willReturn(okJson(fixture("get"))));
    fetchMayProceed.countDown();
    try (GoogleChatClient chat = clientBuilder().credentials(serviceAccount()).build()) {
      assertThat(chat.spaces().getAsync("spaces/AAA").get(10, TimeUnit.SECONDS).getName()).isEqualTo("spaces/AAQAtjsc9v4");
    }
    assertThat(apiBearerTokens()).containsExactly("Bearer tok-revoked", "Bearer tok-fresh");
    assertThat(tokenThreads).hasSize(2).allSatisfy(name -> assertThat(name).startsWith("chatsdk-blocking-"));
  }

  /** Credentials whose metadata cannot become a header: OkHttp refuses the name. */
  private static final class BadHeaderCredentials extends Credentials {
    @Override
    public String getAuthenticationType() {
      return "test";
    }

    @Override
    public Map<String, List<String>> getRequestMetadata(URI uri) {
      return Map.of("Bad Header", List.of("x"));
    }

    @Override
    public boolean hasRequestMetadata() {
      return true;
    }

    @Override
    public boolean hasRequestMetadataOnly() {
      return true;
    }

    @Override
    public void refresh() {}
  }

  @Test
  void metadataThatCannotBeAppliedStillCompletesTheFuture() throws Exception {
    try (GoogleChatClient chat = clientBuilder().credentials(new BadHeaderCredentials()).build()) {
      Throwable e = failureOf(chat.spaces().getAsync("spaces/AAA"));

      assertThat(e).isInstanceOf(IllegalArgumentException.class);
    }
    assertThat(wm.getAllServeEvents()).isEmpty();
  }

  @Test
  void metadataThatTheTargetRejectsFailsTheAuthenticationFuture() throws Exception {
    IllegalArgumentException refused = new IllegalArgumentException("refused");
    GoogleAuthenticator authenticator = new GoogleAuthenticator(GoogleChatCredentials.accessToken(TOKEN));
    RecordingTarget target = new RecordingTarget() {
      @Override
      public void setHeader(String name, String value) {
        throw refused;
      }
    };

    CompletableFuture<Void> done = authenticator.authenticateAsync(target, Runnable::run);

    assertThat(failureOf(done)).isSameAs(refused);
  }
}
