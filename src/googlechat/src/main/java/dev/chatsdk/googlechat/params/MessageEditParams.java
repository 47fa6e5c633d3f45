package dev.chatsdk.googlechat.params;

import org.jspecify.annotations.Nullable;

/** Parameters shared by {@code messagesPatch} and {@code messagesUpdate}. */
public abstract class MessageEditParams extends UpdateMaskParams {

  protected MessageEditParams(Builder<?, ?> builder) {
    super(builder);
  }

  /**
   * When true and the message does not exist, it is created (the mask is then ignored); only for
   * messages named with a client-assigned id ({@code client-...}).
   */
  public @Nullable Boolean getAllowMissing() {
    return (Boolean) get("allowMissing");
  }

  /** Builder part for {@code allowMissing}. */
  public abstract static class Builder<P extends MessageEditParams, B extends Builder<P, B>> extends UpdateMaskParams.Builder<P, B> {
    protected Builder() {}

    protected Builder(MessageEditParams from) {
      super(from);
    }

    public B allowMissing(@Nullable Boolean allowMissing) {
      return set("allowMissing", allowMissing);
    }
  }
}
