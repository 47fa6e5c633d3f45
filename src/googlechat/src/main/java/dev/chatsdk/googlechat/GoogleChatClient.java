package dev.chatsdk.googlechat;

import com.google.auth.Credentials;
import dev.chatsdk.core.Require;
import dev.chatsdk.core.http.HttpPipeline;
import dev.chatsdk.core.http.Sleeper;
import dev.chatsdk.googlechat.internal.GoogleAuthenticator;
import dev.chatsdk.googlechat.internal.GoogleErrorParser;
import dev.chatsdk.googlechat.internal.RedactedCredentials;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.Set;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;

/**
 * The entry point for the Google Chat API: holds the credentials and the HTTP set-up and hands
 * out {@link #spaces()} and {@link #media()}. Immutable and thread-safe; build one per set of
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
      "orderBy", "uploadType", "alt", "fields");

  private final HttpPipeline pipeline;
  private final String baseUrl;
  private final String credentialType;
  private final SpacesApi spaces;
  private final MediaApi media;

  private GoogleChatClient(Builder b) {
    Credentials credentials = b.credentials;
    if (credentials == null) {
      throw new IllegalStateException(
          "credentials must be set: use GoogleChatCredentials (chatApp, delegated, user, accessToken) or GoogleChatClient.fromEnv()");
    }
    this.pipeline = b.pipeline.authenticator(new GoogleAuthenticator(credentials)).build();
    this.baseUrl = pipeline.baseUrl().toString();
    // Our helpers' wrappers print only the kind of credential; other classes are named, never printed.
    this.credentialType = credentials instanceof RedactedCredentials
        ? credentials.toString() : credentials.getClass().getSimpleName();
    Calls calls = new Calls(pipeline);
    this.spaces = new SpacesApi(calls);
    this.media = new MediaApi(calls);
  }

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
   * @throws java.io.UncheckedIOException when no Application Default Credentials are found
   */
  public static GoogleChatClient fromEnv() {
    return fromEnv(GoogleChatScopes.APP);
  }

  /** Like {@link #fromEnv()} with other scopes, e.g. {@link GoogleChatScopes#USER}. */
  public static GoogleChatClient fromEnv(Collection<String> scopes) {
    Builder b = builder().credentials(GoogleChatCredentials.applicationDefault(scopes));
    String url = System.getenv(BASE_URL_ENV);
    if (url != null && !url.trim().isEmpty()) {
      b.baseUrl(url.trim());
    }
    return b.build();
  }

  /** Spaces, memberships, messages, attachments and reactions. */
  public SpacesApi spaces() {
    return spaces;
  }

  /** Attachment upload and download. */
  public MediaApi media() {
    return media;
  }

  /** The base URL calls go to. */
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
  public static final class Builder {
    private @Nullable Credentials credentials;
    private final HttpPipeline.Builder pipeline = HttpPipeline.builder()
        .baseUrl(DEFAULT_BASE_URL)
        .backendName("googlechat")
        .errorParser(GoogleErrorParser.INSTANCE)
        .loggableQueryParams(LOGGABLE_QUERY);

    private Builder() {}

    /**
     * Google Auth Library credentials; see {@link GoogleChatCredentials} for the common set-ups.
     * The library caches and refreshes the token; the client asks it for request headers before
     * every attempt.
     */
    public Builder credentials(Credentials credentials) {
      this.credentials = Require.nonNull(credentials, "credentials");
      return this;
    }

    /** Default {@value GoogleChatClient#DEFAULT_BASE_URL}; point it at the emulator in tests. */
    public Builder baseUrl(String baseUrl) {
      pipeline.baseUrl(baseUrl);
      return this;
    }

    /** Use your own OkHttp client (pool, proxy, interceptors); the SDK never shuts it down. */
    public Builder httpClient(OkHttpClient httpClient) {
      pipeline.httpClient(Require.nonNull(httpClient, "httpClient"));
      return this;
    }

    public Builder connectTimeout(Duration timeout) {
      pipeline.connectTimeout(positive(timeout, "connectTimeout"));
      return this;
    }

    public Builder readTimeout(Duration timeout) {
      pipeline.readTimeout(positive(timeout, "readTimeout"));
      return this;
    }

    public Builder writeTimeout(Duration timeout) {
      pipeline.writeTimeout(positive(timeout, "writeTimeout"));
      return this;
    }

    /** Default whole-call timeout; {@code RequestOptions.timeout} overrides it per call. */
    public Builder callTimeout(Duration timeout) {
      pipeline.callTimeout(positive(timeout, "callTimeout"));
      return this;
    }

    /** Retries after the first attempt (0 to 10, default 2). */
    public Builder maxRetries(int maxRetries) {
      pipeline.maxRetries(maxRetries);
      return this;
    }

    /** Longest server-requested wait ({@code Retry-After}) honoured before retrying (default 30 s). */
    public Builder maxRetryWait(Duration maxRetryWait) {
      pipeline.maxRetryWait(maxRetryWait);
      return this;
    }

    /** First retry backoff (default 500 ms), doubled per retry. */
    public Builder initialBackoff(Duration initialBackoff) {
      pipeline.initialBackoff(initialBackoff);
      return this;
    }

    /** Test hook: how the client waits between retries. */
    public Builder sleeper(Sleeper sleeper) {
      pipeline.sleeper(sleeper);
      return this;
    }

    /** Test hook: the clock used to interpret {@code Retry-After} dates. */
    public Builder clock(Clock clock) {
      pipeline.clock(clock);
      return this;
    }

    public GoogleChatClient build() {
      return new GoogleChatClient(this);
    }

    private static Duration positive(Duration d, String name) {
      Require.nonNull(d, name);
      if (d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException(name + " must be positive, got " + d);
      }
      return d;
    }
  }
}
