package dev.chatsdk.core.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.chatsdk.core.ApiConnectionException;
import dev.chatsdk.core.ApiResponse;
import dev.chatsdk.core.Authenticator;
import dev.chatsdk.core.UnauthorizedException;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The Authenticator SPI: fresh credentials on every attempt and the one-time 401 refresh-and-replay. */
class AuthenticationTest {
  @RegisterExtension static final WireMockExtension wm = TestPipelines.wireMock();

  private final RecordingSleeper sleeper = new RecordingSleeper();

  /** Hands out token-1, token-2, ... and an api_key query parameter; refresh answers as configured. */
  private static final class CountingAuthenticator implements Authenticator {
    final AtomicInteger issued = new AtomicInteger();
    final AtomicInteger refreshes = new AtomicInteger();
    final boolean refreshSucceeds;
    final boolean refreshFails;

    CountingAuthenticator(boolean refreshSucceeds, boolean refreshFails) {
      this.refreshSucceeds = refreshSucceeds;
      this.refreshFails = refreshFails;
    }

    @Override
    public void authenticate(Target target) {
      assertThat(target.uri().getQuery()).doesNotContain("api_key"); // the target shows the URI before credentials
      target.setHeader("Authorization", "Bearer token-" + issued.incrementAndGet());
      target.addQueryParameter("api_key", "key-abc");
    }

    @Override
    public boolean refreshAfterUnauthorized() throws IOException {
      refreshes.incrementAndGet();
      if (refreshFails) {
        throw new IOException("token endpoint unreachable");
      }
      return refreshSucceeds;
    }
  }

  private static ApiRequest get() {
    return ApiRequest.builder("getThing", "GET", "/things/1").query("q", "x").build();
  }

