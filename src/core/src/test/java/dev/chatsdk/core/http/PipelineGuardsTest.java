package dev.chatsdk.core.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.chatsdk.core.ApiResponse;
import dev.chatsdk.core.RateLimitInfo;
import java.util.Map;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Inputs the pipeline must survive or refuse: absurd rate-limit headers and clear-text base URLs. */
class PipelineGuardsTest {
  @RegisterExtension static final WireMockExtension wm = TestPipelines.wireMock();

  @ParameterizedTest
  @EnumSource(Mode.class)
  void aRateLimitResetBeyondInstantsRangeStillReturnsTheBody(Mode mode) {
    wm.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200).withBody("{\"ok\":true}")
        .withHeader("X-RateLimit-Limit", "60")
        .withHeader("X-RateLimit-Remaining", "59")
        .withHeader("X-RateLimit-Reset", String.valueOf(Long.MAX_VALUE))));
    HttpPipeline pipeline = TestPipelines.builder(wm, new RecordingSleeper()).build();

    ApiResponse<Map> response = mode.call(pipeline, ApiRequest.builder("getThing", "GET", "/things/1").build(),
        ResponseHandler.json(Map.class));

    assertThat(response.data()).containsEntry("ok", true);
    RateLimitInfo rateLimit = response.rateLimit().orElseThrow();
    assertThat(rateLimit.limit()).contains(60L);
    assertThat(rateLimit.remaining()).contains(59L);
    assertThat(rateLimit.reset()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "http://chat.example.com",
      "http://chat.example.com:8080/api",
      "http://10.0.0.5:9000",
      "http://localhost.example.com",
      "http://127.example.com", // a DNS name that merely starts like a loopback address
      "http://127.0.0.1.example.com",
      "http://[2001:db8::1]:8080"})
  void plainHttpIsRefusedForAnyHostButLoopback(String url) {
    assertThatThrownBy(() -> HttpPipeline.builder().baseUrl(url))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("baseUrl must use https");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "https://chat.stream-io-api.com",
      "https://chat.googleapis.com/v1",
      "http://localhost:8080",
      "http://127.0.0.1:9000/prefix",
      "http://127.0.0.2:9000",
      "http://[::1]:8080"})
  void httpsAndLoopbackHttpAreAccepted(String url) {
    HttpPipeline pipeline = HttpPipeline.builder().baseUrl(url).build();

    assertThat(pipeline.baseUrl()).isEqualTo(okhttp3.HttpUrl.get(url));
  }
}
