package dev.chatsdk.stream;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.chatsdk.core.AutoPager;
import dev.chatsdk.core.json.ChatJson;
import dev.chatsdk.stream.model.QueryChannelsRequest;
import dev.chatsdk.stream.model.QueryUsersRequest;
import dev.chatsdk.stream.model.SortParamRequest;
import dev.chatsdk.stream.model.UserResponse;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The generated offset pagers whose offset lives in a JSON payload or in the body. */
class StreamPagersTest extends StreamTestSupport {

  private static String users(String... ids) {
    return "{\"duration\":\"1ms\",\"users\":[" + java.util.Arrays.stream(ids)
        .map(id -> "{\"id\":\"" + id + "\",\"role\":\"user\",\"banned\":false,\"online\":false,\"shadow_banned\":false}")
        .collect(Collectors.joining(",")) + "]}";
  }

  private static List<LoggedRequest> requests() {
    return WM.findAll(anyRequestedFor(anyUrl()));
  }

  @Test
  void queryUsersAllMovesTheOffsetInThePayload() {
    WM.stubFor(get(urlPathEqualTo("/users")).withQueryParam("payload", containing("\"offset\":0"))
        .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(users("ana", "bob"))));
    WM.stubFor(get(urlPathEqualTo("/users")).withQueryParam("payload", containing("\"offset\":2"))
        .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(users("carla"))));

    AutoPager<UserResponse> all = client.users().queryUsersAll(QueryUsersRequest.builder()
        .putFilterConditions("role", "user").limit(2).build());
    assertThat(requests()).as("nothing is fetched before iteration").isEmpty();

    assertThat(all.stream().map(UserResponse::getId)).containsExactly("ana", "bob", "carla");
    assertThat(requests()).hasSize(2);
    assertThat(ChatJson.readTree(query(requests().get(1)).get("payload").get(0))).isEqualTo(ChatJson.readTree(
        "{\"filter_conditions\":{\"role\":\"user\"},\"limit\":2,\"offset\":2,\"sort\":[]}"));
  }

  @Test
  void queryChannelsAllMovesTheOffsetInTheBodyAndStopsAtAnEmptyPage() {
    String page = fixture("queryChannels");
    WM.stubFor(post(urlPathEqualTo("/channels")).withRequestBody(matchingJsonPath("$.offset", containing("0")))
        .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json").withBody(page)));
    WM.stubFor(post(urlPathEqualTo("/channels")).withRequestBody(matchingJsonPath("$.offset", containing("1")))
        .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
            .withBody("{\"duration\":\"1ms\",\"channels\":[]}")));

    long count = client.channels().queryChannelsAll(QueryChannelsRequest.builder()
        .addSort(SortParamRequest.builder().field("created_at").direction(1).build()).build()).stream().count();

    assertThat(count).isEqualTo(1);
    assertThat(requests()).hasSize(2);
    assertThat(ChatJson.readTree(requests().get(1).getBodyAsString()).get("offset").asInt()).isEqualTo(1);
    assertThat(ChatJson.readTree(requests().get(1).getBodyAsString()).get("sort").get(0).get("field").asText())
        .isEqualTo("created_at");
  }
}
