package dev.chatsdk.googlechat.params;

import dev.chatsdk.googlechat.model.Message.MarkupSyntax;
import org.jspecify.annotations.Nullable;

/** Optional parameters of {@code SpacesApi.messagesList}. */
public final class MessagesListParams extends PagingParams {
  private MessagesListParams(Builder b) {
    super(b);
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder(this);
  }

  @Override
  public MessagesListParams withPageToken(@Nullable String pageToken) {
    return toBuilder().pageToken(pageToken).build();
  }

  /** {@code createTime asc} (the default) or {@code createTime desc}. */
  public @Nullable String getOrderBy() {
    return (String) get("orderBy");
  }

  /** Whether deleted messages are listed too (with their deletion metadata). */
  public @Nullable Boolean getShowDeleted() {
    return (Boolean) get("showDeleted");
  }

  /** The syntax the returned {@code text} is written in ({@code Message.MarkupSyntax}). */
  public @Nullable MarkupSyntax getMarkupSyntax() {
    return (MarkupSyntax) get("markupSyntax");
  }

  public static final class Builder extends PagingParams.Builder<MessagesListParams, Builder> {
    private Builder() {}

    private Builder(MessagesListParams from) {
      super(from);
    }

    public Builder orderBy(@Nullable String orderBy) {
      return setText("orderBy", orderBy);
    }

    public Builder showDeleted(@Nullable Boolean showDeleted) {
      return set("showDeleted", showDeleted);
    }

    public Builder markupSyntax(@Nullable MarkupSyntax markupSyntax) {
      return set("markupSyntax", markupSyntax);
    }

    @Override
    public MessagesListParams build() {
      return new MessagesListParams(this);
    }
  }
}
