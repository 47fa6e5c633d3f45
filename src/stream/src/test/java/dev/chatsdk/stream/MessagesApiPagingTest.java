package dev.chatsdk.stream;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.notContaining;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.chatsdk.core.AutoPager;
import dev.chatsdk.core.json.ChatJson;
import dev.chatsdk.stream.model.MessageFlag;
import dev.chatsdk.stream.model.QueryMessageFlagsRequest;
import dev.chatsdk.stream.model.Reaction;
import dev.chatsdk.stream.model.SearchRequest;
import dev.chatsdk.stream.model.SearchResult;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The auto-pagers: lazy, and each follows its operation's cursor or offset. */
class MessagesApiPagingTest extends StreamTestSupport {

  private static String json(String fixture, java.util.function.Consumer<ObjectNode> change) {
    ObjectNode tree = (ObjectNode) ChatJson.readTree(fixture(fixture));
    change.accept(tree);
    return tree.toString();
  }

  private static List<LoggedRequest> requests() {
    return WM.findAll(anyRequestedFor(anyUrl()));
  }

  private static JsonNode payloadOf(LoggedRequest request) {
    return ChatJson.readTree(query(request).get("payload").get(0));
  }

  @Test
  void searchAllFollowsTheNextCursor() {
    WM.stubFor(get(urlPathEqualTo("/search")).withQueryParam("payload", notContaining("\"next\""))
        .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(fixture("search"))));
    WM.stubFor(get(urlPathEqualTo("/search")).withQueryParam("payload", containing("c2VhcmNoLWN1cnNvci0y"))
        .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
            .withBody(json("search", t -> {
              t.remove("next");
              ((ArrayNode) t.get("results")).remove(1);
            }))));
    SearchRequest payload = SearchRequest.builder().putFilterConditions("cid", "messaging:release-2024")
        .query("notes").limit(2).offset(0).build();

    AutoPager<SearchResult> all = api.searchAll(payload);
    assertThat(requests()).as("nothing is fetched before iteration").isEmpty();
    List<String> ids = all.stream().map(r -> r.getMessage().getId()).collect(Collectors.toList());

    assertThat(ids).containsExactly("msg-1001", "msg-1002", "msg-1001");
    List<LoggedRequest> sent = requests();
    assertThat(sent).hasSize(2);
    assertThat(payloadOf(sent.get(0))).isEqualTo(ChatJson.readTree(
        "{\"filter_conditions\":{\"cid\":\"messaging:release-2024\"},\"limit\":2,\"offset\":0,\"query\":\"notes\"}"));
    assertThat(payloadOf(sent.get(1))).isEqualTo(ChatJson.readTree(
        "{\"filter_conditions\":{\"cid\":\"messaging:release-2024\"},\"limit\":2,\"next\":\"c2VhcmNoLWN1cnNvci0y\",\"query\":\"notes\"}"));
  }

  @Test
  void getReactionsAllMovesTheOffsetAndStopsAtAShortPage() {
    WM.stubFor(get(urlPathEqualTo("/messages/msg-1001/reactions")).withQueryParam("offset", equalTo("0"))
        .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(fixture("getReactions"))));
    WM.stubFor(get(urlPathEqualTo("/messages/msg-1001/reactions")).withQueryParam("offset", equalTo("2"))
        .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
            .withBody(json("getReactions", t -> ((ArrayNode) t.get("reactions")).remove(0)))));

    List<String> types = api.getReactionsAll("msg-1001", GetReactionsParams.builder().limit(2).build())
        .stream().map(Reaction::getType).collect(Collectors.toList());

    assertThat(types).containsExactly("like", "heart", "heart");
    List<LoggedRequest> sent = requests();
    assertThat(sent).hasSize(2);
    assertThat(query(sent.get(0))).containsEntry("limit", List.of("2")).containsEntry("offset", List.of("0"));
    assertThat(query(sent.get(1))).containsEntry("limit", List.of("2")).containsEntry("offset", List.of("2"));
  }

  @Test
  void queryMessageFlagsAllWithoutLimitStopsAtAnEmptyPage() {
    WM.stubFor(get(urlPathEqualTo("/moderation/flags/message")).withQueryParam("payload", containing("\"offset\":0"))
        .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(fixture("queryMessageFlags"))));
    WM.stubFor(get(urlPathEqualTo("/moderation/flags/message")).withQueryParam("payload", containing("\"offset\":1"))
        .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
            .withBody(json("queryMessageFlags", t -> t.putArray("flags")))));

    List<MessageFlag> flags = api.queryMessageFlagsAll(QueryMessageFlagsRequest.builder()
        .filterConditions(Map.of("user_id", "spammer-9")).build()).stream().collect(Collectors.toList());

    assertThat(flags).hasSize(1);
    assertThat(requests()).hasSize(2);
    assertThat(payloadOf(requests().get(1)).get("filter_conditions").get("user_id").asText()).isEqualTo("spammer-9");
  }
}
