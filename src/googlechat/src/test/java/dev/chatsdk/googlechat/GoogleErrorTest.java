package dev.chatsdk.googlechat;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.chatsdk.core.ApiException;
import dev.chatsdk.core.NotFoundException;
import dev.chatsdk.core.PermissionDeniedException;
import dev.chatsdk.core.RateLimitException;
import dev.chatsdk.core.ServerException;
import dev.chatsdk.googlechat.model.Message;
import java.time.Duration;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

/** Google's {@code {"error": {...}}} body becomes a typed exception carrying a GoogleApiError. */
class GoogleErrorTest extends WireMockSupport {

  private static void fail(int status, String body) {
    wm.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(status)
        .withHeader("Content-Type", "application/json; charset=UTF-8").withBody(body)));
  }

  @Test
  void permissionDeniedCarriesCodeStatusMessageAndDetails() {
    fail(403, fixture("error-permission-denied"));
    PermissionDeniedException e = catchThrowableOfType(PermissionDeniedException.class,
        () -> client.spaces().messagesCreate("spaces/AAA", Message.builder().text("x").build()));
    assertThat(e.statusCode()).isEqualTo(403);
    assertThat(e.operation()).isEqualTo("spaces.messages.create");
    assertThat(e.getMessage()).isEqualTo("spaces.messages.create failed: HTTP 403: PERMISSION_DENIED: The caller does not have permission");
    GoogleApiError error = e.vendorError(GoogleApiError.class).orElseThrow();
    assertThat(error.getCode()).isEqualTo(403);
    assertThat(error.getStatus()).isEqualTo("PERMISSION_DENIED");
    assertThat(error.getMessage()).isEqualTo("The caller does not have permission");
    assertThat(error.getDetails()).hasSize(1);
    assertThat(error.detailsOfType("google.rpc.ErrorInfo").get(0)).containsEntry("reason", "ACCESS_TOKEN_SCOPE_INSUFFICIENT");
    assertThat(e.rawBody()).contains("ACCESS_TOKEN_SCOPE_INSUFFICIENT");
    assertThat(e.getMessage()).doesNotContain(TOKEN);
  }

  @Test
  void notFound() {
    fail(404, fixture("error-not-found"));
    NotFoundException e = catchThrowableOfType(NotFoundException.class, () -> client.spaces().get("spaces/missing"));
    assertThat(e.vendorError(GoogleApiError.class).map(GoogleApiError::getStatus)).hasValue("NOT_FOUND");
    assertThat(e.vendorError(GoogleApiError.class).orElseThrow().getDetails()).isEmpty();
  }

  @Test
  void resourceExhaustedIsARateLimitThatHonoursRetryAfterThenGivesUp() {
    wm.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "3")
        .withBody(fixture("error-rate-limited"))));
    RateLimitException e = catchThrowableOfType(RateLimitException.class, () -> client.spaces().list());
    assertThat(e.vendorError(GoogleApiError.class).orElseThrow().getStatus()).isEqualTo("RESOURCE_EXHAUSTED");
    assertThat(wm.findAll(anyRequestedFor(anyUrl()))).hasSize(3);
    assertThat(sleeper.waits).containsExactly(Duration.ofSeconds(3), Duration.ofSeconds(3));
  }

  @Test
  void asyncFailuresCarryTheSameError() {
    fail(404, fixture("error-not-found"));
    CompletionException e = catchThrowableOfType(CompletionException.class,
        () -> client.spaces().getAsync("spaces/missing").join());
    assertThat(e.getCause()).isInstanceOf(NotFoundException.class);
    assertThat(((ApiException) e.getCause()).vendorError(GoogleApiError.class)).isPresent();
  }

  @Test
  void aBodyThatIsNotGooglesShapeStillGivesTheHttpError() {
    fail(502, "<html><body>Bad gateway</body></html>");
    ServerException e = catchThrowableOfType(ServerException.class, () -> client.spaces().get("spaces/AAA"));
    assertThat(e.statusCode()).isEqualTo(502);
    assertThat(e.vendorError()).isEmpty();
    assertThat(e.rawBody()).contains("Bad gateway");
  }

  @Test
  void unknownErrorFieldsAreKept() {
    fail(400, "{\"error\":{\"code\":400,\"message\":\"bad\",\"status\":\"INVALID_ARGUMENT\",\"errors\":[{\"reason\":\"badRequest\"}]}}");
    ApiException e = catchThrowableOfType(ApiException.class, () -> client.spaces().get("spaces/AAA"));
    GoogleApiError error = e.vendorError(GoogleApiError.class).orElseThrow();
    assertThat(error.getAdditionalProperties()).containsKey("errors");
    assertThat(error.toString()).contains("INVALID_ARGUMENT");
  }
}
