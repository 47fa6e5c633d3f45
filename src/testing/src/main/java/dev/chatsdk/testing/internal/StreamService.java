package dev.chatsdk.testing.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * The Stream Chat side of the emulator: Stream's auth check and error format over the route table
 * of every operation of the Stream description; one handler class per resource registers what it
 * emulates (messages, replies, reactions, flags, reads, search, uploads, channels, members, users,
 * bans and mutes, events, tasks, app settings). Everything is Jackson trees.
 */
public final class StreamService extends ServiceHandler<StreamStore.Caller> {
  private static final String MORE_INFO = "https://getstream.io/chat/docs/api_errors_response";

  private final String apiKey;
  private final StreamJwt jwt;
  private final StreamStore store;
  private final StreamUploads uploads;

  /**
   * The Stream service with every operation registered and an empty store.
   *
   * @param apiKey the API key requests must send as {@code api_key}
   * @param apiSecret the secret JWTs and webhook signatures use
   * @param clock the clock for timestamps and token expiry checks
   */
  public StreamService(String apiKey, String apiSecret, Clock clock) {
    super(clock, OperationTable.load("stream-operations.txt"));
    this.apiKey = apiKey;
    this.jwt = new StreamJwt(apiSecret);
    this.store = new StreamStore(new StreamEvents(jwt, apiKey), new Ticker(clock));
    new StreamMessages(store).register(this);
    new StreamReplies(store).register(this);
    new StreamReactions(store).register(this);
    new StreamFlags(store).register(this);
    new StreamReads(store).register(this);
    new StreamSearch(store).register(this);
    new StreamChannels(store).register(this);
    new StreamMembers(store).register(this);
    new StreamUsers(store).register(this);
    StreamBans bans = new StreamBans(store);
    bans.register(this);
    store.banCheck = bans::isBanned;
    new StreamEventsAndTasks(store).register(this);
    new StreamDevices(store).register(this);
    new StreamAppSettings(store).register(this);
    this.uploads = new StreamUploads(store);
    uploads.register(this);
  }

  /**
   * Set once the server listens, so upload URLs point back at it.
   *
   * @param baseUrl the server's {@code http://127.0.0.1:port} URL, without a trailing slash
   */
  public void setBaseUrl(String baseUrl) {
    store.baseUrl = baseUrl;
  }

  /**
   * Events emitted so far, and the webhook settings.
   *
   * @return the event log and webhook sender of this service
   */
  public StreamEvents events() {
    return store.events;
  }

  /**
   * The state, for the public inspection methods.
   *
   * @return the store of channels, messages, users and the rest
   */
  public StreamStore store() {
    return store;
  }

  @Override
  protected Object lock() {
    return store;
  }

  @Override
  protected String serviceAccessor() {
    return "stream";
  }

  @Override
  public void close() {
    store.events.close();
  }

  @Override
  public void clearData() {
    store.clear();
  }

  @Override
  protected @Nullable Response outsideTheDescription(Request request) {
    if (request.method().equals("GET") && request.rawPath().startsWith("/uploads/")) {
      synchronized (store) {
        return uploads.serve(request);
      }
    }
    return null;
  }

  @Override
  protected EmulatorError inOperation(EmulatorError error, String operation) {
    int cut = operation.indexOf('_');
    return error.prefixed(cut < 0 ? operation : operation.substring(0, cut));
  }

  @Override
  protected Response stubResponse(int status, byte[] body) {
    return store.withStandardHeaders(super.stubResponse(status, body));
  }

  // ------------------------------------------------------------------ errors

  @Override
  protected Response renderError(EmulatorError error, long startNanos) {
    ObjectNode body = Json.object();
    body.put("code", streamCode(error));
    body.put("message", error.getMessage());
    if (error.field() != null) {
      body.putObject("exception_fields").put(error.field(), error.getMessage());
    }
    body.put("StatusCode", error.status());
    body.put("duration", StreamStore.duration(startNanos));
    body.put("more_info", MORE_INFO);
    body.putArray("details");
    return store.withStandardHeaders(Response.json(error.status(), body));
  }

  private static int streamCode(EmulatorError error) {
    if (error.reason() != null) {
      try {
        return Integer.parseInt(error.reason());
      } catch (NumberFormatException ignored) {
        // fall through to the status-based code
      }
    }
    switch (error.status()) {
      case 400:
        return 4;
      case 401:
        return 5;
      case 403:
        return 17;
      case 404:
        return 16;
      case 413:
        return 22;
      case 429:
        return 9;
      default:
        return -1;
    }
  }

  @Override
  protected void decorateFault(Response response, int status, @Nullable Duration retryAfter) {
    super.decorateFault(response, status, retryAfter);
    if (status == 429) {
      long wait = retryAfter == null ? 60 : Math.max(0, (retryAfter.toMillis() + 999) / 1000);
      response.header("X-RateLimit-Limit", "1000");
      response.header("X-RateLimit-Remaining", "0");
      response.header("X-RateLimit-Reset", Long.toString(clock().instant().getEpochSecond() + wait));
    }
  }

  @Override
  protected StreamStore.Caller authenticate(Request req) {
    String key = req.query("api_key");
    if (key == null || key.isEmpty()) {
      throw EmulatorError.of(401, "2", "api_key query parameter is missing");
    }
    if (!key.equals(apiKey)) {
      throw EmulatorError.of(401, "2", "api_key not valid: no app with this API key");
    }
    String authType = req.header("Stream-Auth-Type");
    if (authType == null || authType.isEmpty()) {
      throw EmulatorError.of(401, "5", "Stream-Auth-Type header is missing");
    }
    if (!authType.equalsIgnoreCase("jwt")) {
      throw EmulatorError.of(401, "5", "Stream-Auth-Type '" + authType
          + "' is not accepted here; server-side requests use jwt");
    }
    String token = req.header("Authorization");
    if (token == null || token.trim().isEmpty()) {
      throw EmulatorError.of(401, "5", "Authorization header is missing: a JWT is required with Stream-Auth-Type jwt");
    }
    token = token.trim();
    if (token.regionMatches(true, 0, "Bearer ", 0, 7)) {
      token = token.substring(7).trim();
    }
    StreamJwt.Identity identity = jwt.verify(token, store.clock().instant().getEpochSecond());
    return new StreamStore.Caller(identity.isServer(), identity.userId());
  }
}
