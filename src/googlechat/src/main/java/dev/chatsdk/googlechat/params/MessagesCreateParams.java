package dev.chatsdk.googlechat.params;

import org.jspecify.annotations.Nullable;

/** Optional parameters of {@code SpacesApi.messagesCreate}. */
public final class MessagesCreateParams extends QueryParams {
  static final String NOTIFICATION_TYPE = "createMessageNotificationOptions.notificationType";

  private MessagesCreateParams(Builder b) {
    super(b);
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder(this);
  }

  /**
   * The idempotency id. When unset the SDK uses {@code RequestOptions.idempotencyKey()} or a
   * random UUID, so a retried send never posts the message twice.
   */
  public @Nullable String getRequestId() {
    return (String) get("requestId");
  }

  /** A client-assigned id ({@code client-} followed by up to 56 letters, digits or hyphens). */
  public @Nullable String getMessageId() {
    return (String) get("messageId");
  }

  /** Whether to reply in the thread named on the message and what to do if it is missing. */
  public @Nullable MessageReplyOption getMessageReplyOption() {
    return (MessageReplyOption) get("messageReplyOption");
  }

  /**
   * Deprecated thread key; set {@code thread.threadKey} on the message instead.
   *
   * @deprecated the service prefers the thread on the message body
   */
  @Deprecated
  public @Nullable String getThreadKey() {
    return (String) get("threadKey");
  }

  /** How recipients are notified ({@code createMessageNotificationOptions.notificationType}). */
  public @Nullable NotificationType getNotificationType() {
    return (NotificationType) get(NOTIFICATION_TYPE);
  }

  public static final class Builder extends QueryParams.Builder<MessagesCreateParams, Builder> {
    private Builder() {}

    private Builder(MessagesCreateParams from) {
      super(from);
    }

    public Builder requestId(@Nullable String requestId) {
      return setText("requestId", requestId);
    }

    public Builder messageId(@Nullable String messageId) {
      if (messageId != null && !messageId.matches("client-[a-z0-9-]{1,56}")) {
        throw new IllegalArgumentException(
            "messageId must start with 'client-' followed by 1 to 56 lowercase letters, digits or hyphens, got '"
                + messageId + "'");
      }
      return set("messageId", messageId);
    }

    public Builder messageReplyOption(@Nullable MessageReplyOption option) {
      return set("messageReplyOption", option);
    }

    /** @deprecated set {@code thread.threadKey} on the message instead */
    @Deprecated
    public Builder threadKey(@Nullable String threadKey) {
      return setText("threadKey", threadKey);
    }

    public Builder notificationType(@Nullable NotificationType notificationType) {
      return set(NOTIFICATION_TYPE, notificationType);
    }

    @Override
    public MessagesCreateParams build() {
      return new MessagesCreateParams(this);
    }
  }
}
