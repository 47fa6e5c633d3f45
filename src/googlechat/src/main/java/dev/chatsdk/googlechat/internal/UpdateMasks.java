package dev.chatsdk.googlechat.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chatsdk.core.json.ChatJson;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Derives an {@code updateMask} from the fields set on an update body, for callers who did not give
 * one. Only the JSON keys the API accepts in the mask count; others (the resource name, output-only
 * fields) are ignored by the service on update and therefore left out. An update that sets none of
 * the updatable fields is rejected rather than sent with an empty mask.
 */
public final class UpdateMasks {
  /** Message JSON keys the service can update, mapped to their mask paths. */
  private static final Map<String, String> MESSAGE_FIELDS = new LinkedHashMap<>();
  /** Space JSON keys that are updatable as a whole. */
  private static final Map<String, String> SPACE_FIELDS = new LinkedHashMap<>();

  static {
    MESSAGE_FIELDS.put("text", "text");
    MESSAGE_FIELDS.put("attachment", "attachment");
    MESSAGE_FIELDS.put("cards", "cards");
    MESSAGE_FIELDS.put("cardsV2", "cards_v2");
    MESSAGE_FIELDS.put("accessoryWidgets", "accessory_widgets");
    MESSAGE_FIELDS.put("quotedMessageMetadata", "quoted_message_metadata");
    SPACE_FIELDS.put("displayName", "display_name");
    SPACE_FIELDS.put("spaceType", "space_type");
    SPACE_FIELDS.put("spaceDetails", "space_details");
    SPACE_FIELDS.put("spaceHistoryState", "space_history_state");
  }

  private UpdateMasks() {}

  /** The mask for a message update: {@code text}, {@code attachment}, {@code cards}, {@code cards_v2}, ... */
  public static String forMessage(Object message) {
    JsonNode json = ChatJson.toTree(message);
    StringJoiner mask = new StringJoiner(",");
    for (Map.Entry<String, String> field : MESSAGE_FIELDS.entrySet()) {
      if (json.has(field.getKey())) {
        mask.add(field.getValue());
      }
    }
    return nonEmpty(mask, "message", "text, attachment, cards, cardsV2, accessoryWidgets or quotedMessageMetadata");
  }

  /**
   * The mask for a space update: {@code display_name}, {@code space_type}, {@code space_details},
   * {@code space_history_state}, {@code access_settings.audience}, {@code
   * access_settings.access_permission_settings.<setting>} and {@code permission_settings.<setting>}
   * for each setting present.
   */
  public static String forSpace(Object space) {
    JsonNode json = ChatJson.toTree(space);
    StringJoiner mask = new StringJoiner(",");
    for (Map.Entry<String, String> field : SPACE_FIELDS.entrySet()) {
      if (json.has(field.getKey())) {
        mask.add(field.getValue());
      }
    }
    JsonNode access = json.path("accessSettings");
    if (access.has("audience")) {
      mask.add("access_settings.audience");
    }
    addChildren(mask, access.path("accessPermissionSettings"), "access_settings.access_permission_settings.");
    addChildren(mask, json.path("permissionSettings"), "permission_settings.");
    return nonEmpty(mask, "space",
        "displayName, spaceType, spaceDetails, spaceHistoryState, accessSettings or permissionSettings");
  }

  private static void addChildren(StringJoiner mask, JsonNode node, String prefix) {
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      mask.add(prefix + names.next());
    }
  }

  private static String nonEmpty(StringJoiner mask, String what, String updatable) {
    if (mask.length() == 0) {
      throw new IllegalArgumentException("updateMask was not given and the " + what
          + " sets no updatable field (" + updatable + "); set one of them or pass updateMask explicitly");
    }
    return mask.toString();
  }
}
