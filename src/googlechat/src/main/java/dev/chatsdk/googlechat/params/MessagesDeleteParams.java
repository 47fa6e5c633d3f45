package dev.chatsdk.googlechat.params;

import org.jspecify.annotations.Nullable;

/**
 * Optional parameters of {@code SpacesApi.messagesDelete}. ({@code force} belongs here: the older
 * OpenAPI conversion of the API attached it to reaction delete, which has no options.)
 */
public final class MessagesDeleteParams extends QueryParams {
  private MessagesDeleteParams(Builder b) {
    super(b);
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder(this);
  }

  /**
   * When true, the message's threaded replies are deleted with it; when false, deleting a message
   * that has replies fails. Only honoured with user authentication.
   */
  public @Nullable Boolean getForce() {
    return (Boolean) get("force");
  }

  public static final class Builder extends QueryParams.Builder<MessagesDeleteParams, Builder> {
    private Builder() {}

    private Builder(MessagesDeleteParams from) {
      super(from);
    }

    public Builder force(@Nullable Boolean force) {
      return set("force", force);
    }

    @Override
    public MessagesDeleteParams build() {
      return new MessagesDeleteParams(this);
    }
  }
}
