package dev.chatsdk.examples.snippets;

import dev.chatsdk.googlechat.GoogleChatClient;
import dev.chatsdk.googlechat.GoogleChatCredentials;
import dev.chatsdk.googlechat.model.Message;
import java.nio.file.Path;

/** The quickstart block of docs/googlechat.md (its imports are this file's). Compiled, never run. */
final class GoogleChatQuickstart {
  private GoogleChatQuickstart() {}

  static void quickstart() {
    // snippet:googlechat-guide-quickstart
    try (GoogleChatClient chat = GoogleChatClient.builder()
        .credentials(GoogleChatCredentials.chatApp(Path.of("service-account.json")))  // scope chat.bot
        .build()) {
      Message sent = chat.spaces().messagesCreate("spaces/AAAAxyz", Message.builder().text("Deploy finished").build());
      System.out.println(sent.getName());  // spaces/AAAAxyz/messages/...
    }
    // end-snippet
  }
}
