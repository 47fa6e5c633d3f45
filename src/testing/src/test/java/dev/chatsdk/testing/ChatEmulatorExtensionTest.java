package dev.chatsdk.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chatsdk.googlechat.GoogleChatClient;
import dev.chatsdk.stream.StreamChatClient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ChatEmulatorExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ChatEmulatorExtensionTest {
  private static ChatEmulator first;
  private static StreamChatClient firstStream;

  private static ChatEmulator fromBeforeAll;

  @BeforeAll
  static void lifecycleMethodsGetTheEmulatorToo(ChatEmulator emulator) {
    fromBeforeAll = emulator;
  }

  @Test
  @Order(1)
  void injectsEmulatorAndClientsPointingAtIt(ChatEmulator emulator, StreamChatClient stream, GoogleChatClient chat,
      EmulatedStream streamControl, EmulatedGoogleChat googleControl) {
    assertThat(emulator).isSameAs(fromBeforeAll);
    first = emulator;
    firstStream = stream;
    assertThat(googleControl).isSameAs(emulator.googleChat());
    assertThat(streamControl).isSameAs(emulator.stream());
    assertThat(chat.baseUrl()).startsWith(emulator.googleChatBaseUrl());
    stream.messages().getOg("https://example.com");
    assertThat(emulator.stream().requestCount()).isEqualTo(1);
    emulator.stream().failNext(500, 3);
  }

  @Test
  @Order(2)
  void sameEmulatorAndClientForTheClassWithFailuresClearedBetweenTests(ChatEmulator emulator, StreamChatClient stream) {
    assertThat(emulator).isSameAs(first);
    assertThat(stream).isSameAs(firstStream);
    assertThat(emulator.stream().pendingFailures()).isZero();
    assertThat(emulator.stream().requestCount()).isZero();
  }

  @Nested
  class Inner {
    @Test
    void nestedClassesShareTheOuterEmulator(ChatEmulator emulator) {
      assertThat(emulator).isNotNull().isSameAs(fromBeforeAll);
    }
  }
}
