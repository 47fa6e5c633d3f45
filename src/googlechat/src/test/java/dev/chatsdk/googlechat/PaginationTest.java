package dev.chatsdk.googlechat;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.chatsdk.core.AutoPager;
import dev.chatsdk.googlechat.model.Membership;
import dev.chatsdk.googlechat.model.Message;
import dev.chatsdk.googlechat.model.Reaction;
import dev.chatsdk.googlechat.model.Space;
import dev.chatsdk.googlechat.params.ListParams;
import dev.chatsdk.googlechat.params.MembersListParams;
import dev.chatsdk.googlechat.params.MessagesListParams;
import dev.chatsdk.googlechat.params.MessagesReactionsListParams;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The four auto-pagers follow {@code nextPageToken} lazily and keep the caller's other parameters. */
class PaginationTest extends WireMockSupport {

  /** Three pages under {@code path}: tokens none -> p2 -> p3 -> end, items named by {@code key}. */
  private static void threePages(String path, String key, String prefix) {
    wm.stubFor(get(urlPathEqualTo(path)).withQueryParam("pageToken", absent())
        .willReturn(okJson("{\"" + key + "\":[{\"name\":\"" + prefix + "1\"},{\"name\":\"" + prefix + "2\"}],\"nextPageToken\":\"p2\"}")));
    wm.stubFor(get(urlPathEqualTo(path)).withQueryParam("pageToken", equalTo("p2"))
        .willReturn(okJson("{\"" + key + "\":[],\"nextPageToken\":\"p3\"}")));
    wm.stubFor(get(urlPathEqualTo(path)).withQueryParam("pageToken", equalTo("p3"))
        .willReturn(okJson("{\"" + key + "\":[{\"name\":\"" + prefix + "3\"}]}")));
  }

  private static List<String> tokensSent() {
    return wm.findAll(anyRequestedFor(anyUrl())).stream()
        .map(r -> r.getQueryParams().containsKey("pageToken") ? r.queryParameter("pageToken").firstValue() : "-")
        .collect(Collectors.toList());
  }

  @Test
  void listAllWalksEveryPageAndKeepsTheFilter() {
    threePages("/v1/spaces", "spaces", "spaces/S");
    AutoPager<Space> all = client.spaces().listAll(ListParams.builder().pageSize(2).filter("spaceType = \"SPACE\"").build());
    assertThat(wm.findAll(anyRequestedFor(anyUrl()))).isEmpty(); // lazy until iterated
    assertThat(all.stream().map(Space::getName)).containsExactly("spaces/S1", "spaces/S2", "spaces/S3");
    assertThat(tokensSent()).containsExactly("-", "p2", "p3");
    for (LoggedRequest r : wm.findAll(anyRequestedFor(anyUrl()))) {
      assertThat(r.queryParameter("pageSize").firstValue()).isEqualTo("2");
      assertThat(r.queryParameter("filter").firstValue()).isEqualTo("spaceType = \"SPACE\"");
    }
  }

  @Test
  void membersListAll() {
    threePages("/v1/spaces/AAA/members", "memberships", "spaces/AAA/members/m");
    assertThat(client.spaces().membersListAll("spaces/AAA").stream().map(Membership::getName))
        .containsExactly("spaces/AAA/members/m1", "spaces/AAA/members/m2", "spaces/AAA/members/m3");
  }

  @Test
  void messagesListAllRepeatsItsOtherParams() {
    threePages("/v1/spaces/AAA/messages", "messages", "spaces/AAA/messages/x");
    AutoPager<Message> all = client.spaces().messagesListAll("spaces/AAA",
        MessagesListParams.builder().orderBy("createTime desc").build());
    assertThat(all.stream().map(Message::getName)).hasSize(3);
    assertThat(tokensSent()).containsExactly("-", "p2", "p3");
    for (LoggedRequest r : wm.findAll(anyRequestedFor(anyUrl()))) {
      assertThat(r.queryParameter("orderBy").firstValue()).isEqualTo("createTime desc");
    }
  }

  // A pageToken in the params resumes a listing: the first page fetched is the one it names.

  @Test
  void listAllStartsAtTheCallersPageToken() {
    threePages("/v1/spaces", "spaces", "spaces/S");
    AutoPager<Space> all = client.spaces().listAll(ListParams.builder().pageToken("p2").build());
    assertThat(all.stream().map(Space::getName)).containsExactly("spaces/S3");
    assertThat(tokensSent()).containsExactly("p2", "p3");
    wm.resetRequests();
    assertThat(all.stream().map(Space::getName)).as("a new iteration resumes there again").containsExactly("spaces/S3");
    assertThat(tokensSent()).containsExactly("p2", "p3");
  }

  @Test
  void membersListAllStartsAtTheCallersPageToken() {
    threePages("/v1/spaces/AAA/members", "memberships", "spaces/AAA/members/m");
    assertThat(client.spaces().membersListAll("spaces/AAA", MembersListParams.builder().pageToken("p3").build())
        .stream().map(Membership::getName)).containsExactly("spaces/AAA/members/m3");
    assertThat(tokensSent()).containsExactly("p3");
  }

  @Test
  void messagesListAllStartsAtTheCallersPageToken() {
    threePages("/v1/spaces/AAA/messages", "messages", "spaces/AAA/messages/x");
    AutoPager<Message> all = client.spaces().messagesListAll("spaces/AAA",
        MessagesListParams.builder().pageToken("p2").orderBy("createTime desc").build());
    assertThat(all.stream().map(Message::getName)).containsExactly("spaces/AAA/messages/x3");
    assertThat(tokensSent()).containsExactly("p2", "p3");
  }

  @Test
  void messagesReactionsListAllStartsAtTheCallersPageToken() {
    threePages("/v1/spaces/AAA/messages/BBB/reactions", "reactions", "spaces/AAA/messages/BBB/reactions/r");
    assertThat(client.spaces().messagesReactionsListAll("spaces/AAA/messages/BBB",
        MessagesReactionsListParams.builder().pageToken("p2").build()).stream().map(Reaction::getName))
        .containsExactly("spaces/AAA/messages/BBB/reactions/r3");
    assertThat(tokensSent()).containsExactly("p2", "p3");
  }

  @Test
  void messagesReactionsListAllPagesCanBeReadAsPages() {
    threePages("/v1/spaces/AAA/messages/BBB/reactions", "reactions", "spaces/AAA/messages/BBB/reactions/r");
    List<Integer> sizes = new java.util.ArrayList<>();
    client.spaces().messagesReactionsListAll("spaces/AAA/messages/BBB").pages().forEach(p -> sizes.add(p.items().size()));
    assertThat(sizes).containsExactly(2, 0, 1);
    AutoPager<Reaction> again = client.spaces().messagesReactionsListAll("spaces/AAA/messages/BBB");
    assertThat(again.iterator().next().getName()).isEqualTo("spaces/AAA/messages/BBB/reactions/r1");
  }
}
