package dev.chatsdk.core.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.chatsdk.core.ApiConnectionException;
import dev.chatsdk.core.ApiException;
import dev.chatsdk.core.Authenticator;
import dev.chatsdk.core.BadRequestException;
import dev.chatsdk.core.ConflictException;
import dev.chatsdk.core.NotFoundException;
import dev.chatsdk.core.PermissionDeniedException;
import dev.chatsdk.core.RateLimitException;
import dev.chatsdk.core.RateLimitInfo;
import dev.chatsdk.core.RequestOptions;
import dev.chatsdk.core.ResponseDecodeException;
import dev.chatsdk.core.ServerException;
import dev.chatsdk.core.UnauthorizedException;
import dev.chatsdk.core.json.ChatJson;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Status -> exception subtype, vendor error, request id, rate limit, and messages without secrets. */
class ErrorMappingTest {
  @RegisterExtension static final WireMockExtension wm = TestPipelines.wireMock();

  static final String SECRET_TOKEN = "eyJhbGciOiJIUzI1NiJ9.secret-jwt-value";
  static final String SECRET_KEY = "api-key-7f3a9c";

  /** Parses {"code": n, "message": "..."} the way a backend's parser would. */
  static final ErrorBodyParser VENDOR = (status, body) -> {
    JsonNode node = ChatJson.readTree(body);
    if (!node.has("message")) {
      return null;
    }
    return new ErrorBodyParser.ParsedError(node, node.get("message").asText());
  };

  static final Authenticator SECRET_AUTH = target -> {
    target.setHeader("Authorization", SECRET_TOKEN);
    target.addQueryParameter("api_key", SECRET_KEY);
  };

  private HttpPipeline pipeline(ErrorBodyParser parser) {
    return TestPipelines.builder(wm, new RecordingSleeper())
        .authenticator(SECRET_AUTH)
        .errorParser(parser)
        .maxRetries(0)
        .requestIdHeaders(List.of("X-Goog-Request-Id", "X-Request-Id"))
        .build();
  }

  private static ApiRequest request() {
    return ApiRequest.builder("sendMessage", "POST", "/channels/{type}/{id}/message")
        .pathSegment("type", "messaging").pathSegment("id", "general")
        .jsonBody(Map.of("text", "hi")).build();
  }

  static Stream<Arguments> statuses() {
    return Stream.of(
        Arguments.of(400, BadRequestException.class),
        Arguments.of(401, UnauthorizedException.class),
        Arguments.of(403, PermissionDeniedException.class),
        Arguments.of(404, NotFoundException.class),
        Arguments.of(409, ConflictException.class),
        Arguments.of(429, RateLimitException.class),
        Arguments.of(500, ServerException.class),
        Arguments.of(502, ServerException.class),
        Arguments.of(503, ServerException.class),
        Arguments.of(504, ServerException.class),
        Arguments.of(418, ApiException.class),
        Arguments.of(422, ApiException.class));
  }

