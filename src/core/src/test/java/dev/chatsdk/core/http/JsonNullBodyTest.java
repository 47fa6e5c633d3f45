package dev.chatsdk.core.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.chatsdk.core.ResponseDecodeException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A success whose body is the JSON literal {@code null} has no value to return: the SDK's results
 * are never null, so the JSON handler reports it as a decode failure instead of handing out null.
 */
class JsonNullBodyTest {
  @RegisterExtension static final WireMockExtension wm = TestPipelines.wireMock();

  private final RecordingSleeper sleeper = new RecordingSleeper();

  private static void answer(String body) {
    wm.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body)));
  }

  private ResponseDecodeException fails(Mode mode, ResponseHandler<?> handler) {
    HttpPipeline pipeline = TestPipelines.builder(wm, sleeper).build();
    ApiRequest get = ApiRequest.builder("getThing", "GET", "/things/1").build();
    return catchThrowableOfType(ResponseDecodeException.class, () -> mode.call(pipeline, get, handler));
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void aNullBodyIsADecodeFailureNotANullResult(Mode mode) {
    answer(" null\n");

    ResponseDecodeException e = fails(mode, ResponseHandler.json(Map.class));

    assertThat(e.statusCode()).isEqualTo(200);
    assertThat(e.rawBody()).isEqualTo(" null\n");
    assertThat(e).hasMessageContaining("getThing").hasMessageContaining("JSON null");
    assertThat(wm.getAllServeEvents()).hasSize(1); // a decode failure is not retried
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void holdsForEveryTargetType(Mode mode) {
    answer("null");

    assertThat(fails(mode, ResponseHandler.json(List.class))).isNotNull();
    assertThat(fails(mode, ResponseHandler.json(String.class))).isNotNull();
  }
}
