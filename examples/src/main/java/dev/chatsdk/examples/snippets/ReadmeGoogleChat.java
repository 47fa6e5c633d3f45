package dev.chatsdk.examples.snippets;

import dev.chatsdk.googlechat.GoogleChatClient;
import dev.chatsdk.googlechat.GoogleChatCredentials;
import dev.chatsdk.googlechat.model.Message;
import java.nio.file.Path;

/** The Google Chat quickstart block of README.md. Compiled, never run. */
@SuppressWarnings("unused")
final class ReadmeGoogleChat {
  private ReadmeGoogleChat() {}

  static void quickstart() {
    // snippet:readme-googlechat
    try (GoogleChatClient chat = GoogleChatClient.builder()
        .credentials(GoogleChatCredentials.chatApp(Path.of("service-account.json")))   // a Chat app, scope chat.bot
        .build()) {
      Message sent = chat.spaces().messagesCreate("spaces/AAAAxyz",
          Message.builder().text("Deploy finished").build());                        // retry-safe: requestId is automatic
      chat.spaces().membersListAll("spaces/AAAAxyz")                                  // pages fetched lazily
          .forEach(m -> System.out.println(m.getMember().getName()));
    }
    // end-snippet
  }
}
