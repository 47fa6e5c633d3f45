package dev.chatsdk.examples.snippets;

import dev.chatsdk.googlechat.GoogleChatClient;
import dev.chatsdk.googlechat.GoogleChatCredentials;
import dev.chatsdk.googlechat.SpacesApi;
import dev.chatsdk.googlechat.model.Message;
import dev.chatsdk.googlechat.model.Space;
import dev.chatsdk.stream.MessagesApi;
import dev.chatsdk.stream.StreamChatClient;
import dev.chatsdk.stream.model.MessageRequest;
import dev.chatsdk.stream.model.MessageWithPendingMetadataResponse;
import dev.chatsdk.stream.model.SendMessageRequest;
import dev.chatsdk.testing.ChatEmulator;
import java.nio.file.Path;

/** The code blocks of docs/getting-started.md. Compiled, never run. */
@SuppressWarnings("unused")
final class GettingStartedSnippets {
  private GettingStartedSnippets() {}

  static void stream() {
    // snippet:start-stream
    try (StreamChatClient stream = StreamChatClient.builder()
        .apiKey(System.getenv("STREAM_API_KEY"))
        .apiSecret(System.getenv("STREAM_API_SECRET"))
        .build()) {
      MessagesApi messages = stream.messages();
      MessageWithPendingMetadataResponse sent = messages.sendMessage("messaging", "general",
          SendMessageRequest.builder()
              .message(MessageRequest.builder().text("Hello from chatsdk").userId("ana").build())
              .build());
      System.out.println("Stream message " + sent.getMessage().getId());
    }
    // end-snippet
  }

  static void google() {
    // snippet:start-google
    try (GoogleChatClient chat = GoogleChatClient.builder()
        .credentials(GoogleChatCredentials.chatApp(Path.of("service-account.json")))
        .build()) {
      SpacesApi spaces = chat.spaces();
      Message sent = spaces.messagesCreate("spaces/AAAAxxxxxxx", Message.builder().text("Hello from chatsdk").build());
      System.out.println("Google Chat message " + sent.getName());
    }
    // end-snippet
  }

  static void fromEnv() {
    // snippet:start-from-env
    StreamChatClient stream = StreamChatClient.fromEnv();   // STREAM_API_KEY, STREAM_API_SECRET
    GoogleChatClient chat = GoogleChatClient.fromEnv();     // Application Default Credentials, chat.bot scope
    // end-snippet
  }

  static void emulator() {
    // snippet:start-emulator
    try (ChatEmulator emulator = ChatEmulator.start();
         StreamChatClient stream = StreamChatClient.builder()
             .apiKey(emulator.streamApiKey())
             .apiSecret(emulator.streamApiSecret())
             .baseUrl(emulator.streamBaseUrl())
             .build();
         GoogleChatClient chat = GoogleChatClient.builder()
             .credentials(GoogleChatCredentials.accessToken(emulator.googleAccessToken()))
             .baseUrl(emulator.googleChatBaseUrl())
             .build()) {
      stream.messages().sendMessage("messaging", "general", SendMessageRequest.builder()
          .message(MessageRequest.builder().text("offline hello").userId("ana").build())
          .build());
      Space space = chat.spaces().create(Space.builder()
          .spaceType(Space.SpaceType.SPACE).displayName("Offline").build());
      chat.spaces().messagesCreate(space.getName(), Message.builder().text("offline hello").build());
    }
    // end-snippet
  }
}
