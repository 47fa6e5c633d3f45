package dev.chatsdk.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chatsdk.testing.internal.GoogleChatAppEvents;
import dev.chatsdk.testing.internal.Json;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Plays Google Chat calling <em>your</em> Chat app: register the app's HTTP endpoint, then make a
 * user mention the app, run a slash command, add the app to a space or click a card button. Each
 * event is posted to the endpoint the way Google Chat does it, with a bearer token signed by the
 * emulator's own RSA key, and the endpoint's synchronous reply is returned.
 *
 * <p>Point a {@code ChatRequestVerifier} at {@link #certificatesUrl()} to verify those tokens
 * offline. By default the token is an ID token whose audience is the endpoint URL (the <em>HTTP
 * endpoint URL</em> audience setting); {@link #endpoint(String, String)} switches to the
 * <em>project number</em> setting. Obtain it from {@link EmulatedGoogleChat#app()}.
 */
public final class EmulatedChatApp {
  private final GoogleChatAppEvents events;
  private final Function<String, @Nullable ObjectNode> spaces;
  private volatile @Nullable String projectNumber;

  EmulatedChatApp(GoogleChatAppEvents events, Function<String, @Nullable ObjectNode> spaces) {
    this.events = events;
    this.spaces = spaces;
  }

  /**
   * Sends later events to {@code url} with ID tokens whose audience is that URL.
   *
   * @param url the app's http or https endpoint, or null to unregister it
   * @return this app handle, for chaining
   * @throws IllegalArgumentException if {@code url} is not an http or https URL
   */
  public EmulatedChatApp endpoint(@Nullable String url) {
    events.setEndpoint(url, null);
    projectNumber = null;
    return this;
  }

  /**
   * Sends later events to {@code url} with Chat-issued JWTs whose audience is {@code projectNumber}.
   *
   * @param url the app's HTTP endpoint; not null
   * @param projectNumber the Google Cloud project number the app verifies as audience; not null
   * @return this app handle, for chaining
   * @throws IllegalArgumentException if {@code url} is not http(s) or {@code projectNumber} is not
   *     digits only
   * @throws NullPointerException if either argument is null
   */
  public EmulatedChatApp endpoint(String url, String projectNumber) {
    events.setEndpoint(Objects.requireNonNull(url, "url"), Objects.requireNonNull(projectNumber, "projectNumber"));
    this.projectNumber = projectNumber;
    return this;
  }

  /**
   * Where the emulator publishes its signing keys for the current audience setting (key id to PEM
   * certificate, the format of Google's own documents).
   *
   * @return an absolute URL on the emulator's loopback key server; which document it names depends
   *     on whether an endpoint was registered with a project number
   */
  public String certificatesUrl() {
    return events.certificatesBaseUrl()
        + (projectNumber == null ? GoogleChatAppEvents.ID_TOKEN_CERTS_PATH : GoogleChatAppEvents.X509_PATH);
  }

  /**
   * The same keys as a JSON Web Key Set.
   *
   * @return an absolute URL of the JWKS document on the emulator's loopback key server
   */
  public String jwksUrl() {
    return events.certificatesBaseUrl() + GoogleChatAppEvents.JWKS_PATH;
  }

  /**
   * {@code MESSAGE}: {@code user} writes {@code text} in {@code space}, @-mentioning the app.
   *
   * @param space the space's resource name, {@code spaces/...}; a stored space is used as-is,
   *     otherwise a minimal {@code SPACE} is described
   * @param user the acting user's resource name, {@code users/...}
   * @param text the message text after the mention; also sent as {@code argumentText}
   * @return the endpoint's HTTP answer, whatever its status
   * @throws IllegalStateException if no endpoint is registered
   * @throws java.io.UncheckedIOException if the endpoint cannot be reached
   */
  public Reply mentionApp(String space, String user, String text) {
    ObjectNode e = events.event("MESSAGE", space(space), GoogleChatAppEvents.user(user, displayName(user)));
    ObjectNode message = message(e, space, user, "@App " + text);
    message.put("argumentText", " " + text);
    message.putArray("annotations").addObject().put("type", "USER_MENTION").put("startIndex", 0).put("length", 4)
        .putObject("userMention").put("type", "MENTION").putObject("user").put("name", "users/app")
        .put("displayName", "App").put("type", "BOT");
    return send(e);
  }

  /**
   * {@code MESSAGE}: {@code user} runs the slash command {@code /command} (id {@code commandId}).
   *
   * @param space the space's resource name, {@code spaces/...}; a stored space is used as-is,
   *     otherwise a minimal {@code SPACE} is described
   * @param user the acting user's resource name, {@code users/...}
   * @param command the command name, with or without the leading {@code /}
   * @param commandId the numeric id the command is configured with in the Chat app settings
   * @param argumentText the text after the command, empty for none
   * @return the endpoint's HTTP answer, whatever its status
   * @throws IllegalStateException if no endpoint is registered
   * @throws java.io.UncheckedIOException if the endpoint cannot be reached
   */
  public Reply slashCommand(String space, String user, String command, long commandId, String argumentText) {
    String name = command.startsWith("/") ? command : "/" + command;
    ObjectNode e = events.event("MESSAGE", space(space), GoogleChatAppEvents.user(user, displayName(user)));
    String args = argumentText.isEmpty() ? "" : " " + argumentText;
    ObjectNode message = message(e, space, user, name + args);
    message.put("argumentText", args);
    message.putObject("slashCommand").put("commandId", Long.toString(commandId));
    ObjectNode annotation = message.putArray("annotations").addObject().put("type", "SLASH_COMMAND")
        .put("startIndex", 0).put("length", name.length());
    annotation.putObject("slashCommand").put("type", "INVOKE").put("commandName", name)
        .put("commandId", Long.toString(commandId)).put("triggersDialog", false)
        .putObject("bot").put("name", "users/app").put("type", "BOT");
    return send(e);
  }

  /**
   * {@code ADDED_TO_SPACE}: {@code user} adds the app to {@code space}.
   *
   * @param space the space's resource name, {@code spaces/...}; a stored space is used as-is,
   *     otherwise a minimal {@code SPACE} is described
   * @param user the acting user's resource name, {@code users/...}
   * @return the endpoint's HTTP answer, whatever its status
   * @throws IllegalStateException if no endpoint is registered
   * @throws java.io.UncheckedIOException if the endpoint cannot be reached
   */
  public Reply addedToSpace(String space, String user) {
    return send(events.event("ADDED_TO_SPACE", space(space), GoogleChatAppEvents.user(user, displayName(user))));
  }

  /**
   * {@code CARD_CLICKED}: {@code user} clicks a button of the app's message {@code messageName} whose
   * action calls {@code function} with {@code parameters}; {@code formInputs} are the values of the
   * card's text inputs. Set {@code dialog} for a click inside a dialog ({@code SUBMIT_DIALOG}).
   *
   * @param space the space's resource name, {@code spaces/...}; a stored space is used as-is,
   *     otherwise a minimal {@code SPACE} is described
   * @param user the acting user's resource name, {@code users/...}
   * @param messageName the resource name of the app's message that holds the card
   * @param function the action function name the button invokes
   * @param parameters the action's key/value parameters, empty for none
   * @param formInputs the card's text input values by input name, empty for none
   * @param dialog true for a click inside a dialog, false for a card in a message
   * @return the endpoint's HTTP answer, whatever its status
   * @throws IllegalStateException if no endpoint is registered
   * @throws java.io.UncheckedIOException if the endpoint cannot be reached
   */
  public Reply cardClicked(String space, String user, String messageName, String function,
      Map<String, String> parameters, Map<String, String> formInputs, boolean dialog) {
    ObjectNode e = events.event("CARD_CLICKED", space(space), GoogleChatAppEvents.user(user, displayName(user)));
    e.putObject("message").put("name", messageName);
    ObjectNode action = e.putObject("action").put("actionMethodName", function);
    parameters.forEach((k, v) -> action.withArray("parameters").addObject().put("key", k).put("value", v));
    ObjectNode common = (ObjectNode) e.get("common");
    common.put("invokedFunction", function);
    ObjectNode params = common.putObject("parameters");
    parameters.forEach(params::put);
    common.set("formInputs", GoogleChatAppEvents.formInputs(formInputs));
    if (dialog) {
      e.put("isDialogEvent", true).put("dialogEventType", "SUBMIT_DIALOG");
    }
    return send(e);
  }

  /**
   * Posts an event you built (for types or fields the helpers above do not cover).
   *
   * @param event the complete event JSON, sent as-is; not null
   * @return the endpoint's HTTP answer, whatever its status
   * @throws IllegalStateException if no endpoint is registered
   * @throws java.io.UncheckedIOException if the endpoint cannot be reached
   * @throws NullPointerException if {@code event} is null
   */
  public Reply send(ObjectNode event) {
    GoogleChatAppEvents.Delivery d = events.deliver(Objects.requireNonNull(event, "event"));
    return new Reply(d.status, d.body);
  }

  private ObjectNode space(String name) {
    ObjectNode stored = spaces.apply(name);
    return stored != null ? stored : Json.object().put("name", name).put("spaceType", "SPACE");
  }

  private static String displayName(String user) {
    return "User " + user.substring(user.lastIndexOf('/') + 1);
  }

  private static ObjectNode message(ObjectNode event, String space, String user, String text) {
    ObjectNode m = event.putObject("message").put("name", space + "/messages/" + Long.toHexString(System.nanoTime()))
        .put("text", text).put("createTime", event.get("eventTime").asText());
    m.set("sender", GoogleChatAppEvents.user(user, displayName(user)));
    m.putObject("space").put("name", space);
    m.putObject("thread").put("name", space + "/threads/" + Long.toHexString(System.nanoTime()));
    return m;
  }

  /** The endpoint's synchronous answer to one event. */
  public static final class Reply {
    private final int status;
    private final byte[] body;

    Reply(int status, byte[] body) {
      this.status = status;
      this.body = body.clone();
    }

    /**
     * HTTP status the endpoint answered with.
     *
     * @return the status code, e.g. 200
     */
    public int status() {
      return status;
    }

    /**
     * The response body as text (UTF-8).
     *
     * @return the body, empty when the endpoint sent none
     */
    public String body() {
      return new String(body, StandardCharsets.UTF_8);
    }

    /**
     * The response body as JSON (an empty object when the body was empty).
     *
     * @return the parsed body
     * @throws RuntimeException if a non-empty body is not JSON
     */
    public JsonNode json() {
      return body.length == 0 ? Json.object() : Json.parse(body, "Chat app reply");
    }

    @Override
    public String toString() {
      return "Reply{status=" + status + ", body=" + body() + '}';
    }
  }
}
