package dev.chatsdk.stream;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.chatsdk.core.ApiException;
import dev.chatsdk.core.ApiResponse;
import dev.chatsdk.core.BadRequestException;
import dev.chatsdk.core.RateLimitException;
import dev.chatsdk.core.RateLimitInfo;
import dev.chatsdk.core.RequestOptions;
import dev.chatsdk.core.ServerException;
import dev.chatsdk.stream.model.APIError;
import dev.chatsdk.stream.model.MessageRequest;
import dev.chatsdk.stream.model.MessageWithPendingMetadataResponse;
import dev.chatsdk.stream.model.SendMessageRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

/** Error bodies, rate-limit headers and the retry rules as Stream calls see them. */
class StreamErrorsTest extends StreamTestSupport {
  private static final Instant NOW = Instant.parse("2026-01-15T12:00:00Z");
  private static final String API_ERROR_400 = "{\"code\":4,\"message\":\"SendMessage failed with error: "
      + "\\\"message.text is too long\\\"\",\"StatusCode\":400,\"duration\":\"0.05ms\","
      + "\"more_info\":\"https://getstream.io/chat/docs/api_errors_response\",\"details\":[17],"
      + "\"exception_fields\":{\"message.text\":\"too long\"},\"unexpected\":true}";
  private static final String API_ERROR_429 = "{\"code\":9,\"message\":\"Too many requests, check response "
      + "headers for more information.\",\"StatusCode\":429,\"duration\":\"0.00ms\","
      + "\"more_info\":\"https://getstream.io/chat/docs/rate_limits\",\"details\":[]}";

  private static SendMessageRequest hello() {
    return SendMessageRequest.builder().message(MessageRequest.builder().text("hello").userId("ana").build()).build();
  }

  private static void respondJson(int status, String body, String... headers) {
    com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder r = aResponse().withStatus(status)
        .withHeader("Content-Type", "application/json").withBody(body);
    for (int i = 0; i < headers.length; i += 2) {
      r.withHeader(headers[i], headers[i + 1]);
    }
    WM.stubFor(any(anyUrl()).willReturn(r));
  }

  private static int requestCount() {
    return WM.findAll(anyRequestedFor(anyUrl())).size();
  }

  @Test
  void badRequestCarriesTheParsedApiError() {
    respondJson(400, API_ERROR_400, "X-Request-Id", "req-400-abc");

    BadRequestException e = catchThrowableOfType(() -> api.sendMessage("messaging", "general", hello()),
        BadRequestException.class);

    assertThat(e.statusCode()).isEqualTo(400);
    assertThat(e.operation()).isEqualTo("sendMessage");
    assertThat(e.requestId()).contains("req-400-abc");
    assertThat(e.getMessage()).contains("sendMessage", "400", "req-400-abc", "message.text is too long", "Stream error code 4")
        .doesNotContain(API_SECRET);
    APIError error = e.vendorError(APIError.class).orElseThrow();
    assertThat(error.getCode()).isEqualTo(4);
    assertThat(error.getStatusCode()).isEqualTo(400);
    assertThat(error.getDuration()).isEqualTo("0.05ms");
    assertThat(error.getMoreInfo()).isEqualTo("https://getstream.io/chat/docs/api_errors_response");
    assertThat(error.getDetails()).containsExactly(17);
    assertThat(error.getExceptionFields()).containsEntry("message.text", "too long");
    assertThat(error.getAdditionalProperties()).containsEntry("unexpected", true);
    assertThat(e.rawBody()).isEqualTo(API_ERROR_400);
    assertThat(requestCount()).isEqualTo(1); // a 400 is never retried
  }

  @Test
  void badRequestAsyncFailsTheFuture() {
    respondJson(400, API_ERROR_400);
    ExecutionException e = catchThrowableOfType(
        () -> api.sendMessageAsync("messaging", "general", hello()).get(), ExecutionException.class);
    assertThat(e.getCause()).isInstanceOf(BadRequestException.class);
    assertThat(((ApiException) e.getCause()).vendorError(APIError.class).orElseThrow().getCode()).isEqualTo(4);
  }

