package dev.chatsdk.googlechat.params;

/** Optional parameters of {@code SpacesApi.messagesUpdate}. */
public final class MessagesUpdateParams extends MessageEditParams {
  private MessagesUpdateParams(Builder b) {
    super(b);
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder(this);
  }

  public static final class Builder extends MessageEditParams.Builder<MessagesUpdateParams, Builder> {
    private Builder() {}

    private Builder(MessagesUpdateParams from) {
      super(from);
    }

    @Override
    public MessagesUpdateParams build() {
      return new MessagesUpdateParams(this);
    }
  }
}
