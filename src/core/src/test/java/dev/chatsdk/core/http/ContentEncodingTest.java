package dev.chatsdk.core.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.chatsdk.core.NotFoundException;
import dev.chatsdk.core.ResponseDecodeException;
import dev.chatsdk.core.ServerException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A response whose body claims {@code Content-Encoding: gzip} but is not gzip is still the
 * server's answer: an error status keeps its own exception and raw bytes, a success status is a
 * decode failure, and neither is mistaken for a broken connection and retried as one.
 */
class ContentEncodingTest {
  @RegisterExtension static final WireMockExtension wm = TestPipelines.wireMock();

  private static final ResponseHandler<Map<String, Object>> JSON = ResponseHandler.json(Map.class);
  private static final String NOT_GZIP = "{\"message\":\"no such thing\"}";

  private final RecordingSleeper sleeper = new RecordingSleeper();

  private HttpPipeline pipeline() {
    return TestPipelines.builder(wm, sleeper).build();
  }

  private static ApiRequest get() {
    return ApiRequest.builder("getThing", "GET", "/things/1").build();
  }

  private static void answer(int status, byte[] body) {
    wm.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(status)
        .withHeader("Content-Type", "application/json").withHeader("Content-Encoding", "gzip").withBody(body)));
  }

  private static int served() {
    return wm.getAllServeEvents().size();
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void anErrorWithABodyFalselyClaimingGzipIsTheStatusOwnException(Mode mode) {
    answer(404, NOT_GZIP.getBytes(StandardCharsets.UTF_8));

    NotFoundException e = catchThrowableOfType(NotFoundException.class, () -> mode.call(pipeline(), get(), JSON));

    assertThat(e.statusCode()).isEqualTo(404);
    assertThat(e.rawBody()).isEqualTo(NOT_GZIP);
    assertThat(served()).isEqualTo(1);
    assertThat(sleeper.waits()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void aRetryableErrorWithABrokenBodyIsRetriedAsItsStatus(Mode mode) {
    answer(503, NOT_GZIP.getBytes(StandardCharsets.UTF_8));

    ServerException e = catchThrowableOfType(ServerException.class, () -> mode.call(pipeline(), get(), JSON));

    assertThat(e.statusCode()).isEqualTo(503);
    assertThat(e.rawBody()).isEqualTo(NOT_GZIP);
    assertThat(served()).isEqualTo(3);
    assertThat(sleeper.waits()).hasSize(2);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void aSuccessWithABodyFalselyClaimingGzipIsADecodeFailure(Mode mode) {
    answer(200, "{\"ok\":true}".getBytes(StandardCharsets.UTF_8));

    ResponseDecodeException e = catchThrowableOfType(ResponseDecodeException.class, () -> mode.call(pipeline(), get(), JSON));

    assertThat(e.statusCode()).isEqualTo(200);
    assertThat(e).hasMessageContaining("getThing").hasMessageContaining("gzip");
    assertThat(served()).isEqualTo(1);
    assertThat(sleeper.waits()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void realGzipBodiesAreDecodedForSuccessAndError(Mode mode) throws IOException {
    answer(200, gzip("{\"ok\":true}"));
    assertThat(mode.call(pipeline(), get(), JSON).data()).containsEntry("ok", true);

    wm.resetAll();
    answer(404, gzip(NOT_GZIP));
    NotFoundException e = catchThrowableOfType(NotFoundException.class, () -> mode.call(pipeline(), get(), JSON));
    assertThat(e.rawBody()).isEqualTo(NOT_GZIP);
  }

  private static byte[] gzip(String text) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(text.getBytes(StandardCharsets.UTF_8));
    }
    return out.toByteArray();
  }
}
