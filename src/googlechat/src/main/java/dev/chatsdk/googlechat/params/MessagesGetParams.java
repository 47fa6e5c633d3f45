package dev.chatsdk.googlechat.params;

import dev.chatsdk.googlechat.model.Message.MarkupSyntax;
import org.jspecify.annotations.Nullable;

/** Optional parameters of {@code SpacesApi.messagesGet}. */
public final class MessagesGetParams extends QueryParams {
  private MessagesGetParams(Builder b) {
    super(b);
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder(this);
  }

  /** The syntax the returned {@code text} is written in ({@code Message.MarkupSyntax}). */
  public @Nullable MarkupSyntax getMarkupSyntax() {
    return (MarkupSyntax) get("markupSyntax");
  }

  public static final class Builder extends QueryParams.Builder<MessagesGetParams, Builder> {
    private Builder() {}

    private Builder(MessagesGetParams from) {
      super(from);
    }

    public Builder markupSyntax(@Nullable MarkupSyntax markupSyntax) {
      return set("markupSyntax", markupSyntax);
    }

    @Override
    public MessagesGetParams build() {
      return new MessagesGetParams(this);
    }
  }
}
