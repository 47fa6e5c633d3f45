package dev.chatsdk.examples.snippets;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import dev.chatsdk.core.ApiException;
import dev.chatsdk.core.ApiResponse;
import dev.chatsdk.core.RateLimitException;
import dev.chatsdk.core.RateLimitInfo;
import dev.chatsdk.core.RequestOptions;
import dev.chatsdk.core.http.FileSource;
import dev.chatsdk.core.http.Sleeper;
import dev.chatsdk.stream.DeleteMessageParams;
import dev.chatsdk.stream.DeleteReactionParams;
import dev.chatsdk.stream.GetReactionsParams;
import dev.chatsdk.stream.GetRepliesParams;
import dev.chatsdk.stream.MessagesApi;
import dev.chatsdk.stream.StreamChatClient;
import dev.chatsdk.stream.StreamWebhooks;
import dev.chatsdk.stream.UploadFileParams;
import dev.chatsdk.stream.UploadImageParams;
import dev.chatsdk.stream.WebhookEvent;
import dev.chatsdk.stream.model.APIError;
import dev.chatsdk.stream.model.FileUploadResponse;
import dev.chatsdk.stream.model.FlagRequest;
import dev.chatsdk.stream.model.GetOGResponse;
import dev.chatsdk.stream.model.ImageSizeRequest;
import dev.chatsdk.stream.model.ImageUploadResponse;
import dev.chatsdk.stream.model.MarkChannelsReadRequest;
import dev.chatsdk.stream.model.MarkReadRequest;
import dev.chatsdk.stream.model.MarkUnreadRequest;
import dev.chatsdk.stream.model.Message;
import dev.chatsdk.stream.model.MessageActionRequest;
import dev.chatsdk.stream.model.MessageFlag;
import dev.chatsdk.stream.model.MessageRequest;
import dev.chatsdk.stream.model.MessageWithPendingMetadataResponse;
import dev.chatsdk.stream.model.QueryMessageFlagsRequest;
import dev.chatsdk.stream.model.Reaction;
import dev.chatsdk.stream.model.ReactionRequest;
import dev.chatsdk.stream.model.SearchRequest;
import dev.chatsdk.stream.model.SearchResponse;
import dev.chatsdk.stream.model.SearchResult;
import dev.chatsdk.stream.model.SearchResultMessage;
import dev.chatsdk.stream.model.SendMessageRequest;
import dev.chatsdk.stream.model.SendReactionRequest;
import dev.chatsdk.stream.model.SortParam;
import dev.chatsdk.stream.model.TranslateMessageRequest;
import dev.chatsdk.stream.model.UpdateMessagePartialRequest;
import dev.chatsdk.stream.model.UpdateMessageRequest;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The code blocks of docs/stream.md, each wrapped in a method so that it compiles; DocsSnippetsTest
 * checks that each block equals one region here. Compiled, never run.
 */
@SuppressWarnings("unused")
final class StreamGuideSnippets {
  private static final Logger log = LoggerFactory.getLogger(StreamGuideSnippets.class);

  private StreamGuideSnippets() {}

  static void clients() {
    // snippet:stream-guide-clients
    StreamChatClient server = StreamChatClient.builder()
        .apiKey("k8f2...")
        .apiSecret(System.getenv("STREAM_API_SECRET"))
        .build();

    // fromEnv(): STREAM_API_KEY / STREAM_API_SECRET, or STREAM_KEY / STREAM_SECRET.
    // Missing variables fail with an IllegalStateException that names them.
    StreamChatClient fromEnv = StreamChatClient.fromEnv();
    StreamChatClient tuned = StreamChatClient.builder().credentialsFromEnv().maxRetries(4).build();
    // end-snippet
  }

  static void tokens(StreamChatClient server) {
    // snippet:stream-guide-user-tokens
    String token = server.createUserToken("ana", Instant.now().plus(Duration.ofHours(12)));
    String forever = server.createUserToken("bot-7");             // no exp claim

    StreamChatClient asAna = StreamChatClient.builder().apiKey("k8f2...").userToken(token).build();
    // end-snippet
  }

  static void callForms(MessagesApi messages) {
    // snippet:stream-guide-call-forms
    RequestOptions slow = RequestOptions.builder().timeout(Duration.ofSeconds(20)).maxRetries(0).build();
    messages.getMessage("msg-1", slow);

    ApiResponse<MessageWithPendingMetadataResponse> r = messages.getMessageWithHttpInfo("msg-1");
    r.rateLimit().flatMap(RateLimitInfo::remaining).ifPresent(left -> log.info("{} calls left", left));

    messages.getMessageAsync("msg-1").thenAccept(m -> log.info("text: {}", m.getMessage().getText()));
    // end-snippet
  }

