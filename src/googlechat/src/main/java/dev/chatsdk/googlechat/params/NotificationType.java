package dev.chatsdk.googlechat.params;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.chatsdk.core.Require;
import dev.chatsdk.core.json.OpenEnum;
import java.util.Map;

/** How recipients are notified of a message sent with {@code messagesCreate}. Open: values unknown to this SDK version are accepted by {@link #of}. */
public final class NotificationType extends OpenEnum {
  private static final long serialVersionUID = 1L;

  /** No preference: the usual notification behaviour. */
  public static final NotificationType NOTIFICATION_TYPE_NONE = new NotificationType("NOTIFICATION_TYPE_NONE");
  /** Notify even recipients who muted the space. */
  public static final NotificationType NOTIFICATION_TYPE_FORCE_NOTIFY = new NotificationType("NOTIFICATION_TYPE_FORCE_NOTIFY");
  /** Deliver without notifying anyone. */
  public static final NotificationType NOTIFICATION_TYPE_SILENT = new NotificationType("NOTIFICATION_TYPE_SILENT");

  private static final Map<String, NotificationType> KNOWN = Map.of(NOTIFICATION_TYPE_NONE.getValue(), NOTIFICATION_TYPE_NONE, NOTIFICATION_TYPE_FORCE_NOTIFY.getValue(), NOTIFICATION_TYPE_FORCE_NOTIFY, NOTIFICATION_TYPE_SILENT.getValue(), NOTIFICATION_TYPE_SILENT);

  private NotificationType(String value) {
    super(value);
  }

  /** The constant for {@code value}, or a new instance for a value this SDK does not know. */
  @JsonCreator
  public static NotificationType of(String value) {
    NotificationType known = KNOWN.get(Require.nonBlank(value, "value"));
    return known != null ? known : new NotificationType(value);
  }

  @Override
  public boolean isKnown() {
    return KNOWN.containsKey(getValue());
  }
}
