package dev.chatsdk.googlechat;

import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.chatsdk.core.RequestOptions;
import dev.chatsdk.core.ServerException;
import dev.chatsdk.googlechat.model.Membership;
import dev.chatsdk.googlechat.model.Message;
import dev.chatsdk.googlechat.model.SetUpSpaceRequest;
import dev.chatsdk.googlechat.model.Space;
import dev.chatsdk.googlechat.model.User;
import dev.chatsdk.googlechat.params.CreateParams;
import dev.chatsdk.googlechat.params.MessagesCreateParams;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * {@code create}, {@code messagesCreate} and {@code setup} carry a {@code requestId} that stays the
 * same on every attempt, so a 503 is retried without risking a duplicate; other POSTs are not.
 */
class IdempotentCreateTest extends WireMockSupport {
  private static final Message TEXT = Message.builder().text("deploy finished").build();
  private static final Membership DANA =
      Membership.builder().member(User.builder().name("users/dana@example.com").type(User.Type.HUMAN).build()).build();

  private static List<String> requestIds(String path) {
    return wm.findAll(postRequestedFor(urlPathEqualTo(path))).stream()
        .map(r -> r.queryParameter("requestId").firstValue())
        .collect(Collectors.toList());
  }

  @Test
  void messagesCreateGetsAGeneratedUuidThatSurvivesTheRetry() {
    failOnceThen("/v1/spaces/AAA/messages", fixture("messagesCreate"));
    Message sent = client.spaces().messagesCreate("spaces/AAA", TEXT);
    assertThat(sent.getText()).startsWith("Build 4821");
    List<String> ids = requestIds("/v1/spaces/AAA/messages");
    assertThat(ids).hasSize(2);
    assertThat(ids.get(0)).isEqualTo(ids.get(1));
    assertThat(UUID.fromString(ids.get(0)).version()).isEqualTo(4);
    assertThat(sleeper.waits).hasSize(1);
  }

  @Test
  void asyncRetriesKeepTheRequestIdToo() {
    failOnceThen("/v1/spaces/AAA/messages", fixture("messagesCreate"));
    client.spaces().messagesCreateAsync("spaces/AAA", TEXT).join();
    List<String> ids = requestIds("/v1/spaces/AAA/messages");
    assertThat(ids).hasSize(2).doesNotContainNull();
    assertThat(ids.get(0)).isEqualTo(ids.get(1));
  }

  @Test
  void eachCallGetsItsOwnRequestId() {
    wm.stubFor(post(anyUrl()).willReturn(okJson("{}")));
    client.spaces().messagesCreate("spaces/AAA", TEXT);
    client.spaces().messagesCreate("spaces/AAA", TEXT);
    List<String> ids = requestIds("/v1/spaces/AAA/messages");
    assertThat(ids).hasSize(2);
    assertThat(ids.get(0)).isNotEqualTo(ids.get(1));
  }

  @Test
  void theOptionsIdempotencyKeyIsUsedWhenTheParamsHaveNone() {
    failOnceThen("/v1/spaces", fixture("create"));
    client.spaces().create(Space.builder().spaceType(Space.SpaceType.SPACE).displayName("Release train").build(), null,
        RequestOptions.builder().idempotencyKey("nightly-2026-11-22").build());
    assertThat(requestIds("/v1/spaces")).containsExactly("nightly-2026-11-22", "nightly-2026-11-22");
  }

  @Test
  void theParamsRequestIdWinsOverTheOptionsKey() {
    wm.stubFor(post(anyUrl()).willReturn(okJson("{}")));
    client.spaces().messagesCreate("spaces/AAA", TEXT, MessagesCreateParams.builder().requestId("from-params").build(),
        RequestOptions.builder().idempotencyKey("from-options").build());
    client.spaces().create(Space.builder().spaceType(Space.SpaceType.GROUP_CHAT).build(), CreateParams.builder().requestId("space-params").build(),
        RequestOptions.builder().idempotencyKey("from-options").build());
    assertThat(requestIds("/v1/spaces/AAA/messages")).containsExactly("from-params");
    assertThat(requestIds("/v1/spaces")).containsExactly("space-params");
  }

  @Test
  void createRetriesWithTheSameGeneratedId() {
    failOnceThen("/v1/spaces", fixture("create"));
    client.spaces().create(Space.builder().spaceType(Space.SpaceType.SPACE).displayName("Release train").build());
    List<String> ids = requestIds("/v1/spaces");
    assertThat(ids).hasSize(2);
    assertThat(ids.get(0)).isEqualTo(ids.get(1));
    UUID.fromString(ids.get(0));
  }

  @Test
  void setupPutsAGeneratedRequestIdInTheBody() {
    failOnceThen("/v1/spaces:setup", fixture("setup"));
    client.spaces().setup(SetUpSpaceRequest.builder()
        .space(Space.builder().spaceType(Space.SpaceType.SPACE).displayName("Incident 77").build())
        .memberships(List.of(DANA))
        .build());
    List<LoggedRequest> sent = wm.findAll(postRequestedFor(urlPathEqualTo("/v1/spaces:setup")));
    assertThat(sent).hasSize(2);
    String first = json(sent.get(0).getBodyAsString()).get("requestId").asText();
    String second = json(sent.get(1).getBodyAsString()).get("requestId").asText();
    assertThat(first).isEqualTo(second);
    UUID.fromString(first);
  }

  @Test
  void aPostWithoutRequestIdIsNotRetriedAfterA503() {
    failOnceThen("/v1/spaces/AAA/members", fixture("membersCreate"));
    assertThatThrownBy(() -> client.spaces().membersCreate("spaces/AAA", DANA))
        .isInstanceOf(ServerException.class);
    assertThat(wm.findAll(postRequestedFor(urlPathEqualTo("/v1/spaces/AAA/members")))).hasSize(1);
    assertThat(sleeper.waits).isEmpty();
  }

  @Test
  void anOptionsKeyMakesOtherPostsRetrySafeWithoutSendingIt() {
    failOnceThen("/v1/spaces/AAA/members", fixture("membersCreate"));
    client.spaces().membersCreate("spaces/AAA", DANA, null,
        RequestOptions.builder().idempotencyKey("add-dana-once").build());
    List<LoggedRequest> sent = wm.findAll(postRequestedFor(urlPathEqualTo("/v1/spaces/AAA/members")));
    assertThat(sent).hasSize(2);
    assertThat(sent).allSatisfy(r -> assertThat(r.getUrl()).isEqualTo("/v1/spaces/AAA/members"));
  }
}