  private static List<String> authorizations() {
    List<LoggedRequest> requests = wm.findAll(com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor(anyUrl()));
    return requests.stream().map(r -> r.getHeader("Authorization")).collect(Collectors.toList());
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void everyAttemptIsAuthenticatedAfresh(Mode mode) {
    wm.stubFor(any(anyUrl()).inScenario("s").whenScenarioStateIs(STARTED)
        .willReturn(aResponse().withStatus(503)).willSetStateTo("again"));
    wm.stubFor(any(anyUrl()).inScenario("s").whenScenarioStateIs("again")
        .willReturn(aResponse().withStatus(502)).willSetStateTo("ok"));
    wm.stubFor(any(anyUrl()).inScenario("s").whenScenarioStateIs("ok").willReturn(aResponse().withStatus(204)));
    CountingAuthenticator auth = new CountingAuthenticator(true, false);
    HttpPipeline pipeline = TestPipelines.builder(wm, sleeper).authenticator(auth).build();

    mode.call(pipeline, get(), ResponseHandler.discard());

    assertThat(authorizations()).containsExactly("Bearer token-1", "Bearer token-2", "Bearer token-3");
    assertThat(wm.findAll(com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor(anyUrl())))
        .allSatisfy(r -> {
          assertThat(r.queryParameter("api_key").firstValue()).isEqualTo("key-abc");
          assertThat(r.queryParameter("q").firstValue()).isEqualTo("x");
        });
    assertThat(auth.refreshes).hasValue(0);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void theOriginIsSchemeHostAndPortOfTheBaseUrlWhateverThePath(Mode mode) {
    wm.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(204)));
    List<URI> origins = new java.util.concurrent.CopyOnWriteArrayList<>();
    List<URI> uris = new java.util.concurrent.CopyOnWriteArrayList<>();
    Authenticator auth = target -> {
      origins.add(target.origin());
      uris.add(target.uri());
    };
    HttpPipeline pipeline = TestPipelines.builder(wm, sleeper).baseUrl(wm.baseUrl() + "/api/v2").authenticator(auth).build();

    mode.call(pipeline, get(), ResponseHandler.discard());
    mode.call(pipeline, ApiRequest.builder("other", "GET", "/others/9").build(), ResponseHandler.discard());

    assertThat(uris).containsExactly(URI.create(wm.baseUrl() + "/api/v2/things/1?q=x"), URI.create(wm.baseUrl() + "/api/v2/others/9"));
    assertThat(origins).containsExactly(URI.create(wm.baseUrl() + "/"), URI.create(wm.baseUrl() + "/"));
    Authenticator.Target plain = new Authenticator.Target() { // the SPI's default, for other targets
      @Override
      public URI uri() {
        return URI.create("https://chat.example.com:8443/v1/spaces?x=1");
      }

      @Override
      public void setHeader(String name, String value) {}

      @Override
      public void addQueryParameter(String name, String value) {}
    };
    assertThat(plain.origin()).isEqualTo(URI.create("https://chat.example.com:8443/"));
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void unauthorizedIsReplayedOnceAfterARefreshAndTheReplayIsNotARetry(Mode mode) {
    wm.stubFor(any(anyUrl()).inScenario("s").whenScenarioStateIs(STARTED)
        .willReturn(aResponse().withStatus(401)).willSetStateTo("ok"));
    wm.stubFor(any(anyUrl()).inScenario("s").whenScenarioStateIs("ok").willReturn(aResponse().withStatus(200).withBody("{}")));
    CountingAuthenticator auth = new CountingAuthenticator(true, false);
    HttpPipeline pipeline = TestPipelines.builder(wm, sleeper).authenticator(auth).maxRetries(0).build();

    ApiResponse<Object> response = mode.call(pipeline, get(), ResponseHandler.json(Object.class));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(authorizations()).containsExactly("Bearer token-1", "Bearer token-2");
    assertThat(auth.refreshes).hasValue(1);
    assertThat(sleeper.waits()).isEmpty(); // replayed at once
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void aSecond401IsNotReplayedAgain(Mode mode) {
    wm.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(401).withBody("{\"message\":\"expired\"}")));
    CountingAuthenticator auth = new CountingAuthenticator(true, false);
    HttpPipeline pipeline = TestPipelines.builder(wm, sleeper).authenticator(auth).build();

    UnauthorizedException e = catchThrowableOfType(UnauthorizedException.class, () -> mode.call(pipeline, get(), ResponseHandler.discard()));

    assertThat(e.statusCode()).isEqualTo(401);
    assertThat(authorizations()).containsExactly("Bearer token-1", "Bearer token-2");
    assertThat(auth.refreshes).hasValue(1);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void withoutAFreshCredentialThe401Stands(Mode mode) {
    wm.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(401)));
    CountingAuthenticator auth = new CountingAuthenticator(false, false);
    HttpPipeline pipeline = TestPipelines.builder(wm, sleeper).authenticator(auth).build();

    catchThrowableOfType(UnauthorizedException.class, () -> mode.call(pipeline, get(), ResponseHandler.discard()));

    assertThat(authorizations()).containsExactly("Bearer token-1");
    assertThat(auth.refreshes).hasValue(1);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void aFailedRefreshKeepsThe401AndExplainsWhy(Mode mode) {
    wm.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(401)));
    CountingAuthenticator auth = new CountingAuthenticator(false, true);
    HttpPipeline pipeline = TestPipelines.builder(wm, sleeper).authenticator(auth).build();

    UnauthorizedException e = catchThrowableOfType(UnauthorizedException.class, () -> mode.call(pipeline, get(), ResponseHandler.discard()));

    assertThat(e.getSuppressed()).singleElement().isInstanceOf(IOException.class);
    assertThat(wm.getAllServeEvents()).hasSize(1);
    assertThat(sleeper.waits()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void anAuthenticatorThatCannotProduceCredentialsFailsWithoutSending(Mode mode) {
    HttpPipeline pipeline = TestPipelines.builder(wm, sleeper).authenticator(target -> {
      throw new IOException("no key");
    }).build();

    ApiConnectionException e = catchThrowableOfType(ApiConnectionException.class, () -> mode.call(pipeline, get(), ResponseHandler.discard()));

    assertThat(e).hasMessage("getThing could not obtain credentials: IOException");
    assertThat(wm.getAllServeEvents()).isEmpty();
  }
}
