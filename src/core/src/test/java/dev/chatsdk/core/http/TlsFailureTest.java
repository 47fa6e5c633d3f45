package dev.chatsdk.core.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.chatsdk.core.ApiConnectionException;
import java.util.List;
import java.util.Map;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLPeerUnverifiedException;
import okhttp3.ConnectionSpec;
import okhttp3.OkHttpClient;
import okhttp3.TlsVersion;
import okhttp3.tls.HandshakeCertificates;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * TLS failures that no retry can heal (an untrusted certificate, a certificate for another host,
 * no common protocol version) fail after exactly one handshake, without a backoff wait, and say
 * that TLS is the problem.
 */
class TlsFailureTest {
  private static final ResponseHandler<Map<String, Object>> JSON = ResponseHandler.json(Map.class);

  private final RecordingSleeper sleeper = new RecordingSleeper();

  private HttpPipeline pipeline(LocalHttpsServer server, OkHttpClient client) {
    return HttpPipeline.builder().baseUrl(server.baseUrl()).sleeper(sleeper).httpClient(client).build();
  }

  private static ApiRequest get() {
    return ApiRequest.builder("getThing", "GET", "/things/1").build();
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void anUntrustedCertificateFailsAtOnce(Mode mode) throws Exception {
    try (LocalHttpsServer server = new LocalHttpsServer("127.0.0.1")) {
      // The JDK's default trust store does not know the server's private CA.
      ApiConnectionException e = catchThrowableOfType(ApiConnectionException.class,
          () -> mode.call(pipeline(server, new OkHttpClient()), get(), JSON));

      assertThat(e.getCause()).isInstanceOf(SSLHandshakeException.class);
      assertThat(e).hasMessageContaining("getThing failed: TLS certificate problem")
          .hasMessageContaining("not retried");
      assertThat(server.connections()).isEqualTo(1);
      assertThat(sleeper.waits()).isEmpty();
    }
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void aCertificateForAnotherHostFailsAtOnce(Mode mode) throws Exception {
    try (LocalHttpsServer server = new LocalHttpsServer("other.example")) {
      HandshakeCertificates trust = server.clientTrust();
      OkHttpClient client = new OkHttpClient.Builder()
          .sslSocketFactory(trust.sslSocketFactory(), trust.trustManager()).build();

      ApiConnectionException e = catchThrowableOfType(ApiConnectionException.class,
          () -> mode.call(pipeline(server, client), get(), JSON));

      assertThat(e.getCause()).isInstanceOf(SSLPeerUnverifiedException.class);
      assertThat(e).hasMessageContaining("TLS certificate problem").hasMessageContaining("host name");
      assertThat(server.connections()).isEqualTo(1);
      assertThat(sleeper.waits()).isEmpty();
    }
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void noCommonProtocolVersionFailsAtOnce(Mode mode) throws Exception {
    try (LocalHttpsServer server = new LocalHttpsServer("127.0.0.1", "TLSv1.3")) {
      HandshakeCertificates trust = server.clientTrust();
      OkHttpClient client = new OkHttpClient.Builder()
          .sslSocketFactory(trust.sslSocketFactory(), trust.trustManager())
          .connectionSpecs(List.of(new ConnectionSpec.Builder(ConnectionSpec.MODERN_TLS).tlsVersions(TlsVersion.TLS_1_2).build()))
          .build();

      ApiConnectionException e = catchThrowableOfType(ApiConnectionException.class,
          () -> mode.call(pipeline(server, client), get(), JSON));

      assertThat(e).hasMessageContaining("TLS protocol problem").hasMessageContaining("not retried");
      assertThat(server.connections()).isEqualTo(1);
      assertThat(sleeper.waits()).isEmpty();
    }
  }
}
