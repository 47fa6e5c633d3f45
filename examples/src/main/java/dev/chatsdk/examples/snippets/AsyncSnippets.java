package dev.chatsdk.examples.snippets;

import dev.chatsdk.core.ApiException;
import dev.chatsdk.googlechat.SpacesApi;
import dev.chatsdk.googlechat.model.Message;
import dev.chatsdk.stream.MessagesApi;
import dev.chatsdk.stream.model.MessageWithPendingMetadataResponse;
import dev.chatsdk.stream.model.SendMessageRequest;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/** The code blocks of docs/async.md. Compiled, never run. */
@SuppressWarnings("unused")
final class AsyncSnippets {
  private AsyncSnippets() {}

  static void basic(MessagesApi messages, SendMessageRequest request) {
    // snippet:async-basic
    CompletableFuture<String> id = messages.sendMessageAsync("messaging", "general", request)
        .thenApply(response -> response.getMessage().getId());

    id.whenComplete((messageId, error) -> {
      if (error == null) {
        System.out.println("sent " + messageId);
      } else if (error.getCause() instanceof ApiException || error instanceof ApiException) {
        System.out.println("the API refused: " + error);
      }
    });
    // end-snippet
  }

  static void fanOut(SpacesApi spaces, List<String> spaceNames) {
    // snippet:async-fan-out
    Message notice = Message.builder().text("Maintenance at 22:00 UTC").build();
    List<CompletableFuture<Message>> posts = spaceNames.stream()
        .map(space -> spaces.messagesCreateAsync(space, notice))
        .collect(Collectors.toList());
    CompletableFuture.allOf(posts.toArray(new CompletableFuture<?>[0])).join();
    // end-snippet
  }

  static void timeouts(MessagesApi messages) {
    // snippet:async-timeout-cancel
    CompletableFuture<MessageWithPendingMetadataResponse> call = messages.getMessageAsync("msg-1")
        .orTimeout(2, TimeUnit.SECONDS);         // completing it early cancels the HTTP call

    CompletableFuture<MessageWithPendingMetadataResponse> other = messages.getMessageAsync("msg-2");
    other.cancel(true);                          // cancels the call, or the wait before a retry
    // end-snippet
  }

  static void blockingWork(MessagesApi messages, ExecutorService myExecutor) {
    // snippet:async-executor
    messages.getMessageAsync("msg-1")
        .thenApplyAsync(response -> expensiveRendering(response), myExecutor)   // off the HTTP threads
        .thenAccept(System.out::println);
    // end-snippet
  }

  static void unwrap(MessagesApi messages) {
    // snippet:async-join
    try {
      messages.getMessageAsync("msg-1").join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof ApiException) {
        ApiException api = (ApiException) e.getCause();
        System.out.println(api.statusCode() + " " + api.requestId().orElse("-"));
      }
    }
    // end-snippet
  }

  private static String expensiveRendering(MessageWithPendingMetadataResponse r) {
    return r.getMessage().getText();
  }
}
