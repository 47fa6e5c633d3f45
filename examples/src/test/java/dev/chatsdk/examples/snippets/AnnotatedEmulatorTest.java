package dev.chatsdk.examples.snippets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chatsdk.googlechat.GoogleChatClient;
import dev.chatsdk.googlechat.model.Message;
import dev.chatsdk.googlechat.model.Space;
import dev.chatsdk.stream.StreamChatClient;
import dev.chatsdk.stream.model.MessageRequest;
import dev.chatsdk.stream.model.SendMessageRequest;
import dev.chatsdk.testing.ChatEmulator;
import dev.chatsdk.testing.ChatEmulatorTest;
import dev.chatsdk.testing.EmulatedStream;
import org.junit.jupiter.api.Test;

/** The one-annotation block of docs/testing-with-the-emulator.md, as a test that runs. */
// snippet:emulator-annotation
@ChatEmulatorTest
class AnnotatedEmulatorTest {

  @Test
  void postsToBothChats(StreamChatClient stream, GoogleChatClient chat, ChatEmulator emulator) {
    stream.messages().sendMessage("messaging", "deploys", SendMessageRequest.builder()
        .message(MessageRequest.builder().text("Deployed v2").userId("deploy-bot").build())
        .build());
    Space space = chat.spaces().create(Space.builder()
        .spaceType(Space.SpaceType.SPACE).displayName("Deploys").build());
    Message posted = chat.spaces().messagesCreate(space.getName(), Message.builder().text("Deployed v2").build());

    assertThat(emulator.stream().messageCount("messaging", "deploys")).isEqualTo(1);
    assertThat(emulator.googleChat().message(posted.getName()).path("text").asText()).isEqualTo("Deployed v2");
  }

  @Test
  void seesInjectedFailures(StreamChatClient stream, EmulatedStream emulatedStream) {
    String id = stream.messages().sendMessage("messaging", "deploys", SendMessageRequest.builder()
        .message(MessageRequest.builder().text("Deployed v3").userId("deploy-bot").build())
        .build()).getMessage().getId();
    emulatedStream.failNext(503);                 // the next request fails once
    assertThat(stream.messages().getMessage(id).getMessage().getText()).isEqualTo("Deployed v3");   // retried
    assertThat(emulatedStream.requestCount()).isEqualTo(3);
  }
}
// end-snippet
