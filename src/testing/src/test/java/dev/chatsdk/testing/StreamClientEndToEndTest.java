package dev.chatsdk.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chatsdk.core.BadRequestException;
import dev.chatsdk.core.NotFoundException;
import dev.chatsdk.core.PermissionDeniedException;
import dev.chatsdk.core.RateLimitException;
import dev.chatsdk.core.UnauthorizedException;
import dev.chatsdk.core.http.FileSource;
import dev.chatsdk.stream.DeleteMessageParams;
import dev.chatsdk.stream.DeleteReactionParams;
import dev.chatsdk.stream.GetRepliesParams;
import dev.chatsdk.stream.StreamChatClient;
import dev.chatsdk.stream.UploadFileParams;
import dev.chatsdk.stream.UploadImageParams;
import dev.chatsdk.stream.WebhookEvent;
import dev.chatsdk.stream.model.FlagRequest;
import dev.chatsdk.stream.model.ImageSizeRequest;
import dev.chatsdk.stream.model.MarkChannelsReadRequest;
import dev.chatsdk.stream.model.MarkReadRequest;
import dev.chatsdk.stream.model.MarkUnreadRequest;
import dev.chatsdk.stream.model.Message;
import dev.chatsdk.stream.model.MessageActionRequest;
import dev.chatsdk.stream.model.MessageRequest;
import dev.chatsdk.stream.model.QueryMessageFlagsRequest;
import dev.chatsdk.stream.model.ReactionRequest;
import dev.chatsdk.stream.model.SearchRequest;
import dev.chatsdk.stream.model.SearchResult;
import dev.chatsdk.stream.model.SendMessageRequest;
import dev.chatsdk.stream.model.SendReactionRequest;
import dev.chatsdk.stream.model.TranslateMessageRequest;
import dev.chatsdk.stream.model.UpdateMessagePartialRequest;
import dev.chatsdk.stream.model.UpdateMessageRequest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The Stream SDK client against the emulator, through the JUnit extension. */
@ChatEmulatorTest
class StreamClientEndToEndTest {
  private final StreamChatClient stream;
  private final ChatEmulator emulator;

  StreamClientEndToEndTest(StreamChatClient stream, ChatEmulator emulator) {
    this.stream = stream;
    this.emulator = emulator;
  }

  private static String channel() {
    return "e2e-" + UUID.randomUUID().toString().substring(0, 8);
  }

  private Message send(String channel, MessageRequest message) {
    return stream.messages().sendMessage("messaging", channel, SendMessageRequest.builder().message(message).build())
        .getMessage();
  }

  @Test
  void sendReplyReactAndReadBack() {
    String ch = channel();
    Message root = send(ch, MessageRequest.builder().text("Hello from the SDK").userId("alice")
        .putAdditionalProperty("priority", "high").build());
    assertThat(root.getId()).isNotBlank();
    assertThat(root.getText()).isEqualTo("Hello from the SDK");
    assertThat(root.getAdditionalProperties()).containsEntry("priority", "high");

    Message reply = send(ch, MessageRequest.builder().text("a reply").parentId(root.getId()).userId("bob").build());
    assertThat(reply.getParentId()).isEqualTo(root.getId());
    assertThat(stream.messages().getMessage(root.getId()).getMessage().getReplyCount()).isEqualTo(1);
    assertThat(stream.messages().getReplies(root.getId()).getMessages()).extracting(Message::getText)
        .containsExactly("a reply");
    assertThat(stream.messages().getReplies(root.getId(), GetRepliesParams.builder().idGt(reply.getId()).build())
        .getMessages()).isEmpty();

    Message reacted = stream.messages().sendReaction(root.getId(), SendReactionRequest.builder()
        .reaction(ReactionRequest.builder().type("love").userId("bob").score(2).build()).build()).getMessage();
    assertThat(reacted.getReactionCounts()).containsEntry("love", 1);
    assertThat(reacted.getReactionScores()).containsEntry("love", 2);
    assertThat(stream.messages().getReactionsAll(root.getId()).stream().count()).isEqualTo(1);
    assertThat(stream.messages().deleteReaction(root.getId(), "love",
        DeleteReactionParams.builder().userId("bob").build()).getMessage().getReactionCounts()).isEmpty();

    assertThat(stream.messages().getManyMessages("messaging", ch, List.of(root.getId(), reply.getId())).getMessages())
        .hasSize(2);
  }

