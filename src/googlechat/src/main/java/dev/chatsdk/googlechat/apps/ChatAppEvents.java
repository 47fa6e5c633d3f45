package dev.chatsdk.googlechat.apps;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.chatsdk.core.Require;
import dev.chatsdk.core.json.ChatJson;
import dev.chatsdk.core.json.JsonErrors;
import dev.chatsdk.googlechat.model.DeprecatedEvent;
import dev.chatsdk.googlechat.model.Message;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads the interaction events Google Chat posts to a Chat app's HTTP endpoint and writes the
 * app's synchronous reply.
 *
 * <p>The event is the generated {@link DeprecatedEvent} (the discovery document's name for the
 * interaction event): {@code type} ({@code MESSAGE}, {@code ADDED_TO_SPACE}, {@code
 * REMOVED_FROM_SPACE}, {@code CARD_CLICKED}, {@code WIDGET_UPDATED}, {@code APP_COMMAND}), {@code
 * message}, {@code space}, {@code user}, {@code action}, {@code common} (form inputs, invoked
 * function, parameters) and the dialog fields. Verify the request with {@link ChatRequestVerifier}
 * before parsing it.
 *
 * <p>Any body that is not such an event fails with {@link ChatAppEventException}: bodies over the
 * size limit (checked before parsing), invalid or truncated JSON, nesting beyond the JSON reader's
 * depth limit, values of the wrong type. Events of a Chat app built as a Google Workspace add-on have
 * another shape and are rejected with a message saying so (see docs/googlechat.md).
 */
public final class ChatAppEvents {
  /** Default largest body accepted: 1 MiB (an event with a long message and cards is a few KB). */
  public static final int DEFAULT_MAX_BYTES = 1 << 20;

  private static final ObjectReader TREE = ChatJson.reader(JsonNode.class);
  private static final ObjectReader EVENT = ChatJson.reader(DeprecatedEvent.class);

  private ChatAppEvents() {}

  /**
   * Parses an event body of at most {@link #DEFAULT_MAX_BYTES}.
   *
   * @param body the raw HTTP request body Google Chat posted (JSON)
   * @return the interaction event; never null
   * @throws ChatAppEventException when the body is too large or not an interaction event
   */
  public static DeprecatedEvent parse(byte[] body) {
    return parse(body, DEFAULT_MAX_BYTES);
  }

  /**
   * Parses an event body of at most {@code maxBytes}.
   *
   * @param body the raw HTTP request body Google Chat posted (JSON)
   * @param maxBytes the largest body size accepted, in bytes; at least 1
   * @return the interaction event; never null
   * @throws IllegalArgumentException when {@code maxBytes} is less than 1
   * @throws ChatAppEventException when the body is not an interaction event
   */
  public static DeprecatedEvent parse(byte[] body, int maxBytes) {
    Require.nonNull(body, "body");
    Require.inRange(maxBytes, 1, Integer.MAX_VALUE, "maxBytes");
    if (body.length > maxBytes) {
      throw new ChatAppEventException("Chat app event body has " + body.length + " bytes, more than the limit of "
          + maxBytes, null);
    }
    JsonNode tree;
    try {
      tree = TREE.readTree(body);
    } catch (IOException e) {
      throw invalid(e);
    }
    if (tree == null || !tree.isObject()) {
      throw new ChatAppEventException("Chat app event body is not a JSON object", null);
    }
    if (!tree.has("type") && tree.path("chat").isObject()) {
      throw new ChatAppEventException("this is the event object of a Chat app built as a Google Workspace add-on"
          + " (it has a \"chat\" member and no \"type\"); only Chat API interaction events are read", null);
    }
    try {
      return EVENT.readValue(tree);
    } catch (IOException e) {
      throw invalid(e);
    }
  }

  /**
   * Reads a request body from a stream (at most {@link #DEFAULT_MAX_BYTES}, never more into memory)
   * and parses it. The stream is not closed.
   *
   * @param body the request body stream, read up to one byte past the limit; left open
   * @return the interaction event; never null
   * @throws IOException when reading the stream fails
   * @throws ChatAppEventException when the body is too large or not an interaction event
   */
  public static DeprecatedEvent parse(InputStream body) throws IOException {
    return parse(readAtMost(Require.nonNull(body, "body"), DEFAULT_MAX_BYTES), DEFAULT_MAX_BYTES);
  }

  /**
   * The JSON of a synchronous reply (a message, or a message carrying an {@code actionResponse}).
   *
   * @param reply the message to answer the event with; not null
   * @return the UTF-8 JSON to write as the HTTP response body
   */
  public static byte[] render(Message reply) {
    return ChatJson.toBytes(Require.nonNull(reply, "reply"));
  }

  /** Reads up to {@code max + 1} bytes, enough for {@link #parse(byte[], int)} to report "too large". */
  static byte[] readAtMost(InputStream in, int max) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[8192];
    int n;
    while (out.size() <= max && (n = in.read(buf, 0, Math.min(buf.length, max + 1 - out.size()))) > 0) {
      out.write(buf, 0, n);
    }
    return out.toByteArray();
  }

  private static ChatAppEventException invalid(IOException e) {
    // The cause is not attached: Jackson's messages quote the offending input.
    return new ChatAppEventException("Chat app event body is not a valid interaction event ("
        + JsonErrors.describe(e) + ")", null);
  }
}