  @ParameterizedTest
  @MethodSource("statuses")
  void eachStatusMapsToItsSubtypeWithEverythingNeededToDiagnose(int status, Class<? extends ApiException> type) {
    String body = "{\"code\":" + (status * 10) + ",\"message\":\"vendor says no\",\"StatusCode\":" + status + "}";
    wm.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(status).withBody(body)
        .withHeader("X-Request-Id", "req-" + status)
        .withHeader("X-RateLimit-Limit", "1000")
        .withHeader("X-RateLimit-Remaining", "998")
        .withHeader("X-RateLimit-Reset", "1767225600")));

    Throwable thrown = catchThrowable(() -> Mode.SYNC.call(pipeline(VENDOR), request(), ResponseHandler.discard()));

    assertThat(thrown).isExactlyInstanceOf(type);
    ApiException e = (ApiException) thrown;
    assertThat(e.statusCode()).isEqualTo(status);
    assertThat(e.operation()).isEqualTo("sendMessage");
    assertThat(e.requestId()).contains("req-" + status);
    assertThat(e.rawBody()).isEqualTo(body);
    assertThat(e.headers().get("x-request-id")).containsExactly("req-" + status); // case-insensitive
    assertThat(e.rateLimit()).contains(new RateLimitInfo(1000L, 998L, Instant.ofEpochSecond(1767225600)));
    assertThat(e.vendorError(JsonNode.class)).hasValueSatisfying(v -> assertThat(v.get("code").asInt()).isEqualTo(status * 10));
    assertThat(e.vendorError(String.class)).isEmpty();
    assertThat(e).hasMessage("sendMessage failed: HTTP " + status + " (request id req-" + status + "): vendor says no");
    assertNoSecret(e);
  }

  @Test
  void requestIdHeadersAreTriedInOrder() {
    wm.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(404)
        .withHeader("X-Request-Id", "second").withHeader("X-Goog-Request-Id", "first")));

    NotFoundException e = catchThrowableOfType(NotFoundException.class,
        () -> Mode.SYNC.call(pipeline(VENDOR), request(), ResponseHandler.discard()));

    assertThat(e.requestId()).contains("first");
    assertThat(e).hasMessage("sendMessage failed: HTTP 404 (request id first)");
  }

  @Test
  void aBodyTheParserDoesNotRecogniseOrAParserThatThrowsStillGivesTheHttpError() {
    wm.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(500).withBody("<html>oops</html>")));
    ErrorBodyParser throwing = (status, body) -> {
      throw new IllegalStateException("parser bug");
    };

    for (ErrorBodyParser parser : List.of(VENDOR, throwing, ErrorBodyParser.none())) {
      ServerException e = catchThrowableOfType(ServerException.class,
          () -> Mode.SYNC.call(pipeline(parser), request(), ResponseHandler.discard()));
      assertThat(e.vendorError()).isEmpty();
      assertThat(e.rawBody()).isEqualTo("<html>oops</html>");
      assertThat(e.requestId()).isEmpty();
      assertThat(e.rateLimit()).isEmpty();
      assertThat(e).hasMessage("sendMessage failed: HTTP 500");
    }
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void aSuccessBodyThatCannotBeDecodedKeepsTheRawBody(Mode mode) {
    wm.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200).withBody("{\"count\": \"many\"}")));

    ResponseDecodeException e = catchThrowableOfType(ResponseDecodeException.class,
        () -> mode.call(pipeline(VENDOR), request(), ResponseHandler.json(Counted.class)));

    assertThat(e.statusCode()).isEqualTo(200);
    assertThat(e.rawBody()).isEqualTo("{\"count\": \"many\"}");
    assertThat(e.getMessage()).startsWith("sendMessage: response body (HTTP 200) could not be decoded");
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void anEmptySuccessBodyForAJsonTypeIsADecodeError(Mode mode) {
    wm.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)));

    ResponseDecodeException e = catchThrowableOfType(ResponseDecodeException.class,
        () -> mode.call(pipeline(VENDOR), request(), ResponseHandler.json(Counted.class)));

    assertThat(e.rawBody()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void transportErrorsNameTheOperationAndNoSecret(Mode mode) {
    wm.stubFor(any(anyUrl()).willReturn(aResponse().withFault(Fault.MALFORMED_RESPONSE_CHUNK)));
    ApiRequest get = ApiRequest.builder("getChannel", "GET", "/channels/{id}").pathSegment("id", "c").build();

    ApiConnectionException e = catchThrowableOfType(ApiConnectionException.class,
        () -> mode.call(pipeline(VENDOR), get, ResponseHandler.json(Object.class),
            RequestOptions.builder().header("X-Extra-Token", "extra-" + SECRET_KEY).build()));

    assertThat(e.operation()).isEqualTo("getChannel");
    assertThat(e.getMessage()).startsWith("getChannel failed: ");
    assertNoSecret(e);
  }

  @Test
  void transportMessagesLoseUrlQueries() {
    assertThat(PipelineCalls.withoutQuery("unexpected end of stream on http://h/p?api_key=k1&x=2 (x)"))
        .isEqualTo("unexpected end of stream on http://h/p?... (x)");
  }

  /** The message, the whole cause chain and the printed stack trace are free of credentials. */
  static void assertNoSecret(Throwable e) {
    StringWriter printed = new StringWriter();
    e.printStackTrace(new PrintWriter(printed));
    assertThat(printed.toString()).doesNotContain(SECRET_TOKEN, SECRET_KEY, "eyJ");
  }

  public static final class Counted {
    public int count;
  }
}
