package dev.chatsdk.stream;

import dev.chatsdk.core.RequestOptions;
import dev.chatsdk.core.Require;
import dev.chatsdk.core.http.ClientBuilder;
import dev.chatsdk.core.http.HttpPipeline;
import dev.chatsdk.core.http.Sleeper;
import dev.chatsdk.core.internal.LazyApis;
import dev.chatsdk.stream.internal.Hs256;
import dev.chatsdk.stream.internal.StreamAuthenticator;
import dev.chatsdk.stream.internal.StreamErrorParser;
import dev.chatsdk.stream.model.GetTaskResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;

/**
 * Entry point of the Stream Chat SDK. Build one per API key and share it: it is immutable,
 * thread-safe and cheap to keep around.
 *
 * <pre>{@code
 * try (StreamChatClient client = StreamChatClient.builder()
 *     .apiKey("my-key")
 *     .apiSecret(System.getenv("STREAM_API_SECRET"))
 *     .build()) {
 *   client.messages().getMessage("message-id");
 * }
 * }</pre>
 *
 * <p>Two ways to authenticate: {@link Builder#apiSecret} for a trusted backend (the client signs
 * one server token, {@code {"server": true}}, when it is built and sends it with every call), or
 * {@link Builder#userToken} to act as one user with a token your backend issued (see {@link
 * #createUserToken}).
 *
 * <p>Closing the client makes later calls fail; it never shuts down an {@link OkHttpClient} passed
 * to {@link Builder#httpClient}.
 */
public final class StreamChatClient implements AutoCloseable {
  /** Stream's production API endpoint. */
  public static final String DEFAULT_BASE_URL = "https://chat.stream-io-api.com";
  /** How far in the past {@code iat} of a user token is set, so a server with a slow clock accepts it. */
  static final Duration CLOCK_SKEW_ALLOWANCE = Duration.ofSeconds(5);

  private static final Set<String> LOGGABLE_QUERY = Set.of("hard", "limit", "offset");

  private final String apiKey;
  private final @Nullable Hs256 signer;
  private final Clock clock;
  private final String baseUrl;
  private final HttpPipeline pipeline;
  private final LazyApis<Calls> apis; // each API object made on first use
  private final Sleeper sleeper; // for waitForTask
  private final @Nullable StreamWebhooks webhooks;

  private StreamChatClient(Builder b, String apiKey, HttpPipeline.Builder pipelineBuilder, Clock clock, String baseUrl) {
    this.apiKey = apiKey;
    if ((b.apiSecret == null) == (b.userToken == null)) {
      throw new IllegalStateException(
          "set exactly one of apiSecret (server-side access) or userToken (act as one user)");
    }
    this.signer = b.apiSecret == null ? null : new Hs256(b.apiSecret);
    this.webhooks = b.apiSecret == null ? null : new StreamWebhooks(b.apiSecret);
    this.clock = clock;
    this.baseUrl = baseUrl;
    StreamAuthenticator auth = signer != null
        ? StreamAuthenticator.server(apiKey, signer)
        : new StreamAuthenticator(apiKey, Require.nonNull(b.userToken, "userToken"));
    this.pipeline = pipelineBuilder
        .authenticator(auth)
        .errorParser(StreamErrorParser.INSTANCE)
        .backendName("stream")
        .loggableQueryParams(LOGGABLE_QUERY)
        .build();
    this.apis = new LazyApis<>(new Calls(pipeline));
    this.sleeper = b.sleeper;
  }

  /**
   * Starts configuring a client: set the API key and either the API secret or a user token, then
   * call {@link Builder#build()}.
   *
   * @return a new, empty builder; each call returns a fresh one
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A server-side client from the environment: {@code STREAM_API_KEY} and {@code STREAM_API_SECRET}
   * (or, when those are unset, {@code STREAM_KEY} and {@code STREAM_SECRET}).
   *
   * @return a new server-side client with the default settings; close it when done
   * @throws IllegalStateException naming the variables when the key or the secret is missing
   */
  public static StreamChatClient fromEnv() {
    return builder().credentialsFromEnv().build();
  }

