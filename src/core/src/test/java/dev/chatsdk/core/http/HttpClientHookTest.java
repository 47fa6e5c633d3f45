package dev.chatsdk.core.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.Proxy;
import java.time.Duration;
import java.util.Map;
import okhttp3.OkHttpClient;
import okhttp3.tls.HandshakeCertificates;
import org.junit.jupiter.api.Test;

/**
 * {@code configureHttpClient} adjusts the client the SDK derives from its shared one, so a private
 * CA, a proxy or a client certificate can be added without losing the SDK's tuning.
 */
class HttpClientHookTest {
  private static final ResponseHandler<Map<String, Object>> JSON = ResponseHandler.json(Map.class);

  @Test
  void aPrivateCaTrustedThroughTheHookIsUsedForCalls() throws Exception {
    try (LocalHttpsServer server = new LocalHttpsServer("127.0.0.1")) {
      HandshakeCertificates trust = server.clientTrust();
      HttpPipeline pipeline = new ClientBuilderTest.DemoBuilder()
          .baseUrl(server.baseUrl())
          .configureHttpClient(b -> b.sslSocketFactory(trust.sslSocketFactory(), trust.trustManager()))
          .build();

      Map<String, Object> data = pipeline.execute(ApiRequest.builder("getThing", "GET", "/things/1").build(), JSON,
          dev.chatsdk.core.RequestOptions.none()).data();

      assertThat(data).containsEntry("ok", true);
      assertThat(server.requests()).isEqualTo(1);
    }
  }

  @Test
  void theSdkTuningSurvivesTheHook() {
    OkHttpClient shared = SharedHttp.client();
    HttpPipeline pipeline = new ClientBuilderTest.DemoBuilder()
        .connectTimeout(Duration.ofSeconds(3))
        .configureHttpClient(b -> b.proxy(Proxy.NO_PROXY).retryOnConnectionFailure(true))
        .configureHttpClient(b -> b.readTimeout(Duration.ofSeconds(7)))
        .build();

    OkHttpClient client = pipeline.httpClient();
    assertThat(client.proxy()).isSameAs(Proxy.NO_PROXY);               // the hook's settings apply,
    assertThat(client.readTimeoutMillis()).isEqualTo(7_000);                 // every hook's, in order;
    assertThat(client.connectTimeoutMillis()).isEqualTo(3_000);              // the builder's timeouts stay,
    assertThat(client.dispatcher()).isSameAs(shared.dispatcher());     // so do the daemon threads
    assertThat(client.dispatcher().getMaxRequestsPerHost()).isEqualTo(64); // and per-host limit,
    assertThat(client.connectionPool()).isSameAs(shared.connectionPool());
    assertThat(client.retryOnConnectionFailure()).isFalse();           // and the retry loop stays ours
    assertThat(client.networkInterceptors()).hasSize(1);
  }

  @Test
  void theHookAlsoAdjustsACallersOwnClient() {
    OkHttpClient own = new OkHttpClient.Builder().callTimeout(Duration.ofSeconds(9)).build();
    HttpPipeline pipeline = new ClientBuilderTest.DemoBuilder()
        .httpClient(own)
        .configureHttpClient(b -> b.proxy(Proxy.NO_PROXY))
        .build();

    assertThat(pipeline.httpClient().callTimeoutMillis()).isEqualTo(9_000);
    assertThat(pipeline.httpClient().proxy()).isSameAs(Proxy.NO_PROXY);
    assertThat(own.proxy()).isNull(); // the caller's client itself is not changed
  }

  @Test
  void aNullHookIsRejected() {
    assertThatThrownBy(() -> new ClientBuilderTest.DemoBuilder().configureHttpClient(null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("configureHttpClient");
  }
}
