package dev.chatsdk.examples.snippets;

import dev.chatsdk.stream.StreamChatClient;
import dev.chatsdk.stream.MessagesApi;
import dev.chatsdk.stream.model.*;

/** The quickstart block of docs/stream.md (its imports are this file's). Compiled, never run. */
final class StreamQuickstart {
  private StreamQuickstart() {}

  static void quickstart() {
    // snippet:stream-guide-quickstart
    try (StreamChatClient client = StreamChatClient.fromEnv()) {   // STREAM_API_KEY + STREAM_API_SECRET
      MessagesApi messages = client.messages();

      MessageWithPendingMetadataResponse sent = messages.sendMessage("messaging", "general",
          SendMessageRequest.builder()
              .message(MessageRequest.builder().text("Hello from Java").userId("ana").build())
              .build());

      Message message = sent.getMessage();
      System.out.println(message.getId() + " at " + message.getCreatedAt());
    }
    // end-snippet
  }
}