  /**
   * The messages API: send, read, update, delete, react, search, flag, upload.
   *
   * @return the messages API of this client; the same instance on every call
   */
  public MessagesApi messages() {
    return apis.get(MessagesApi.class, MessagesApi::new);
  }

  /**
   * Channels: get-or-create with members, update, query, members, hide, truncate, mute, delete, export.
   *
   * @return the channels API of this client; the same instance on every call
   */
  public ChannelsApi channels() {
    return apis.get(ChannelsApi.class, ChannelsApi::new);
  }

  /**
   * Users: upsert, partial update, query, deactivate, delete, restore, export, bans and mutes.
   *
   * @return the users API of this client; the same instance on every call
   */
  public UsersApi users() {
    return apis.get(UsersApi.class, UsersApi::new);
  }

  /**
   * Blocklists and committing pending messages (flags are in {@link #messages()}, bans in {@link #users()}).
   *
   * @return the moderation API of this client; the same instance on every call
   */
  public ModerationApi moderation() {
    return apis.get(ModerationApi.class, ModerationApi::new);
  }

  /**
   * App settings, channel types, rate limits, push and SQS checks.
   *
   * @return the settings API of this client; the same instance on every call
   */
  public SettingsApi settings() {
    return apis.get(SettingsApi.class, SettingsApi::new);
  }

  /**
   * Campaigns, segments and recipients.
   *
   * @return the campaigns API of this client; the same instance on every call
   */
  public CampaignsApi campaigns() {
    return apis.get(CampaignsApi.class, CampaignsApi::new);
  }

  /**
   * Custom slash commands.
   *
   * @return the custom-commands API of this client; the same instance on every call
   */
  public CustomCommandsApi customCommands() {
    return apis.get(CustomCommandsApi.class, CustomCommandsApi::new);
  }

  /**
   * Roles and permissions.
   *
   * @return the roles-and-permissions API of this client; the same instance on every call
   */
  public PermissionsApi permissions() {
    return apis.get(PermissionsApi.class, PermissionsApi::new);
  }

  /**
   * Bulk imports.
   *
   * @return the imports API of this client; the same instance on every call
   */
  public ImportsApi imports() {
    return apis.get(ImportsApi.class, ImportsApi::new);
  }

  /**
   * Push devices of users.
   *
   * @return the devices API of this client; the same instance on every call
   */
  public DevicesApi devices() {
    return apis.get(DevicesApi.class, DevicesApi::new);
  }

  /**
   * Push providers.
   *
   * @return the push-providers API of this client; the same instance on every call
   */
  public PushApi push() {
    return apis.get(PushApi.class, PushApi::new);
  }

  /**
   * Custom events to channels and users.
   *
   * @return the events API of this client; the same instance on every call
   */
  public EventsApi events() {
    return apis.get(EventsApi.class, EventsApi::new);
  }

  /**
   * Background tasks; see also {@link #waitForTask}.
   *
   * @return the tasks API of this client; the same instance on every call
   */
  public TasksApi tasks() {
    return apis.get(TasksApi.class, TasksApi::new);
  }

  /**
   * Waits until a background task ends (deleting users or channels, exports, restores answer with a
   * {@code task_id}) by polling {@link TasksApi#getTask}: first after 250 ms, then doubling the wait up
   * to 5 s, never past the timeout. Blocks the calling thread.
   *
   * @param taskId the {@code task_id} the starting call answered with; not blank
   * @param timeout how long to keep polling in total; must be positive
   * @return the completed task; {@code getResult()} holds what the task produced
   * @throws TaskFailedException when the task ends in status {@code failed}
   * @throws TaskTimeoutException when it has not ended after {@code timeout}
   * @throws IllegalArgumentException when {@code taskId} is blank or {@code timeout} not positive
   */
  public GetTaskResponse waitForTask(String taskId, Duration timeout) {
    return waitForTask(taskId, timeout, RequestOptions.none());
  }

