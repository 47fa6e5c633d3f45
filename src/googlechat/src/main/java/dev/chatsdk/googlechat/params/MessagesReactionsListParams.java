package dev.chatsdk.googlechat.params;

import org.jspecify.annotations.Nullable;

/** Optional parameters of {@code SpacesApi.messagesReactionsList}: paging and a filter by emoji or user. */
public final class MessagesReactionsListParams extends PagingParams {
  private MessagesReactionsListParams(Builder b) {
    super(b);
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder(this);
  }

  @Override
  public MessagesReactionsListParams withPageToken(@Nullable String pageToken) {
    return toBuilder().pageToken(pageToken).build();
  }

  public static final class Builder extends PagingParams.Builder<MessagesReactionsListParams, Builder> {
    private Builder() {}

    private Builder(MessagesReactionsListParams from) {
      super(from);
    }

    @Override
    public MessagesReactionsListParams build() {
      return new MessagesReactionsListParams(this);
    }
  }
}
