package dev.chatsdk.examples.snippets;

import dev.chatsdk.core.ApiConnectionException;
import dev.chatsdk.core.ApiException;
import dev.chatsdk.core.ApiResponse;
import dev.chatsdk.core.NotFoundException;
import dev.chatsdk.core.RateLimitException;
import dev.chatsdk.core.RequestOptions;
import dev.chatsdk.googlechat.GoogleApiError;
import dev.chatsdk.googlechat.SpacesApi;
import dev.chatsdk.googlechat.params.MessagesCreateParams;
import dev.chatsdk.stream.MessagesApi;
import dev.chatsdk.stream.StreamChatClient;
import dev.chatsdk.stream.model.APIError;
import dev.chatsdk.stream.model.MessageRequest;
import dev.chatsdk.stream.model.MessageWithPendingMetadataResponse;
import dev.chatsdk.stream.model.SendMessageRequest;
import java.time.Duration;

/** The code blocks of docs/errors-and-retries.md. Compiled, never run. */
@SuppressWarnings("unused")
final class ErrorsSnippets {
  private ErrorsSnippets() {}

  static void catching(MessagesApi messages, SendMessageRequest request) {
    // snippet:errors-catch
    try {
      messages.sendMessage("messaging", "general", request);
    } catch (RateLimitException e) {            // 429, after the SDK's own retries
      Duration wait = e.retryAfter().orElse(Duration.ofSeconds(1));
      System.out.println("rate limited; try again in " + wait);
    } catch (NotFoundException e) {             // 404
      System.out.println("not found, request id " + e.requestId().orElse("-"));
    } catch (ApiException e) {                  // every other HTTP error status
      System.out.println(e.operation() + " -> " + e.statusCode() + ": " + e.getMessage());
    } catch (ApiConnectionException e) {        // no usable answer (ApiTimeoutException is one)
      System.out.println("network problem: " + e.getMessage());
    }
    // end-snippet
  }

  static void vendorErrors(MessagesApi messages, SpacesApi spaces, SendMessageRequest request) {
    // snippet:errors-vendor
    try {
      messages.sendMessage("messaging", "general", request);
    } catch (ApiException e) {
      e.vendorError(APIError.class).ifPresent(err ->
          System.out.println("Stream code " + err.getCode() + ": " + err.getMessage() + " " + err.getExceptionFields()));
    }
    try {
      spaces.get("spaces/AAAAxxxxxxx");
    } catch (ApiException e) {
      e.vendorError(GoogleApiError.class).ifPresent(err ->
          System.out.println("Google " + err.getStatus() + ": " + err.getMessage() + " " + err.getDetails()));
    }
    // end-snippet
  }

  static void rateLimitOnSuccess(MessagesApi messages) {
    // snippet:errors-rate-limit-info
    ApiResponse<MessageWithPendingMetadataResponse> response = messages.getMessageWithHttpInfo("msg-1");
    response.rateLimit().ifPresent(limit -> System.out.println(
        limit.remaining().orElse(-1L) + " of " + limit.limit().orElse(-1L) + " calls left until " + limit.reset().orElse(null)));
    System.out.println("request id " + response.requestId().orElse("-"));
    // end-snippet
  }

  static void retryConfig(String key, String secret) {
    // snippet:errors-retry-config
    StreamChatClient client = StreamChatClient.builder()
        .apiKey(key)
        .apiSecret(secret)
        .maxRetries(4)                           // default 2; 0 turns retries off
        .maxRetryWait(Duration.ofSeconds(10))    // a server asking for a longer wait fails at once
        .build();

    RequestOptions once = RequestOptions.builder()
        .maxRetries(0)                           // this call only
        .timeout(Duration.ofSeconds(5))          // the whole call, retries and waits included
        .build();
    client.messages().getMessage("msg-1", once);
    // end-snippet
  }

  static void idempotency(MessagesApi messages, SpacesApi spaces) {
    // snippet:errors-idempotency
    // Google: messagesCreate and create fill requestId with a UUID kept across retries.
    // Give your own to be safe across restarts of your process too:
    spaces.messagesCreate("spaces/AAAAxxxxxxx",
        dev.chatsdk.googlechat.model.Message.builder().text("Order A-1042 shipped").build(),
        MessagesCreateParams.builder().requestId("order-A-1042-shipped").build());

    // Stream has no idempotency key. A message with its own id cannot be stored twice,
    // so tell the SDK that retrying this POST is harmless:
    messages.sendMessage("messaging", "orders", SendMessageRequest.builder()
            .message(MessageRequest.builder().id("order-A-1042-shipped").text("Order A-1042 shipped").userId("shop").build())
            .build(),
        RequestOptions.builder().idempotencyKey("order-A-1042-shipped").build());
    // end-snippet
  }
}