  /**
   * {@link #waitForTask(String, Duration)} with per-poll options (timeout, retries) for each {@code getTask}.
   *
   * @param taskId the {@code task_id} the starting call answered with; not blank
   * @param timeout how long to keep polling in total; must be positive
   * @param options applied to every {@code getTask} poll, not to the overall wait
   * @return the completed task; {@code getResult()} holds what the task produced
   * @throws TaskFailedException when the task ends in status {@code failed}
   * @throws TaskTimeoutException when it has not ended after {@code timeout}
   * @throws IllegalArgumentException when {@code taskId} is blank or {@code timeout} not positive
   */
  public GetTaskResponse waitForTask(String taskId, Duration timeout, RequestOptions options) {
    return new TaskWaiter(tasks(), sleeper, clock).await(taskId, timeout, options);
  }

  /**
   * Verifies and parses webhook requests with this client's API secret.
   *
   * @return the webhook verifier keyed with this client's API secret; the same instance on every call
   * @throws IllegalStateException when the client was built with a user token (no secret)
   */
  public StreamWebhooks webhooks() {
    if (webhooks == null) {
      throw new IllegalStateException("webhooks need the API secret; this client was built with a user token");
    }
    return webhooks;
  }

  /**
   * The API key this client sends.
   *
   * @return the app's API key, as set on the builder or read from the environment; never null
   */
  public String apiKey() {
    return apiKey;
  }

  /**
   * Issues a token your app hands to one user's client (or to {@link Builder#userToken}). Claims:
   * {@code user_id}, {@code iat} a few seconds in the past (so a server whose clock is slightly
   * behind still accepts it), and {@code exp} when {@code expiresAt} is given.
   *
   * @param userId the user the token authenticates as; not blank
   * @param expiresAt when the token stops being valid, or null for a token without expiry; must be
   *     in the future
   * @return a compact HS256 JWT signed with the API secret, ready to hand to the user's client
   * @throws IllegalArgumentException when {@code userId} is blank or {@code expiresAt} is not in the future
   * @throws IllegalStateException when the client was built with a user token (no secret)
   */
  public String createUserToken(String userId, @Nullable Instant expiresAt) {
    Require.nonBlank(userId, "userId");
    if (signer == null) {
      throw new IllegalStateException("createUserToken needs the API secret; this client was built with a user token");
    }
    Instant now = clock.instant();
    if (expiresAt != null && !expiresAt.isAfter(now)) {
      throw new IllegalArgumentException("expiresAt must be in the future, got " + expiresAt);
    }
    Map<String, Object> claims = new LinkedHashMap<>();
    claims.put("user_id", userId);
    claims.put("iat", now.minus(CLOCK_SKEW_ALLOWANCE).getEpochSecond());
    if (expiresAt != null) {
      claims.put("exp", expiresAt.getEpochSecond());
    }
    return signer.token(claims);
  }

  /**
   * Same as {@link #createUserToken(String, Instant)} with no expiry.
   *
   * @param userId the user the token authenticates as; not blank
   * @return a compact HS256 JWT without {@code exp}, valid until the API secret is rotated
   * @throws IllegalArgumentException when {@code userId} is blank
   * @throws IllegalStateException when the client was built with a user token (no secret)
   */
  public String createUserToken(String userId) {
    return createUserToken(userId, null);
  }

  /** Makes later calls fail. A caller-supplied {@link OkHttpClient} is left untouched. */
  @Override
  public void close() {
    pipeline.close();
  }

  /** Names the endpoint and key, never the secret or a token. */
  @Override
  public String toString() {
    return "StreamChatClient{baseUrl=" + baseUrl + ", apiKey=" + apiKey
        + ", auth=" + (signer != null ? "server" : "user token") + '}';
  }

  /** Configures a {@link StreamChatClient}. Not thread-safe; the client it builds is. */
  public static final class Builder extends ClientBuilder<Builder> {
    private @Nullable String apiKey;
    private @Nullable String apiSecret;
    private @Nullable String userToken;
    private Sleeper sleeper = Sleeper.system();

    private Builder() {
      super(DEFAULT_BASE_URL);
    }

    @Override
    protected Builder self() {
      return this;
    }