  @Test
  void rateLimitIsRetriedUntilTheBudgetIsSpentThenThrownWithItsHeaders() {
    client = clientBuilder().clock(Clock.fixed(NOW, ZoneOffset.UTC)).build();
    String reset = String.valueOf(NOW.getEpochSecond() + 2);
    respondJson(429, API_ERROR_429, "X-RateLimit-Limit", "60", "X-RateLimit-Remaining", "0", "X-RateLimit-Reset", reset);

    RateLimitException e = catchThrowableOfType(() -> client.messages().getMessage("msg-1"), RateLimitException.class);

    assertThat(requestCount()).isEqualTo(3); // first attempt + 2 retries
    assertThat(sleeper.waits).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(2));
    assertThat(e.rateLimit()).contains(new RateLimitInfo(60L, 0L, Instant.ofEpochSecond(NOW.getEpochSecond() + 2)));
    assertThat(e.retryAfter()).contains(Duration.ofSeconds(2));
    assertThat(e.vendorError(APIError.class).orElseThrow().getCode()).isEqualTo(9);
  }

  @Test
  void rateLimitLongerThanMaxRetryWaitFailsAtOnce() {
    client = clientBuilder().clock(Clock.fixed(NOW, ZoneOffset.UTC)).maxRetryWait(Duration.ofSeconds(5)).build();
    respondJson(429, API_ERROR_429, "X-RateLimit-Reset", String.valueOf(NOW.getEpochSecond() + 60));
    RateLimitException e = catchThrowableOfType(() -> client.messages().getMessage("msg-1"), RateLimitException.class);
    assertThat(requestCount()).isEqualTo(1);
    assertThat(e.retryAfter()).contains(Duration.ofSeconds(60));
    assertThat(sleeper.waits).isEmpty();
  }

  private static void firstRateLimitedThenCreated() {
    WM.stubFor(any(anyUrl()).inScenario("429").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(aResponse().withStatus(429).withHeader("Content-Type", "application/json")
            .withHeader("Retry-After", "1").withBody(API_ERROR_429))
        .willSetStateTo("ok"));
    WM.stubFor(any(anyUrl()).inScenario("429").whenScenarioStateIs("ok")
        .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
            .withHeader("X-RateLimit-Limit", "60").withHeader("X-RateLimit-Remaining", "58")
            .withBody(fixture("sendMessage"))));
  }

  @Test
  void postIsRetriedAfter429BecauseStreamDidNotProcessIt() {
    firstRateLimitedThenCreated();
    MessageWithPendingMetadataResponse r = api.sendMessage("messaging", "general", hello());
    assertThat(r.getMessage().getId()).isEqualTo("msg-1001");
    assertThat(requestCount()).isEqualTo(2);
    assertThat(sleeper.waits).containsExactly(Duration.ofSeconds(1));
    List<LoggedRequest> requests = WM.findAll(anyRequestedFor(anyUrl()));
    assertThat(requests.get(1).getBodyAsString()).isEqualTo(requests.get(0).getBodyAsString());
    requests.forEach(StreamTestSupport::assertServerAuth);
  }

  @Test
  void postIsRetriedAfter429Async() throws Exception {
    firstRateLimitedThenCreated();
    ApiResponse<MessageWithPendingMetadataResponse> r =
        api.sendMessageWithHttpInfo("messaging", "general", hello(), RequestOptions.none());
    assertThat(r.statusCode()).isEqualTo(201);
    WM.resetAll();
    firstRateLimitedThenCreated();
    sleeper.waits.clear();
    MessageWithPendingMetadataResponse async = api.sendMessageAsync("messaging", "general", hello()).get();
    assertThat(async.getMessage().getId()).isEqualTo("msg-1001");
    assertThat(requestCount()).isEqualTo(2);
    assertThat(sleeper.waits).containsExactly(Duration.ofSeconds(1));
  }

  @Test
  void postIsNotRetriedAfter503WithoutIdempotencyKey() {
    respondJson(503, "{\"code\":-1,\"message\":\"unavailable\",\"StatusCode\":503}");
    assertThatThrownBy(() -> api.sendMessage("messaging", "general", hello())).isInstanceOf(ServerException.class);
    assertThat(requestCount()).isEqualTo(1);
  }

  @Test
  void idempotencyKeyOnlyMarksThePostRetrySafe() {
    respondJson(503, "{\"code\":-1,\"message\":\"unavailable\",\"StatusCode\":503}");
    RequestOptions options = RequestOptions.builder().idempotencyKey("send-42").build();
    assertThatThrownBy(() -> api.sendMessage("messaging", "general", hello(), options)).isInstanceOf(ServerException.class);
    List<LoggedRequest> requests = WM.findAll(anyRequestedFor(anyUrl()));
    assertThat(requests).hasSize(3);
    for (LoggedRequest r : requests) {
      assertThat(r.getAllHeaderKeys()).noneMatch(h -> h.toLowerCase(java.util.Locale.ROOT).contains("idempotency"));
      assertThat(query(r).keySet()).containsExactly("api_key");
      assertThat(r.getBodyAsString()).doesNotContain("send-42");
    }
  }

  @Test
  void getIsRetriedAfter503() {
    respondJson(503, "{\"message\":\"unavailable\"}");
    assertThatThrownBy(() -> api.getMessage("msg-1")).isInstanceOf(ServerException.class);
    assertThat(requestCount()).isEqualTo(3);
  }

  @Test
  void successResponsesCarryRateLimitAndRequestId() {
    respondJson(200, fixture("getMessage"), "X-RateLimit-Limit", "1000", "X-RateLimit-Remaining", "998",
        "X-RateLimit-Reset", "1767268800", "X-Request-Id", "req-7");
    ApiResponse<MessageWithPendingMetadataResponse> r = api.getMessageWithHttpInfo("msg-1001");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.requestId()).contains("req-7");
    assertThat(r.rateLimit()).contains(new RateLimitInfo(1000L, 998L, Instant.ofEpochSecond(1767268800L)));
    assertThat(r.header("x-ratelimit-limit")).contains("1000");
  }

  @Test
  void anyTwoHundredIsSuccess() {
    respondJson(202, fixture("markUnread"));
    assertThat(api.markUnread("messaging", "general",
        dev.chatsdk.stream.model.MarkUnreadRequest.builder().messageId("m").build()).getDuration()).isEqualTo("1.90ms");
  }

  @Test
  void nonJsonErrorBodyStillMapsByStatus() {
    WM.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(502).withHeader("Content-Type", "text/html")
        .withBody("<html>bad gateway</html>")));
    client = clientBuilder().maxRetries(0).build();
    ServerException e = catchThrowableOfType(() -> client.messages().getMessage("msg-1"), ServerException.class);
    assertThat(e.statusCode()).isEqualTo(502);
    assertThat(e.vendorError()).isEmpty();
    assertThat(e.rawBody()).contains("bad gateway");
  }

  @Test
  void unknownFieldsInErrorBodiesDoNotBreakParsing() {
    respondJson(404, "{\"code\":16,\"message\":\"message does not exist\",\"StatusCode\":404,\"brand_new\":{\"a\":1}}");
    ApiException e = catchThrowableOfType(() -> api.getMessage("gone"), ApiException.class);
    assertThat(e).isInstanceOf(dev.chatsdk.core.NotFoundException.class);
    assertThat(e.vendorError(APIError.class).orElseThrow().getAdditionalProperties()).containsKey("brand_new");
    assertThat(e.getMessage()).contains("message does not exist");
  }
}
