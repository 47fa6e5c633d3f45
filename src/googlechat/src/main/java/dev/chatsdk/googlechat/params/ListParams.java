package dev.chatsdk.googlechat.params;

import org.jspecify.annotations.Nullable;

/** Optional parameters of {@code SpacesApi.list}: paging and a filter such as {@code spaceType = "SPACE"}. */
public final class ListParams extends PagingParams {
  private ListParams(Builder b) {
    super(b);
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder(this);
  }

  @Override
  public ListParams withPageToken(@Nullable String pageToken) {
    return toBuilder().pageToken(pageToken).build();
  }

  public static final class Builder extends PagingParams.Builder<ListParams, Builder> {
    private Builder() {}

    private Builder(ListParams from) {
      super(from);
    }

    @Override
    public ListParams build() {
      return new ListParams(this);
    }
  }
}
