package dev.chatsdk.core.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.chatsdk.core.RequestOptions;
import dev.chatsdk.core.testing.CapturingSlf4jProvider;
import dev.chatsdk.core.testing.CapturingSlf4jProvider.Event;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.slf4j.event.Level;

/** Everything logger {@code dev.chatsdk.http} writes, captured at TRACE, is free of credentials. */
class LogRedactionTest {
  @RegisterExtension static final WireMockExtension wm = TestPipelines.wireMock();

  private static final String JWT = "eyJhbGciOiJIUzI1NiJ9.payload.signature";
  private static final String API_KEY = "key-5b1d0e";
  private static final String QUERY_TOKEN = "tok-91c2aa";
  private static final String EXTRA_SECRET = "extra-77f0";
  private static final String COOKIE = "session-c00k1e";

  private HttpPipeline pipeline;

  @BeforeEach
  void setUp() {
    CapturingSlf4jProvider.clear();
    pipeline = TestPipelines.builder(wm, new RecordingSleeper())
        .authenticator(target -> {
          target.setHeader("Authorization", JWT);
          target.setHeader("Stream-Auth-Type", "jwt");
          target.addQueryParameter("api_key", API_KEY);
        })
        .loggableQueryParams(Set.of("limit"))
        .build();
  }

  private static ApiRequest request() {
    return ApiRequest.builder("queryChannels", "GET", "/channels/{type}").pathSegment("type", "messaging")
        .query("limit", 10).query("token", QUERY_TOKEN).build();
  }

  private static RequestOptions options() {
    return RequestOptions.builder().header("X-Secret", EXTRA_SECRET).queryParam("sig", EXTRA_SECRET).build();
  }

  private static List<Event> httpEvents() {
    return CapturingSlf4jProvider.events().stream()
        .filter(e -> e.logger.equals("dev.chatsdk.http")).collect(Collectors.toList());
  }

  private static void assertNoSecretLogged() {
    List<Event> all = CapturingSlf4jProvider.events();
    assertThat(all).isNotEmpty();
    for (Event e : all) {
      assertThat(e.message).as(e.toString()).doesNotContain(JWT, API_KEY, QUERY_TOKEN, EXTRA_SECRET, COOKIE, "eyJ");
    }
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void oneDebugLinePerAttemptWithMethodPathStatusAttemptAndNoSecrets(Mode mode) {
    wm.stubFor(any(anyUrl()).inScenario("s").whenScenarioStateIs(STARTED)
        .willReturn(aResponse().withStatus(503).withHeader("Set-Cookie", COOKIE)).willSetStateTo("ok"));
    wm.stubFor(any(anyUrl()).inScenario("s").whenScenarioStateIs("ok")
        .willReturn(aResponse().withStatus(200).withBody("{}").withHeader("X-Request-Id", "r-1")
            .withHeader("Set-Cookie", COOKIE)));

    mode.call(pipeline, request(), ResponseHandler.json(Map.class), options());

    List<Event> debug = httpEvents().stream().filter(e -> e.level == Level.DEBUG).collect(Collectors.toList());
    assertThat(debug).extracting(e -> e.message.replaceAll("\\d+ ms\\)$", "N ms)")).containsExactly(
        "queryChannels GET /channels/messaging?limit=10&token=***&sig=*** -> 503 (attempt 1/3, N ms)",
        "queryChannels GET /channels/messaging?limit=10&token=***&sig=*** -> 200 (attempt 2/3, N ms)");
    List<Event> trace = httpEvents().stream().filter(e -> e.level == Level.TRACE).collect(Collectors.toList());
    assertThat(trace).hasSize(4);
    assertThat(trace.get(0).message).startsWith("queryChannels request headers: {")
        .contains("User-Agent=chatsdk-java/").contains("Accept=application/json")
        .doesNotContain("Authorization", "X-Secret", "Stream-Auth-Type");
    assertThat(trace.get(3).message).startsWith("queryChannels response headers: {")
        .contains("X-Request-Id=r-1").doesNotContain("Set-Cookie");
    assertNoSecretLogged();
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void transportFailuresAreLoggedWithoutSecretsToo(Mode mode) {
    wm.stubFor(any(anyUrl()).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

    Throwable thrown = catchThrowable(() -> mode.call(pipeline, request(), ResponseHandler.json(Map.class), options()));

    assertThat(thrown).isNotNull();
    List<Event> debug = httpEvents().stream().filter(e -> e.level == Level.DEBUG).collect(Collectors.toList());
    assertThat(debug).hasSize(3).allSatisfy(e ->
        assertThat(e.message).startsWith("queryChannels GET /channels/messaging?limit=10&token=***&sig=*** -> ")
            .containsPattern("-> \\w+Exception \\(attempt [123]/3, \\d+ ms\\)"));
    assertNoSecretLogged();
  }
}
