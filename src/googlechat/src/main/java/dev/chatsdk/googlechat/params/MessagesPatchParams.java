package dev.chatsdk.googlechat.params;

/** Optional parameters of {@code SpacesApi.messagesPatch}. */
public final class MessagesPatchParams extends MessageEditParams {
  private MessagesPatchParams(Builder b) {
    super(b);
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder(this);
  }

  public static final class Builder extends MessageEditParams.Builder<MessagesPatchParams, Builder> {
    private Builder() {}

    private Builder(MessagesPatchParams from) {
      super(from);
    }

    @Override
    public MessagesPatchParams build() {
      return new MessagesPatchParams(this);
    }
  }
}
