package dev.chatsdk.stream;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

class StreamChatClientTest extends StreamTestSupport {
  private static final Instant NOW = Instant.parse("2026-01-15T12:00:00Z");

  private void stubGetMessage() {
    WM.stubFor(get(urlPathEqualTo("/messages/msg-1001"))
        .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
            .withBody(fixture("getMessage"))));
  }

  @Test
  void serverTokenIsSignedOnceAndSentBareWithAuthTypeAndApiKey() {
    stubGetMessage();
    api.getMessage("msg-1001");
    api.getMessage("msg-1001");

    List<LoggedRequest> requests = WM.findAll(anyRequestedFor(anyUrl()));
    assertThat(requests).hasSize(2);
    requests.forEach(StreamTestSupport::assertServerAuth);
    assertThat(requests.get(0).getHeader("Authorization")).isEqualTo(requests.get(1).getHeader("Authorization"));
    assertThat(requests.get(0).getHeader("User-Agent")).startsWith("chatsdk-java/").contains("stream");
  }

  @Test
  void userTokenIsSentAsGiven() {
    stubGetMessage();
    String token = client.createUserToken("ana", null);
    try (StreamChatClient asUser = StreamChatClient.builder().apiKey(API_KEY).userToken(token)
        .baseUrl(WM.baseUrl()).build()) {
      asUser.messages().getMessage("msg-1001");
    }
    LoggedRequest request = onlyRequest();
    assertThat(request.getHeader("Authorization")).isEqualTo(token);
    assertThat(request.getHeader("Stream-Auth-Type")).isEqualTo("jwt");
    assertThat(query(request).get("api_key")).containsExactly(API_KEY);
  }

  @Test
  void createUserTokenSetsUserIdIatInThePastAndExp() {
    StreamChatClient fixed = clientBuilder().clock(Clock.fixed(NOW, ZoneOffset.UTC)).build();
    Instant expires = NOW.plusSeconds(3600);

    JsonNode claims = verifyJwt(fixed.createUserToken("ana", expires), API_SECRET);

    assertThat(claims.get("user_id").asText()).isEqualTo("ana");
    assertThat(claims.get("iat").asLong()).isEqualTo(NOW.getEpochSecond() - 5);
    assertThat(claims.get("exp").asLong()).isEqualTo(expires.getEpochSecond());
    assertThat(claims.size()).isEqualTo(3);
  }

  @Test
  void createUserTokenWithoutExpiryHasNoExp() {
    StreamChatClient fixed = clientBuilder().clock(Clock.fixed(NOW, ZoneOffset.UTC)).build();
    JsonNode claims = verifyJwt(fixed.createUserToken("bob"), API_SECRET);
    assertThat(claims.has("exp")).isFalse();
    assertThat(claims.get("iat").asLong()).isLessThan(NOW.getEpochSecond());
  }

  @Test
  void createUserTokenRejectsBadInput() {
    assertThatThrownBy(() -> client.createUserToken(" ", null)).hasMessageContaining("userId");
    assertThatThrownBy(() -> client.createUserToken("ana", Instant.now().minusSeconds(60)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("expiresAt");
    try (StreamChatClient asUser = StreamChatClient.builder().apiKey(API_KEY).userToken("tok.en.x").build()) {
      assertThatThrownBy(() -> asUser.createUserToken("ana", null)).isInstanceOf(IllegalStateException.class);
      assertThatThrownBy(asUser::webhooks).isInstanceOf(IllegalStateException.class);
    }
  }

  @Test
  void builderNeedsKeyAndExactlyOneCredential() {
    assertThatThrownBy(() -> StreamChatClient.builder().apiSecret("s").build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("apiKey");
    assertThatThrownBy(() -> StreamChatClient.builder().apiKey("k").build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("apiSecret");
    assertThatThrownBy(() -> StreamChatClient.builder().apiKey("k").apiSecret("s").userToken("t").build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("exactly one");
    assertThatThrownBy(() -> StreamChatClient.builder().apiKey(" ")).hasMessageContaining("apiKey");
    assertThatThrownBy(() -> StreamChatClient.builder().baseUrl("not a url"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("baseUrl");
    assertThatThrownBy(() -> StreamChatClient.builder().maxRetries(11)).hasMessageContaining("maxRetries");
  }

  @Test
  void toStringNeverShowsSecretOrTokens() {
    StreamChatClient.Builder builder = clientBuilder();
    assertThat(builder.toString()).contains(API_KEY).doesNotContain(API_SECRET);
    assertThat(client.toString()).contains(API_KEY).doesNotContain(API_SECRET).doesNotContain("eyJ");
    assertThat(api.toString()).doesNotContain(API_SECRET);
    assertThat(client.webhooks().toString()).doesNotContain(API_SECRET);
    String token = client.createUserToken("ana", null);
    StreamChatClient.Builder userBuilder = StreamChatClient.builder().apiKey(API_KEY).userToken(token);
    assertThat(userBuilder.toString()).doesNotContain(token);
    try (StreamChatClient asUser = userBuilder.build()) {
      assertThat(asUser.toString()).doesNotContain(token);
    }
  }

  @Test
  void credentialsFromEnvironmentPreferTheLongNames() {
    Map<String, String> env = Map.of("STREAM_API_KEY", "k1", "STREAM_API_SECRET", "s1", "STREAM_KEY", "k2", "STREAM_SECRET", "s2");
    try (StreamChatClient c = StreamChatClient.builder().credentialsFrom(env::get).build()) {
      assertThat(c.apiKey()).isEqualTo("k1");
      assertThat(verifyJwt(c.createUserToken("u"), "s1").get("user_id").asText()).isEqualTo("u");
    }
  }

  @Test
  void credentialsFromEnvironmentFallBackToShortNames() {
    Map<String, String> env = Map.of("STREAM_KEY", "k2", "STREAM_SECRET", "s2");
    try (StreamChatClient c = StreamChatClient.builder().credentialsFrom(env::get).build()) {
      assertThat(c.apiKey()).isEqualTo("k2");
      verifyJwt(c.createUserToken("u"), "s2");
    }
  }

  @Test
  void missingEnvironmentNamesTheVariables() {
    assertThatThrownBy(() -> StreamChatClient.builder().credentialsFrom(name -> null))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("STREAM_API_KEY").hasMessageContaining("STREAM_KEY")
        .hasMessageContaining("STREAM_API_SECRET").hasMessageContaining("STREAM_SECRET");
    assertThatThrownBy(() -> StreamChatClient.builder().credentialsFrom(Map.of("STREAM_KEY", "k")::get))
        .hasMessageContaining("STREAM_API_SECRET").message().doesNotContain("STREAM_API_KEY");
  }

  @Test
  void closedClientFailsWithoutSending() {
    client.close();
    assertThatThrownBy(() -> api.getMessage("msg-1001")).isInstanceOf(IllegalStateException.class);
    assertThat(WM.findAll(anyRequestedFor(anyUrl()))).isEmpty();
  }

  @Test
  void callerHttpClientIsUsedAndNotShutDown() {
    stubGetMessage();
    AtomicInteger seen = new AtomicInteger();
    OkHttpClient own = new OkHttpClient.Builder()
        .addInterceptor(chain -> {
          seen.incrementAndGet();
          return chain.proceed(chain.request());
        })
        .build();
    try (StreamChatClient c = clientBuilder().httpClient(own).build()) {
      c.messages().getMessage("msg-1001");
    }
    assertThat(seen.get()).isEqualTo(1);
    assertThat(own.dispatcher().executorService().isShutdown()).isFalse();
    own.dispatcher().executorService().shutdown();
  }
}
