package dev.chatsdk.examples.snippets;

import dev.chatsdk.core.AutoPager;
import dev.chatsdk.core.Page;
import dev.chatsdk.googlechat.SpacesApi;
import dev.chatsdk.googlechat.model.ListMessagesResponse;
import dev.chatsdk.googlechat.model.Membership;
import dev.chatsdk.googlechat.model.Space;
import dev.chatsdk.googlechat.params.ListParams;
import dev.chatsdk.googlechat.params.MembersListParams;
import dev.chatsdk.googlechat.params.MessagesListParams;
import dev.chatsdk.stream.MessagesApi;
import dev.chatsdk.stream.model.SearchRequest;
import dev.chatsdk.stream.model.SearchResponse;
import java.util.List;
import java.util.stream.Collectors;

/** The code blocks of docs/pagination.md. Compiled, never run. */
@SuppressWarnings("unused")
final class PaginationSnippets {
  private PaginationSnippets() {}

  static void items(SpacesApi spaces, MessagesApi messages) {
    // snippet:paging-items
    for (Space space : spaces.listAll(ListParams.builder().filter("spaceType = \"SPACE\"").build())) {
      System.out.println(space.getName() + " " + space.getDisplayName());
    }

    List<String> hits = messages.searchAll(SearchRequest.builder()
            .putFilterConditions("cid", "messaging:general")
            .query("invoice")
            .limit(50)
            .build())
        .stream()
        .limit(200)                              // stops fetching once 200 items were read
        .map(hit -> hit.getMessage().getText())
        .collect(Collectors.toList());
    // end-snippet
  }

  static void pages(SpacesApi spaces) {
    // snippet:paging-pages
    AutoPager<Membership> members = spaces.membersListAll("spaces/AAAAxxxxxxx",
        MembersListParams.builder().pageSize(100).build());
    for (Page<Membership> page : members.pages()) {
      System.out.println(page.items().size() + " members; more: " + page.hasNext());
    }
    // end-snippet
  }

  static void byHand(SpacesApi spaces, MessagesApi messages) {
    // snippet:paging-by-hand
    MessagesListParams params = MessagesListParams.builder().pageSize(100).build();
    ListMessagesResponse page = spaces.messagesList("spaces/AAAAxxxxxxx", params);
    while (page.getNextPageToken() != null && !page.getNextPageToken().isEmpty()) {
      page = spaces.messagesList("spaces/AAAAxxxxxxx", params.toBuilder().pageToken(page.getNextPageToken()).build());
    }

    SearchRequest search = SearchRequest.builder().putFilterConditions("cid", "messaging:general").query("invoice").build();
    SearchResponse result = messages.search(search);
    while (result.getNext() != null) {
      result = messages.search(search.toBuilder().next(result.getNext()).build());
    }
    // end-snippet
  }

  static void reactions(MessagesApi messages) {
    // snippet:paging-offset
    long likes = messages.getReactionsAll("msg-1").stream()
        .filter(reaction -> "like".equals(reaction.getType()))
        .count();
    // end-snippet
  }
}