  static void messageOps(MessagesApi messages) {
    // snippet:stream-guide-messages
    // sendMessage — POST /channels/{type}/{id}/message
    messages.sendMessage("messaging", "general", SendMessageRequest.builder()
        .message(MessageRequest.builder().text("Deploy finished").userId("ci-bot").build())
        .skipPush(true)
        .build());

    // getMessage — GET /messages/{id}
    Message m = messages.getMessage("msg-1").getMessage();

    // getManyMessages — GET /channels/{type}/{id}/messages (ids are sent comma-separated)
    List<Message> some = messages.getManyMessages("messaging", "general", List.of("msg-1", "msg-2")).getMessages();

    // updateMessage — POST /messages/{id}: replaces the message; fields you leave out are cleared
    messages.updateMessage("msg-1", UpdateMessageRequest.builder()
        .message(MessageRequest.builder().text("Deploy finished (v2)").userId("ci-bot").build())
        .build());

    // updateMessagePartial — PUT /messages/{id}: set some fields, remove others, keep the rest
    messages.updateMessagePartial("msg-1", UpdateMessagePartialRequest.builder()
        .putSet("pinned", true)
        .addUnset("ticket")
        .userId("ana")
        .build());

    // deleteMessage — DELETE /messages/{id} (soft; hard = also removes reactions and replies)
    messages.deleteMessage("msg-1");
    messages.deleteMessage("msg-1", DeleteMessageParams.builder().hard(true).build());

    // translateMessage — POST /messages/{id}/translate; the text lands in message.i18n
    Map<String, String> i18n = messages.translateMessage("msg-1", TranslateMessageRequest.builder()
        .language(TranslateMessageRequest.Language.FR).build()).getMessage().getI18n();

    // runMessageAction — POST /messages/{id}/action (interactive commands such as /giphy)
    messages.runMessageAction("msg-1", MessageActionRequest.builder()
        .putFormData("image_action", "shuffle").userId("ana").build());

    // getReplies — GET /messages/{parent_id}/replies, optionally bounded by id or time
    messages.getReplies("msg-1", GetRepliesParams.builder()
        .idLt("msg-90")
        .createdAtAfter(Instant.parse("2024-05-01T00:00:00Z"))   // sent as RFC 3339
        .build());

    // search — GET /search; the request travels JSON-encoded in query parameter "payload"
    SearchResponse found = messages.search(SearchRequest.builder()
        .putFilterConditions("members", Map.of("$in", List.of("ana")))   // which channels (required)
        .query("deploy")
        .limit(20)
        .sort(List.of(SortParam.builder().field("created_at").direction(-1).build()))
        .build());

    // getOg — GET /og: the Open Graph preview Stream would attach for a URL
    GetOGResponse og = messages.getOg("https://example.com/post");
    // end-snippet
  }

  static void reactionOps(MessagesApi messages) {
    // snippet:stream-guide-reactions
    // sendReaction — POST /messages/{id}/reaction
    messages.sendReaction("msg-1", SendReactionRequest.builder()
        .reaction(ReactionRequest.builder().type("like").userId("bob").build())
        .enforceUnique(true)
        .build());

    // getReactions — GET /messages/{id}/reactions (limit / offset)
    messages.getReactions("msg-1", GetReactionsParams.builder().limit(25).offset(0).build());

    // deleteReaction — DELETE /messages/{id}/reaction/{type}
    messages.deleteReaction("msg-1", "like", DeleteReactionParams.builder().userId("bob").build());
    // end-snippet
  }

  static void readState(MessagesApi messages) {
    // snippet:stream-guide-read-state
    // markRead — POST /channels/{type}/{id}/read
    messages.markRead("messaging", "general", MarkReadRequest.builder().messageId("msg-1").userId("ana").build());

    // markUnread — POST /channels/{type}/{id}/unread (from message_id on; required)
    messages.markUnread("messaging", "general", MarkUnreadRequest.builder().messageId("msg-1").userId("ana").build());

    // markChannelsRead — POST /channels/read: every channel of the user
    messages.markChannelsRead(MarkChannelsReadRequest.builder().userId("ana").build());
    // end-snippet
  }

  static void moderation(MessagesApi messages) {
    // snippet:stream-guide-moderation
    // flag — POST /moderation/flag (target_message_id or target_user_id is required)
    messages.flag(FlagRequest.builder().targetMessageId("msg-1").userId("moderator-1").build());

    // unflag — POST /moderation/unflag
    messages.unflag(FlagRequest.builder().targetMessageId("msg-1").userId("moderator-1").build());

    // queryMessageFlags — GET /moderation/flags/message; request JSON-encoded in "payload"
    List<MessageFlag> flags = messages.queryMessageFlags(QueryMessageFlagsRequest.builder()
        .putFilterConditions("channel_cid", "messaging:general")
        .limit(50)
        .build()).getFlags();
    // end-snippet
  }

