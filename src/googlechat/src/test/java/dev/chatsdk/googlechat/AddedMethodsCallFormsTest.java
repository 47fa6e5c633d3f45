package dev.chatsdk.googlechat;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.jsonResponse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chatsdk.core.ApiException;
import dev.chatsdk.core.NotFoundException;
import dev.chatsdk.core.RequestOptions;
import dev.chatsdk.core.ServerException;
import dev.chatsdk.googlechat.model.Availability;
import dev.chatsdk.googlechat.model.CustomStatus;
import dev.chatsdk.googlechat.model.GoogleChatV1Section;
import dev.chatsdk.googlechat.model.MessagePin;
import dev.chatsdk.googlechat.model.SpaceEvent;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The call forms of the added methods beyond the plain one: errors through the async form, per-call
 * options, and the retry rules (PATCH retried, a POST without idempotency key not), sync and async.
 */
class AddedMethodsCallFormsTest extends WireMockSupport {
  private static final String AVAILABILITY = UsersApiWireTest.AVAILABILITY;
  private static final String NOT_FOUND =
      "{\"error\":{\"code\":404,\"message\":\"Space event not found.\",\"status\":\"NOT_FOUND\"}}";

  @Test
  void anAsyncErrorCompletesTheFutureWithTheTypedException() {
    wm.stubFor(any(anyUrl()).willReturn(jsonResponse(NOT_FOUND, 404)));
    CompletableFuture<SpaceEvent> future = client.spaces().spaceEventsGetAsync("spaces/AAA/spaceEvents/EV1");
    assertThatThrownBy(future::join).isInstanceOf(CompletionException.class)
        .hasCauseInstanceOf(NotFoundException.class);
    NotFoundException cause = (NotFoundException) future.handle((v, e) -> e.getCause()).join();
    assertThat(cause.operation()).isEqualTo("spaces.spaceEvents.get");
    assertThat(cause.statusCode()).isEqualTo(404);
    assertThat(cause.getMessage()).contains("spaces.spaceEvents.get").doesNotContain(TOKEN);
  }

  @Test
  void theSyncFormThrowsTheSameException() {
    wm.stubFor(any(anyUrl()).willReturn(jsonResponse(NOT_FOUND, 404)));
    assertThatThrownBy(() -> client.customEmojis().get("customEmojis/EMO1"))
        .isInstanceOf(NotFoundException.class)
        .extracting(e -> ((ApiException) e).operation()).isEqualTo("customEmojis.get");
  }

  @Test
  void requestOptionsAddStandardQueryParametersAndOverrideNothingElse() {
    respond("usersGetSpaceNotificationSetting");
    client.users().getSpaceNotificationSetting("users/123/spaces/AAA/spaceNotificationSetting",
        RequestOptions.builder().queryParam("fields", "notificationSetting").build());
    assertThat(onlyRequest().getUrl())
        .isEqualTo("/v1/users/123/spaces/AAA/spaceNotificationSetting?fields=notificationSetting");
  }

  @Test
  void credentialsAreNeverAcceptedAsQueryParameters() {
    assertThatThrownBy(() -> client.users().availabilityGet(AVAILABILITY,
        RequestOptions.builder().queryParam("access_token", "x").build()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("access_token");
    assertThat(wm.findAll(anyRequestedFor(anyUrl()))).isEmpty();
  }

  @ParameterizedTest(name = "async={0}")
  @ValueSource(booleans = {false, true})
  void aPatchIsRetriedAfterA503(boolean async) {
    failOnceThen("/v1/users/112233445566778899/availability", fixture("usersAvailabilityPatch"));
    Availability update = Availability.builder().customStatus(CustomStatus.builder().text("On call").build()).build();
    Availability result = async
        ? client.users().availabilityPatchAsync(AVAILABILITY, update).join()
        : client.users().availabilityPatch(AVAILABILITY, update);
    assertThat(result.getCustomStatus().getText()).isEqualTo("On call for releases");
    assertThat(wm.findAll(anyRequestedFor(anyUrl()))).hasSize(2)
        .allSatisfy(r -> assertThat(r.queryParameter("updateMask").firstValue()).isEqualTo("custom_status"));
    assertThat(sleeper.waits).hasSize(1);
  }

  @ParameterizedTest(name = "async={0}")
  @ValueSource(booleans = {false, true})
  void aPostWithoutIdempotencyKeyIsNotResentAfterA503(boolean async) {
    failOnceThen("/v1/users/123/sections", fixture("usersSectionsCreate"));
    GoogleChatV1Section section = GoogleChatV1Section.builder()
        .type(GoogleChatV1Section.Type.CUSTOM_SECTION).displayName("Releases").build();
    Function<GoogleChatClient, Object> call = c -> async
        ? c.users().sectionsCreateAsync("users/123", section).join()
        : c.users().sectionsCreate("users/123", section);
    assertThatThrownBy(() -> call.apply(client))
        .satisfies(e -> assertThat(e instanceof CompletionException ? e.getCause() : e).isInstanceOf(ServerException.class));
    assertThat(wm.findAll(anyRequestedFor(anyUrl()))).hasSize(1);
    assertThat(sleeper.waits).isEmpty();
  }

  @Test
  void anIdempotencyKeyMakesAnAddedPostRetrySafe() {
    failOnceThen("/v1/spaces/AAA/messagePins", fixture("messagePinsCreate"));
    MessagePin pin = client.spaces().messagePinsCreate("spaces/AAA",
        MessagePin.builder().message("spaces/AAA/messages/BBB").build(),
        RequestOptions.builder().idempotencyKey("pin-release-notes").build());
    assertThat(pin.getMessage()).isEqualTo("spaces/AAQAtjsc9v4/messages/Xw9c1mXJ2kE.Xw9c1mXJ2kE");
    assertThat(wm.findAll(anyRequestedFor(anyUrl()))).hasSize(2)
        .allSatisfy(r -> assertThat(r.getUrl()).isEqualTo("/v1/spaces/AAA/messagePins"));
  }
}
