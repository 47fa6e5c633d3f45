package dev.chatsdk.testing;

import com.google.auth.oauth2.AccessToken;
import com.google.auth.oauth2.GoogleCredentials;
import dev.chatsdk.googlechat.GoogleChatClient;
import dev.chatsdk.stream.StreamChatClient;
import java.util.Objects;

/**
 * SDK client builders already pointed at a {@link ChatEmulator} with credentials it accepts; add
 * your own settings (retries, timeouts, sleeper) before {@code build()}.
 *
 * <pre>{@code
 * StreamChatClient stream = EmulatorClients.streamBuilder(emulator).maxRetries(0).build();
 * }</pre>
 */
public final class EmulatorClients {
  private EmulatorClients() {}

  /**
   * A Stream client builder with the emulator's base URL, API key and secret (server-side auth).
   *
   * @param emulator the running emulator to point at; not null
   * @return a new, unbuilt builder
   * @throws NullPointerException if {@code emulator} is null
   */
  public static StreamChatClient.Builder streamBuilder(ChatEmulator emulator) {
    Objects.requireNonNull(emulator, "emulator");
    return StreamChatClient.builder()
        .baseUrl(emulator.streamBaseUrl())
        .apiKey(emulator.streamApiKey())
        .apiSecret(emulator.streamApiSecret());
  }

  /**
   * A Stream client acting as one user, with a user token signed by the emulator's secret.
   *
   * @param emulator the running emulator to point at; not null
   * @param userId the Stream user the client acts as; not null
   * @return a new, unbuilt builder using client-side (user token) auth
   * @throws NullPointerException if {@code emulator} or {@code userId} is null
   */
  public static StreamChatClient.Builder streamUserBuilder(ChatEmulator emulator, String userId) {
    Objects.requireNonNull(emulator, "emulator");
    return StreamChatClient.builder()
        .baseUrl(emulator.streamBaseUrl())
        .apiKey(emulator.streamApiKey())
        .userToken(emulator.streamUserToken(userId));
  }

  /**
   * A Google Chat client builder with the emulator's base URL and a fixed access token it accepts.
   *
   * @param emulator the running emulator to point at; not null
   * @return a new, unbuilt builder whose credentials never refresh
   * @throws NullPointerException if {@code emulator} is null
   */
  public static GoogleChatClient.Builder googleChatBuilder(ChatEmulator emulator) {
    Objects.requireNonNull(emulator, "emulator");
    return GoogleChatClient.builder()
        .baseUrl(emulator.googleChatBaseUrl())
        .credentials(GoogleCredentials.create(new AccessToken(emulator.googleAccessToken(), null)));
  }
}
