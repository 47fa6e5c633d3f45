package dev.chatsdk.examples.snippets;

import com.google.auth.oauth2.GoogleCredentials;
import dev.chatsdk.core.observe.AttemptInfo;
import dev.chatsdk.core.observe.CallListener;
import dev.chatsdk.core.observe.CallObserver;
import dev.chatsdk.core.observe.CallResult;
import dev.chatsdk.googlechat.GoogleChatClient;
import dev.chatsdk.opentelemetry.ChatSdkTelemetry;
import dev.chatsdk.stream.StreamChatClient;
import io.opentelemetry.api.GlobalOpenTelemetry;
import java.time.Duration;

/** The code blocks of docs/observability.md. Compiled, never run. */
@SuppressWarnings("unused")
final class ObservabilitySnippets {
  private ObservabilitySnippets() {}

  static void turnOn(String key, String secret, GoogleCredentials credentials) {
    // snippet:observability-on
    ChatSdkTelemetry telemetry = ChatSdkTelemetry.create(GlobalOpenTelemetry.get());
    StreamChatClient stream = StreamChatClient.builder().apiKey(key).apiSecret(secret).callListener(telemetry).build();
    GoogleChatClient chat = GoogleChatClient.builder().credentials(credentials).callListener(telemetry).build();
    // end-snippet
  }

  static StreamChatClient ownListener(String key, String secret) {
    // snippet:observability-own-listener
    CallListener slowCalls = call -> new CallObserver() {
      @Override
      public void attemptEnded(AttemptInfo attempt) {
        attempt.retryWait().ifPresent(wait ->
            System.out.println(call.service() + "." + call.operation() + " retries in " + wait.toMillis() + " ms"));
      }

      @Override
      public void callEnded(CallResult result) {
        if (result.duration().compareTo(Duration.ofSeconds(2)) > 0) {
          System.out.println("slow: " + call + " -> " + result);
        }
      }
    };
    StreamChatClient client = StreamChatClient.builder().apiKey(key).apiSecret(secret).callListener(slowCalls).build();
    // end-snippet
    return client;
  }
}