  @Test
  void updatesPartialUpdatesTranslationAndDeletion() {
    String ch = channel();
    Message m = send(ch, MessageRequest.builder().text("v1").userId("u").build());
    Message updated = stream.messages().updateMessage(m.getId(), UpdateMessageRequest.builder()
        .message(MessageRequest.builder().text("v2").userId("u").build()).build()).getMessage();
    assertThat(updated.getText()).isEqualTo("v2");
    Message partial = stream.messages().updateMessagePartial(m.getId(), UpdateMessagePartialRequest.builder()
        .putSet("text", "v3").putSet("tags", List.of("a", "b")).userId("u").build()).getMessage();
    assertThat(partial.getText()).isEqualTo("v3");
    assertThat(partial.getAdditionalProperties()).containsEntry("tags", List.of("a", "b"));
    Message unset = stream.messages().updateMessagePartial(m.getId(), UpdateMessagePartialRequest.builder()
        .addUnset("tags").userId("u").build()).getMessage();
    assertThat(unset.getAdditionalProperties()).doesNotContainKey("tags");

    Message translated = stream.messages().translateMessage(m.getId(), TranslateMessageRequest.builder()
        .language(TranslateMessageRequest.Language.of("fr")).build()).getMessage();
    assertThat(translated.getI18n()).containsEntry("fr_text", "[fr] v3");

    assertThat(stream.messages().deleteMessage(m.getId()).getMessage().getType().toString()).contains("deleted");
    stream.messages().deleteMessage(m.getId(), DeleteMessageParams.builder().hard(true).build());
    assertThatThrownBy(() -> stream.messages().getMessage(m.getId())).isInstanceOf(NotFoundException.class);
  }

  @Test
  void searchPagesThroughEveryHit() {
    String ch = channel();
    for (int i = 0; i < 7; i++) {
      send(ch, MessageRequest.builder().text("findme " + i).userId("s").build());
    }
    SearchRequest query = SearchRequest.builder().putFilterConditions("cid", "messaging:" + ch).query("findme")
        .limit(3).build();
    List<String> texts = stream.messages().searchAll(query).stream()
        .map(SearchResult::getMessage).map(x -> x.getText()).collect(Collectors.toList());
    assertThat(texts).hasSize(7).doesNotHaveDuplicates().allMatch(t -> t.startsWith("findme"));
    assertThat(stream.messages().search(query).getNext()).isNotNull();
  }

