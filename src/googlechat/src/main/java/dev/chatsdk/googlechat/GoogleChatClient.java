package dev.chatsdk.googlechat;

import com.google.auth.Credentials;
import dev.chatsdk.core.Require;
import dev.chatsdk.core.http.ClientBuilder;
import dev.chatsdk.core.http.HttpPipeline;
import dev.chatsdk.core.internal.LazyApis;
import dev.chatsdk.googlechat.internal.GoogleAuthenticator;
import dev.chatsdk.googlechat.internal.GoogleErrorParser;
import dev.chatsdk.googlechat.internal.RedactedCredentials;
import java.util.Collection;
import java.util.Set;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;

/**
 * The entry point for the Google Chat API: holds the credentials and the HTTP set-up and hands
 * out {@link #spaces()}, {@link #media()}, {@link #customEmojis()} and {@link #users()}. Immutable and thread-safe; build one per set of
 * credentials and share it. {@link #close()} stops new calls; it never shuts down an {@link
 * OkHttpClient} you passed in.
 *
 * <pre>{@code
 * try (GoogleChatClient chat = GoogleChatClient.builder()
 *     .credentials(GoogleChatCredentials.chatApp(Path.of("service-account.json")))
 *     .build()) {
 *   Message sent = chat.spaces().messagesCreate("spaces/AAAA", Message.builder().text("Hello").build());
 * }
 * }</pre>
 */
public final class GoogleChatClient implements AutoCloseable {
  /** The production endpoint. */
  public static final String DEFAULT_BASE_URL = "https://chat.googleapis.com";
  /** Environment variable read by {@link #fromEnv()} to point the client elsewhere (e.g. the emulator). */
  public static final String BASE_URL_ENV = "GOOGLE_CHAT_BASE_URL";

  /** Query parameters whose values may be logged at DEBUG; others show as {@code ***}. */
  private static final Set<String> LOGGABLE_QUERY = Set.of(
      "pageSize", "showDeleted", "showGroups", "showInvited", "useAdminAccess", "updateMask",
      "allowMissing", "force", "messageReplyOption", "markupSyntax", "requestId", "messageId",
      "orderBy", "uploadType", "alt", "fields", "spaceView");

  private final HttpPipeline pipeline;
  private final String baseUrl;
  private final String credentialType;
  private final LazyApis<Calls> apis; // each API object made on first use

  private GoogleChatClient(Builder b, HttpPipeline.Builder pipelineBuilder) {
    Credentials credentials = b.credentials;
    if (credentials == null) {
      throw new IllegalStateException(
          "credentials must be set: use GoogleChatCredentials (chatApp, delegated, user, accessToken) or GoogleChatClient.fromEnv()");
    }
    this.pipeline = pipelineBuilder.authenticator(new GoogleAuthenticator(credentials)).build();
    this.baseUrl = pipeline.baseUrl().toString();
    // Our helpers' wrappers print only the kind of credential; other classes are named, never printed.
    this.credentialType = credentials instanceof RedactedCredentials
        ? credentials.toString() : credentials.getClass().getSimpleName();
    this.apis = new LazyApis<>(new Calls(pipeline));
  }

  /**
   * Starts configuring a client; set {@link Builder#credentials} and call {@link Builder#build()}.
   *
   * @return a new, empty builder; each call returns a fresh one
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A client with Application Default Credentials scoped to {@code chat.bot} (a Chat app's
   * service account named by {@code GOOGLE_APPLICATION_CREDENTIALS}, or the metadata server).
   * Credentials that carry their own scopes, such as a user's {@code gcloud auth
   * application-default login}, are used as they are. {@value #BASE_URL_ENV}, when set, replaces
   * the base URL.
   *
   * @return a new client with the default settings; close it when done
   * @throws java.io.UncheckedIOException when no Application Default Credentials are found
   */
  public static GoogleChatClient fromEnv() {
    return fromEnv(GoogleChatScopes.APP);
  }

  /**
   * Like {@link #fromEnv()} with other scopes, e.g. {@link GoogleChatScopes#USER}.
   *
   * @param scopes the OAuth scopes to request when the credentials need scopes; not empty
   * @return a new client with the default settings; close it when done
   * @throws java.io.UncheckedIOException when no Application Default Credentials are found
   * @throws NullPointerException when {@code scopes} is null
   * @throws IllegalArgumentException when {@code scopes} is empty or holds a blank scope
   */
  public static GoogleChatClient fromEnv(Collection<String> scopes) {
    Builder b = builder().credentials(GoogleChatCredentials.applicationDefault(scopes));
    String url = System.getenv(BASE_URL_ENV);
    if (url != null && !url.trim().isEmpty()) {
      b.baseUrl(url.trim());
    }
    return b.build();
  }

  /**
   * Spaces, memberships, messages, attachments, reactions, pinned messages and space events.
   *
   * @return the spaces API of this client; the same instance on every call
   */
  public SpacesApi spaces() {
    return apis.get(SpacesApi.class, SpacesApi::new);
  }

  /**
   * Attachment upload and download.
   *
   * @return the media API of this client; the same instance on every call
   */
  public MediaApi media() {
    return apis.get(MediaApi.class, MediaApi::new);
  }

  /**
   * Custom emojis of the organization.
   *
   * @return the custom-emojis API of this client; the same instance on every call
   */
  public CustomEmojisApi customEmojis() {
    return apis.get(CustomEmojisApi.class, CustomEmojisApi::new);
  }

  /**
   * A user's own state: availability, sidebar sections, read states, notification settings.
   *
   * @return the users API of this client; the same instance on every call
   */
  public UsersApi users() {
    return apis.get(UsersApi.class, UsersApi::new);
  }

  /**
   * The base URL calls go to.
   *
   * @return the default Chat API URL, or the one set on the builder or in {@value #BASE_URL_ENV}
   */
  public String baseUrl() {
    return baseUrl;
  }

  /** Stops accepting calls. Shared connection pools and caller-supplied OkHttp clients stay open. */
  @Override
  public void close() {
    pipeline.close();
  }

  /** Names the credential type only; never a token or key. */
  @Override
  public String toString() {
    return "GoogleChatClient{baseUrl=" + baseUrl + ", credentials=" + credentialType + '}';
  }

  /** Configures a {@link GoogleChatClient}. Only {@link #credentials} is required. */
  public static final class Builder extends ClientBuilder<Builder> {
    private @Nullable Credentials credentials;

    private Builder() {
      super(DEFAULT_BASE_URL);
      pipeline.backendName("googlechat").errorParser(GoogleErrorParser.INSTANCE).loggableQueryParams(LOGGABLE_QUERY);
      pipeline.serviceName("chat"); // tracing names spans chat.<operation>, after the API's own name
    }

    @Override
    protected Builder self() {
      return this;
    }

    /**
     * Google Auth Library credentials; see {@link GoogleChatCredentials} for the common set-ups.
     * The library caches and refreshes the token; the client asks it for request headers before
     * every attempt.
     *
     * @param credentials the credentials to authenticate with; not null
     * @return this builder, for chaining
     * @throws NullPointerException when {@code credentials} is null
     */
    public Builder credentials(Credentials credentials) {
      this.credentials = Require.nonNull(credentials, "credentials");
      return this;
    }

    /**
     * Builds the client.
     *
     * @return a new, thread-safe client; close it when done
     * @throws IllegalStateException when no credentials were set
     */
    public GoogleChatClient build() {
      return new GoogleChatClient(this, pipeline);
    }

  }
}
