package dev.chatsdk.examples.snippets;

import dev.chatsdk.stream.MessagesApi;
import dev.chatsdk.stream.StreamChatClient;
import dev.chatsdk.stream.model.ChannelGetOrCreateRequest;
import dev.chatsdk.stream.model.ChannelMemberRequest;
import dev.chatsdk.stream.model.ChannelRequest;
import dev.chatsdk.stream.model.Message;
import dev.chatsdk.stream.model.MessageRequest;
import dev.chatsdk.stream.model.ReactionRequest;
import dev.chatsdk.stream.model.SearchRequest;
import dev.chatsdk.stream.model.SearchResult;
import dev.chatsdk.stream.model.SendMessageRequest;
import dev.chatsdk.stream.model.SendReactionRequest;
import dev.chatsdk.stream.model.UpdateUsersRequest;
import dev.chatsdk.stream.model.UserObjectRequest;
import java.util.List;
import java.util.Map;

/** The code blocks of README.md. Compiled, never run. */
final class ReadmeSnippets {
  private ReadmeSnippets() {}

  static void streamQuickstart() {
    // snippet:readme-stream
    try (StreamChatClient client = StreamChatClient.fromEnv()) {   // STREAM_API_KEY, STREAM_API_SECRET
      client.users().updateUsers(UpdateUsersRequest.builder()                      // upsert the users
          .putUsers("ana", UserObjectRequest.builder().id("ana").build())
          .putUsers("bob", UserObjectRequest.builder().id("bob").build()).build());
      client.channels().getOrCreateChannel("messaging", "general", ChannelGetOrCreateRequest.builder()
          .data(ChannelRequest.builder().createdBy(UserObjectRequest.builder().id("ana").build())
              .addMember(ChannelMemberRequest.builder().userId("ana").build())
              .addMember(ChannelMemberRequest.builder().userId("bob").build()).build()).build());
      MessagesApi messages = client.messages();
      Message sent = messages.sendMessage("messaging", "general", SendMessageRequest.builder()
          .message(MessageRequest.builder().text("Hello from Java").userId("ana").build())
          .build()).getMessage();
      messages.sendReaction(sent.getId(), SendReactionRequest.builder()
          .reaction(ReactionRequest.builder().type("like").userId("bob").build()).build());
      for (SearchResult hit : messages.searchAll(SearchRequest.builder()
          .putFilterConditions("members", Map.of("$in", List.of("ana"))).query("hello").build())) {
        System.out.println(hit.getMessage().getText());
      }
    }
    // end-snippet
  }

}
