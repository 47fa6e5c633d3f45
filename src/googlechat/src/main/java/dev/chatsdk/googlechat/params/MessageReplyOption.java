package dev.chatsdk.googlechat.params;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.chatsdk.core.Require;
import dev.chatsdk.core.json.OpenEnum;
import java.util.Map;

/** Whether {@code messagesCreate} replies in the given thread or may start a new one. Open: values unknown to this SDK version are accepted by {@link #of}. */
public final class MessageReplyOption extends OpenEnum {
  private static final long serialVersionUID = 1L;

  /** The service default: the message starts a new thread (the thread fields are ignored). */
  public static final MessageReplyOption MESSAGE_REPLY_OPTION_UNSPECIFIED = new MessageReplyOption("MESSAGE_REPLY_OPTION_UNSPECIFIED");
  /** Reply in the named thread, or start a new thread when it cannot be found. */
  public static final MessageReplyOption REPLY_MESSAGE_FALLBACK_TO_NEW_THREAD = new MessageReplyOption("REPLY_MESSAGE_FALLBACK_TO_NEW_THREAD");
  /** Reply in the named thread, or fail with NOT_FOUND. */
  public static final MessageReplyOption REPLY_MESSAGE_OR_FAIL = new MessageReplyOption("REPLY_MESSAGE_OR_FAIL");

  private static final Map<String, MessageReplyOption> KNOWN = Map.of(MESSAGE_REPLY_OPTION_UNSPECIFIED.getValue(), MESSAGE_REPLY_OPTION_UNSPECIFIED, REPLY_MESSAGE_FALLBACK_TO_NEW_THREAD.getValue(), REPLY_MESSAGE_FALLBACK_TO_NEW_THREAD, REPLY_MESSAGE_OR_FAIL.getValue(), REPLY_MESSAGE_OR_FAIL);

  private MessageReplyOption(String value) {
    super(value);
  }

  /** The constant for {@code value}, or a new instance for a value this SDK does not know. */
  @JsonCreator
  public static MessageReplyOption of(String value) {
    MessageReplyOption known = KNOWN.get(Require.nonBlank(value, "value"));
    return known != null ? known : new MessageReplyOption(value);
  }

  @Override
  public boolean isKnown() {
    return KNOWN.containsKey(getValue());
  }
}