  static void files(MessagesApi messages, byte[] photoBytes) {
    // snippet:stream-guide-files
    // uploadFile — POST /channels/{type}/{id}/file (multipart/form-data, streamed)
    FileUploadResponse file = messages.uploadFile("messaging", "general",
        FileSource.of(Path.of("report.pdf"), "application/pdf"),
        UploadFileParams.builder().userId("ana").build());

    // uploadImage — POST /channels/{type}/{id}/image, optionally with resized variants
    ImageUploadResponse image = messages.uploadImage("messaging", "general",
        FileSource.of(photoBytes, "photo.jpg", "image/jpeg"),
        UploadImageParams.builder()
            .userId("ana")
            .addUploadSize(ImageSizeRequest.builder().width(200).height(200)
                .crop(ImageSizeRequest.Crop.CENTER).resize(ImageSizeRequest.Resize.FILL).build())
            .build());

    // deleteFile / deleteImage — DELETE /channels/{type}/{id}/file|image?url=...
    messages.deleteFile("messaging", "general", file.getFile());
    messages.deleteImage("messaging", "general", image.getFile());
    // end-snippet
  }

  static void paging(MessagesApi messages) {
    // snippet:stream-guide-paging
    for (SearchResult hit : messages.searchAll(SearchRequest.builder()
        .putFilterConditions("type", "messaging").query("invoice").limit(100).build())) {
      process(hit.getMessage());
    }
    long likes = messages.getReactionsAll("msg-1").stream().filter(r -> r.getType().equals("like")).count();
    // end-snippet
  }

  static void customData(MessagesApi messages) {
    // snippet:stream-guide-custom-data
    MessageRequest request = MessageRequest.builder()
        .text("Order shipped")
        .userId("shop-bot")
        .putAdditionalProperty("order_id", "A-1042")
        .putAdditionalProperty("tracking", Map.of("carrier", "DHL", "code", "JD0146"))
        .build();

    Message stored = messages.getMessage("msg-1").getMessage();
    Object orderId = stored.getAdditionalProperties().get("order_id");         // "A-1042"
    Map<?, ?> tracking = (Map<?, ?>) stored.getAdditionalProperties().get("tracking");
    // end-snippet
  }

  static void errors(MessagesApi messages, SendMessageRequest request) {
    // snippet:stream-guide-errors
    try {
      messages.sendMessage("messaging", "general", request);
    } catch (RateLimitException e) {
      Duration wait = e.retryAfter().orElse(Duration.ofSeconds(1));
      e.rateLimit().flatMap(RateLimitInfo::reset).ifPresent(reset -> log.warn("limit resets at {}", reset));
    } catch (ApiException e) {
      e.vendorError(APIError.class).ifPresent(err ->
          log.warn("Stream error {}: {} ({})", err.getCode(), err.getMessage(), err.getExceptionFields()));
    }
    // end-snippet
  }

  static void webhooks(StreamChatClient client, HttpExchange exchange) throws IOException {
    // snippet:stream-guide-webhooks
    StreamWebhooks webhooks = client.webhooks();        // or new StreamWebhooks(apiSecret), no HTTP client needed

    // in your HTTP handler (here the JDK's com.sun.net.httpserver.HttpExchange):
    byte[] body = exchange.getRequestBody().readAllBytes();
    if (!webhooks.verifySignature(body, exchange.getRequestHeaders().getFirst("X-Signature"))) {
      exchange.sendResponseHeaders(401, -1);
      return;
    }
    WebhookEvent event = webhooks.parse(body);          // or verifyAndParse(body, signature)
    switch (event.getType()) {
      case "message.new":
        event.getMessage().ifPresent(m -> index(m.getId(), m.getText()));
        break;
      case "reaction.new":
        Reaction r = event.get("reaction", Reaction.class).orElseThrow();
        break;
      default:
        JsonNode everything = event.getPayload();     // every field, also of event types we do not know
    }
    // end-snippet
  }

  static void testing(int port, Sleeper noWaitSleeper) {
    // snippet:stream-guide-testing
    StreamChatClient test = StreamChatClient.builder()
        .apiKey("test-key").apiSecret("test-secret")
        .baseUrl("http://localhost:" + port)
        .sleeper(noWaitSleeper)
        .build();
    // end-snippet
  }

  private static void process(SearchResultMessage message) {}

  private static void index(String id, String text) {}
}
