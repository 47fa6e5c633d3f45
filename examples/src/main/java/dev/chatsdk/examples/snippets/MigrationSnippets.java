package dev.chatsdk.examples.snippets;

import com.google.auth.oauth2.GoogleCredentials;
import dev.chatsdk.core.ApiException;
import dev.chatsdk.core.NotFoundException;
import dev.chatsdk.core.http.FileSource;
import dev.chatsdk.googlechat.GoogleApiError;
import dev.chatsdk.googlechat.GoogleChatClient;
import dev.chatsdk.googlechat.GoogleChatCredentials;
import dev.chatsdk.googlechat.GoogleChatScopes;
import dev.chatsdk.googlechat.MediaApi;
import dev.chatsdk.googlechat.SpacesApi;
import dev.chatsdk.googlechat.model.Attachment;
import dev.chatsdk.googlechat.model.Message;
import dev.chatsdk.googlechat.model.UploadAttachmentResponse;
import dev.chatsdk.googlechat.params.MessagesListParams;
import dev.chatsdk.googlechat.params.MessagesPatchParams;
import dev.chatsdk.stream.MessagesApi;
import dev.chatsdk.stream.StreamChatClient;
import dev.chatsdk.stream.model.MessageRequest;
import dev.chatsdk.stream.model.SendMessageRequest;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/** The code blocks of the two migration guides. Compiled, never run. */
@SuppressWarnings("unused")
final class MigrationSnippets {
  private MigrationSnippets() {}

  static void streamClients(String apiKey, String apiSecret, String euKey, String euSecret) {
    // snippet:migrate-stream-clients
    // One client object per key, passed to the code that needs it; no process-wide settings.
    StreamChatClient production = StreamChatClient.builder().apiKey(apiKey).apiSecret(apiSecret).build();
    StreamChatClient europe = StreamChatClient.builder()
        .apiKey(euKey).apiSecret(euSecret)
        .baseUrl("http://localhost:8089")            // a proxy, a test server, the emulator
        .callTimeout(Duration.ofSeconds(10))
        .build();
    // end-snippet
  }

  static void streamCall(MessagesApi messages) {
    // snippet:migrate-stream-call
    // The operation is a method on MessagesApi; the request body is one model built up front.
    SendMessageRequest request = SendMessageRequest.builder()
        .message(MessageRequest.builder()
            .text("Shipment left the warehouse")
            .userId("shop-bot")
            .putAdditionalProperty("order_id", "A-1042")     // custom field, top level of the message
            .build())
        .skipPush(true)
        .build();
    String id = messages.sendMessage("messaging", "orders", request).getMessage().getId();

    CompletableFuture<String> later = messages.sendMessageAsync("messaging", "orders", request)
        .thenApply(r -> r.getMessage().getId());
    // end-snippet
  }

  static void streamToken(StreamChatClient client) {
    // snippet:migrate-stream-token
    String token = client.createUserToken("ana", java.time.Instant.now().plus(Duration.ofDays(1)));
    // end-snippet
  }

  static void googleClient() throws IOException {
    // snippet:migrate-google-client
    // Credentials: the same Google Auth Library objects, without an HTTP transport adapter.
    GoogleCredentials credentials = GoogleChatCredentials.chatApp(Path.of("service-account.json"));
    GoogleChatClient chat = GoogleChatClient.builder().credentials(credentials).build();

    // Acting as a user via domain-wide delegation (import mode, user-only methods):
    GoogleChatClient asAna = GoogleChatClient.builder()
        .credentials(GoogleChatCredentials.delegated(Path.of("service-account.json"), "ana@example.com", GoogleChatScopes.USER))
        .build();
    // end-snippet
  }

  static void googleCalls(SpacesApi spaces) {
    // snippet:migrate-google-calls
    // Resource path + verb become one method name; optional parameters go in a params object.
    Message posted = spaces.messagesCreate("spaces/AAAAxxxxxxx", Message.builder().text("Hello").build());

    // Every list has an auto-pager: no pageToken loop.
    for (Message m : spaces.messagesListAll("spaces/AAAAxxxxxxx",
        MessagesListParams.builder().filter("createTime > \"2024-01-01T00:00:00Z\"").pageSize(200).build())) {
      System.out.println(m.getName() + " " + m.getText());
    }

    // Models are immutable: change a copy. The update mask is derived from the fields you set,
    // or named explicitly:
    Message edited = spaces.messagesPatch(posted.getName(), Message.builder().text("Hello, edited").build());
    spaces.messagesPatch(posted.getName(), Message.builder().text("Hello again").build(),
        MessagesPatchParams.builder().updateMask("text").build());
    // end-snippet
  }

  static void googleErrors(SpacesApi spaces) {
    // snippet:migrate-google-errors
    try {
      spaces.messagesGet("spaces/AAAAxxxxxxx/messages/missing");
    } catch (NotFoundException e) {
      System.out.println("gone: " + e.requestId().orElse("-"));
    } catch (ApiException e) {
      String status = e.vendorError(GoogleApiError.class).map(GoogleApiError::getStatus).orElse("?");
      System.out.println(e.statusCode() + " " + status);
    }
    // end-snippet
  }

  static void googleMedia(MediaApi media, SpacesApi spaces, OutputStream out) throws IOException {
    // snippet:migrate-google-media
    UploadAttachmentResponse uploaded = media.upload("spaces/AAAAxxxxxxx",
        FileSource.of(Path.of("report.pdf"), "application/pdf"));           // streamed, ≤ 200 MB
    spaces.messagesCreate("spaces/AAAAxxxxxxx", Message.builder()
        .text("Monthly report")
        .addAttachment(Attachment.builder().attachmentDataRef(uploaded.getAttachmentDataRef()).build())
        .build());

    long bytes = media.download(uploaded.getAttachmentDataRef().getResourceName(), Path.of("copy.pdf"));
    // end-snippet
  }
}
