package dev.chatsdk.googlechat.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chatsdk.core.Require;
import dev.chatsdk.core.json.ChatJson;
import java.util.StringJoiner;

/**
 * Derives an {@code updateMask} from the fields set on an update body, for callers who give none.
 * The generated API classes pass the mask paths the method accepts (snake_case, from the overlay,
 * with output-only fields already left out); a path enters the mask when the body's JSON has a
 * value at it. An update that sets none of them is rejected rather than sent with an empty mask.
 */
public final class UpdateMasks {
  private UpdateMasks() {}

  /**
   * The mask for {@code body}: every path of {@code updatable} whose field is present.
   *
   * @param body the update body (a model object)
   * @param argument the argument's name, for the error message
   * @param updatable snake_case mask paths, {@code a.b} for a nested field
   * @return the present paths joined by commas, in the order of {@code updatable}
   * @throws IllegalArgumentException when the body sets none of the updatable fields
   */
  public static String derive(Object body, String argument, String... updatable) {
    JsonNode json = ChatJson.toTree(Require.nonNull(body, argument));
    StringJoiner mask = new StringJoiner(",");
    for (String path : updatable) {
      if (present(json, path)) {
        mask.add(path);
      }
    }
    if (mask.length() == 0) {
      throw new IllegalArgumentException("updateMask was not given and " + argument
          + " sets no updatable field (" + String.join(", ", updatable)
          + "); set one of them or pass updateMask explicitly");
    }
    return mask.toString();
  }

  private static boolean present(JsonNode json, String path) {
    JsonNode node = json;
    for (String segment : path.split("\\.")) {
      node = node.path(camel(segment));
      if (node.isMissingNode()) {
        return false;
      }
    }
    return true;
  }

  /** {@code cards_v2} -> {@code cardsV2}: the JSON name of a mask segment. */
  static String camel(String snake) {
    StringBuilder out = new StringBuilder(snake.length());
    boolean upper = false;
    for (int i = 0; i < snake.length(); i++) {
      char c = snake.charAt(i);
      if (c == '_') {
        upper = true;
      } else {
        out.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return out.toString();
  }
}
