package dev.chatsdk.testing.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.util.HashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The Google Chat side of the emulator: Google's auth check and error format over the route table
 * of every method of the Chat discovery document; one handler class per resource registers what it
 * emulates (spaces, members, messages, reactions, attachments and media, pins, space events, users'
 * state, custom emojis). Every request acts as one configured caller.
 */
public final class GoogleChatService extends ServiceHandler<String> {
  private final @Nullable Set<String> acceptedTokens;
  private final GoogleStore store;

  /**
   * The Google Chat service with every operation registered and an empty store.
   *
   * @param acceptedTokens bearer tokens to accept, or null for any non-empty token
   * @param callerName the user every request acts as ({@code users/...})
   * @param callerType HUMAN or BOT
   * @param clock the clock for create and update times and the order of names
   */
  public GoogleChatService(@Nullable Set<String> acceptedTokens, String callerName, String callerType, Clock clock) {
    super(clock, OperationTable.load("google-operations.txt"));
    this.acceptedTokens = acceptedTokens == null ? null : new HashSet<>(acceptedTokens);
    this.store = new GoogleStore(callerName, callerType, new Ticker(clock));
    table().add("spaces.members.get", "GET", "/v1/spaces/{spacesId}/members/users/{membersId}");
    table().add("spaces.members.delete", "DELETE", "/v1/spaces/{spacesId}/members/users/{membersId}");
    new GoogleSpaces(store).register(this);
    new GoogleMembers(store).register(this);
    new GoogleMessages(store).register(this);
    new GoogleReactions(store).register(this);
    new GoogleMedia(store).register(this);
    new GooglePins(store).register(this);
    new GoogleSpaceEvents(store).register(this);
    new GoogleUserState(store).register(this);
    new GoogleCustomEmojis(store).register(this);
    new GoogleSearch(store).register(this);
  }

  /**
   * Set once the server listens, so URLs in answers (media downloads) point back at it.
   *
   * @param baseUrl the server's {@code http://127.0.0.1:port} URL, without a trailing slash
   */
  public void setBaseUrl(String baseUrl) {
    store.baseUrl = baseUrl;
  }

  /**
   * The state, for the public inspection methods.
   *
   * @return the store of spaces, members, messages and the rest; lock it before reading it directly
   */
  public GoogleStore store() {
    return store;
  }

  /**
   * The user every request acts as.
   *
   * @return the caller's resource name, {@code users/...}
   */
  public String callerName() {
    return store.callerName();
  }

  @Override
  protected Object lock() {
    return store;
  }

  @Override
  protected String serviceAccessor() {
    return "googleChat";
  }

  @Override
  public void clearData() {
    store.clear();
  }

  @Override
  protected Response renderError(EmulatorError error, long startNanos) {
    ObjectNode body = Json.object();
    ObjectNode e = body.putObject("error");
    e.put("code", error.status());
    e.put("message", error.getMessage());
    e.put("status", error.reason() != null ? error.reason() : GoogleStore.statusName(error.status()));
    if (error.field() != null) {
      ObjectNode detail = e.putArray("details").addObject();
      detail.put("@type", "type.googleapis.com/google.rpc.BadRequest");
      ObjectNode violation = detail.putArray("fieldViolations").addObject();
      violation.put("field", error.field());
      violation.put("description", error.getMessage());
    }
    Response r = Response.json(error.status(), body);
    if (error.status() == 401) {
      r.header("WWW-Authenticate", "Bearer realm=\"https://accounts.google.com/\"");
    }
    return r;
  }

  @Override
  protected String authenticate(Request req) {
    String auth = req.header("Authorization");
    if (auth == null || auth.trim().isEmpty()) {
      throw EmulatorError.of(401, "Request is missing required authentication credential. Expected OAuth 2 access "
          + "token, login cookie or other valid authentication credential.");
    }
    String a = auth.trim();
    if (!a.regionMatches(true, 0, "Bearer ", 0, 7) || a.substring(7).trim().isEmpty()) {
      throw EmulatorError.of(401, "Request had invalid authentication credentials. Expected OAuth 2 access token "
          + "in an 'Authorization: Bearer' header.");
    }
    if (acceptedTokens != null && !acceptedTokens.contains(a.substring(7).trim())) {
      throw EmulatorError.of(401, "Request had invalid authentication credentials. Expected OAuth 2 access token, "
          + "login cookie or other valid authentication credential.");
    }
    if (req.query("access_token") != null || req.query("oauth_token") != null) {
      throw GoogleStore.invalid("access_token", "the emulator rejects tokens in the URL: send them in the Authorization header");
    }
    String alt = req.query("alt");
    if (alt != null && !alt.equals("json") && !req.operation().equals("media.download")) {
      throw GoogleStore.invalid("alt", "alt=" + alt + " is only valid for media downloads");
    }
    return store.callerName();
  }
}