  @Test
  void uploadsAreStoredAndServed() throws Exception {
    String ch = channel();
    byte[] bytes = "hello file".getBytes(StandardCharsets.UTF_8);
    String url = stream.messages().uploadFile("messaging", ch, FileSource.of(bytes, "hello.txt", "text/plain"),
        UploadFileParams.builder().userId("up").build()).getFile();
    HttpResponse<byte[]> served = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
        HttpResponse.BodyHandlers.ofByteArray());
    assertThat(served.body()).isEqualTo(bytes);
    String image = stream.messages().uploadImage("messaging", ch, FileSource.of(new byte[] {1, 2, 3}, "p.png", "image/png"),
        UploadImageParams.builder().userId("up").addUploadSize(ImageSizeRequest.builder().width(20).height(10).build())
            .build()).getFile();
    assertThat(image).startsWith(emulator.streamBaseUrl());
    stream.messages().deleteFile("messaging", ch, url);
    stream.messages().deleteImage("messaging", ch, image);
    assertThatThrownBy(() -> stream.messages().deleteFile("messaging", ch, url)).isInstanceOf(NotFoundException.class);
  }

  @Test
  void readStateFlagsOgAndActions(EmulatedStream state) {
    String ch = channel();
    Message first = send(ch, MessageRequest.builder().text("one").userId("w").build());
    send(ch, MessageRequest.builder().text("two").userId("w").build());
    assertThat(stream.messages().markRead("messaging", ch, MarkReadRequest.builder().userId("r").build()).getEvent()
        .getCid()).isEqualTo("messaging:" + ch);
    assertThat(state.unreadCount("messaging", ch, "r")).isZero();
    stream.messages().markUnread("messaging", ch, MarkUnreadRequest.builder().messageId(first.getId()).userId("r").build());
    assertThat(state.unreadCount("messaging", ch, "r")).isEqualTo(2);
    stream.messages().markChannelsRead(MarkChannelsReadRequest.builder().userId("r").build());
    assertThat(state.unreadCount("messaging", ch, "r")).isZero();

    stream.messages().flag(FlagRequest.builder().targetMessageId(first.getId()).userId("mod").build());
    assertThat(stream.messages().queryMessageFlags(QueryMessageFlagsRequest.builder()
        .putFilterConditions("channel_cid", "messaging:" + ch).build()).getFlags()).hasSize(1);
    stream.messages().unflag(FlagRequest.builder().targetMessageId(first.getId()).userId("mod").build());

    assertThat(stream.messages().getOg("https://example.com/article").getTitle()).isEqualTo("Preview of example.com");

    Message giphy = send(ch, MessageRequest.builder().text("/giphy hello").userId("w").build());
    Message sent = stream.messages().runMessageAction(giphy.getId(), MessageActionRequest.builder()
        .putFormData("image_action", "send").userId("w").build()).getMessage();
    assertThat(sent.getType().toString()).contains("regular");
  }

  @Test
  void errorsAndRetries(EmulatedStream state) {
    assertThatThrownBy(() -> stream.messages().sendMessage("messaging", channel(),
        SendMessageRequest.builder().message(MessageRequest.builder().text("no user").build()).build()))
        .isInstanceOf(BadRequestException.class);

    state.failNext(503);
    assertThat(stream.messages().getOg("https://example.com").getTitle()).isNotNull();
    assertThat(state.requestCount()).as("one failure, one retry").isEqualTo(3);

    try (StreamChatClient noRetries = EmulatorClients.streamBuilder(emulator).maxRetries(0).build()) {
      state.failNext(429, Duration.ofSeconds(2));
      assertThatThrownBy(() -> noRetries.messages().getOg("https://example.com"))
          .isInstanceOfSatisfying(RateLimitException.class, e -> {
            assertThat(e.retryAfter()).contains(Duration.ofSeconds(2));
            assertThat(e.rateLimit()).isPresent();
          });
    }
    try (StreamChatClient wrongSecret = StreamChatClient.builder().baseUrl(emulator.streamBaseUrl())
        .apiKey(emulator.streamApiKey()).apiSecret("not-the-secret").build()) {
      assertThatThrownBy(() -> wrongSecret.messages().getOg("https://example.com"))
          .isInstanceOf(UnauthorizedException.class);
    }
  }

  @Test
  void userTokenClientsActAsTheirUser() {
    String ch = channel();
    try (StreamChatClient alice = EmulatorClients.streamUserBuilder(emulator, "alice").build();
        StreamChatClient mallory = EmulatorClients.streamUserBuilder(emulator, "mallory").build()) {
      Message m = alice.messages().sendMessage("messaging", ch, SendMessageRequest.builder()
          .message(MessageRequest.builder().text("mine").build()).build()).getMessage();
      assertThat(m.getUser().getId()).isEqualTo("alice");
      assertThatThrownBy(() -> mallory.messages().updateMessagePartial(m.getId(),
          UpdateMessagePartialRequest.builder().putSet("text", "stolen").build()))
          .isInstanceOf(PermissionDeniedException.class);
      assertThat(emulator.stream().message(m.getId()).get("text").asText()).isEqualTo("mine");
    }
  }

  @Test
  void emulatorEventsVerifyWithTheSdkWebhookParser() {
    String ch = channel();
    Message m = send(ch, MessageRequest.builder().text("to the bridge").userId("w").build());
    ObjectNode event = emulator.stream().events().stream()
        .filter(e -> e.path("message_id").asText().equals(m.getId())).findFirst().orElseThrow();
    byte[] body = event.toString().getBytes(StandardCharsets.UTF_8);
    WebhookEvent parsed = stream.webhooks().parse(body);
    assertThat(parsed.getType()).isEqualTo("message.new");
    assertThat(parsed.getCid()).contains("messaging:" + ch);
    assertThat(parsed.getMessage().map(Message::getText)).contains("to the bridge");
  }

  @Test
  void asyncCallsRunConcurrentlyAgainstTheEmulator(EmulatedStream state) {
    String ch = channel();
    state.withLatency(Duration.ofMillis(50));
    List<java.util.concurrent.CompletableFuture<String>> futures = new java.util.ArrayList<>();
    for (int i = 0; i < 12; i++) {
      futures.add(stream.messages().sendMessageAsync("messaging", ch, SendMessageRequest.builder()
          .message(MessageRequest.builder().text("async " + i).userId("a").build()).build())
          .thenApply(r -> r.getMessage().getText()));
    }
    List<String> texts = futures.stream().map(java.util.concurrent.CompletableFuture::join).collect(Collectors.toList());
    assertThat(texts).hasSize(12).doesNotHaveDuplicates();
    assertThat(state.messageCount("messaging", ch)).isEqualTo(12);
  }
}