    /** Test hook: how the client waits between retries and between the polls of {@link #waitForTask}. */
    @Override
    public Builder sleeper(Sleeper sleeper) {
      this.sleeper = Require.nonNull(sleeper, "sleeper");
      return super.sleeper(sleeper);
    }

    /**
     * The app's API key (sent as query parameter {@code api_key}). Required.
     *
     * @param apiKey the key shown in the Stream dashboard; not blank
     * @return this builder, for chaining
     * @throws NullPointerException when {@code apiKey} is null
     * @throws IllegalArgumentException when {@code apiKey} is blank
     */
    public Builder apiKey(String apiKey) {
      this.apiKey = Require.nonBlank(apiKey, "apiKey");
      return this;
    }

    /**
     * The app's API secret: full server-side access. Keep it on your servers.
     *
     * @param apiSecret the secret shown in the Stream dashboard; not blank. Set this or {@link
     *     #userToken}, not both
     * @return this builder, for chaining
     * @throws NullPointerException when {@code apiSecret} is null
     * @throws IllegalArgumentException when {@code apiSecret} is blank
     */
    public Builder apiSecret(String apiSecret) {
      this.apiSecret = Require.nonBlank(apiSecret, "apiSecret");
      return this;
    }

    /**
     * A user token: calls run as that user, with that user's permissions.
     *
     * @param userToken a JWT issued for one user (see {@link StreamChatClient#createUserToken}); not
     *     blank, and usable as an HTTP header value. Set this or {@link #apiSecret}, not both
     * @return this builder, for chaining
     * @throws IllegalArgumentException when {@code userToken} is blank or not a valid header value
     */
    public Builder userToken(String userToken) {
      this.userToken = Require.headerValue(Require.nonBlank(userToken, "userToken"), "userToken");
      return this;
    }

    /**
     * Reads {@code STREAM_API_KEY} / {@code STREAM_API_SECRET}, falling back to {@code STREAM_KEY} /
     * {@code STREAM_SECRET}.
     *
     * @return this builder, with the API key and secret set, for chaining
     * @throws IllegalStateException naming the variables when the key or the secret is missing
     */
    public Builder credentialsFromEnv() {
      return credentialsFrom(System::getenv);
    }

    Builder credentialsFrom(Function<String, @Nullable String> env) {
      String key = firstSet(env, "STREAM_API_KEY", "STREAM_KEY");
      String secret = firstSet(env, "STREAM_API_SECRET", "STREAM_SECRET");
      if (key == null || secret == null) {
        StringBuilder missing = new StringBuilder();
        if (key == null) {
          missing.append("STREAM_API_KEY (or STREAM_KEY)");
        }
        if (secret == null) {
          missing.append(missing.length() > 0 ? " and " : "").append("STREAM_API_SECRET (or STREAM_SECRET)");
        }
        throw new IllegalStateException("Stream credentials not found: set the environment variable"
            + (key == null && secret == null ? "s " : " ") + missing);
      }
      this.apiKey = key;
      this.apiSecret = secret;
      return this;
    }

    private static @Nullable String firstSet(Function<String, @Nullable String> env, String... names) {
      for (String name : names) {
        String v = env.apply(name);
        if (v != null && !v.trim().isEmpty()) {
          return v.trim();
        }
      }
      return null;
    }

    /**
     * Builds the client.
     *
     * @return a new, thread-safe client; close it when done
     * @throws IllegalStateException when the API key is missing or not exactly one of the API secret
     *     and a user token is set
     */
    public StreamChatClient build() {
      if (apiKey == null) {
        throw new IllegalStateException("apiKey must be set");
      }
      return new StreamChatClient(this, apiKey, pipeline, clock(), baseUrl());
    }

    /** Never shows the secret or the token. */
    @Override
    public String toString() {
      return "StreamChatClient.Builder{baseUrl=" + baseUrl() + ", apiKey=" + apiKey
          + ", apiSecret=" + (apiSecret == null ? "unset" : "***")
          + ", userToken=" + (userToken == null ? "unset" : "***") + '}';
    }
  }
}
