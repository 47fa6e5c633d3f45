package dev.chatsdk.googlechat.params;

import org.jspecify.annotations.Nullable;

/**
 * Parameters every list operation shares: {@code pageSize}, {@code pageToken} and {@code filter}.
 * The auto-pagers set {@code pageToken} themselves.
 */
public abstract class PagingParams extends QueryParams {

  protected PagingParams(Builder<?, ?> builder) {
    super(builder);
  }

  /** Largest number of items per page; the service applies its own default and maximum. */
  public @Nullable Integer getPageSize() {
    return (Integer) get("pageSize");
  }

  /** The {@code nextPageToken} of the previous page. */
  public @Nullable String getPageToken() {
    return (String) get("pageToken");
  }

  /** A filter expression in the syntax the operation documents. */
  public @Nullable String getFilter() {
    return (String) get("filter");
  }

  /** Copy with another page token (used by the auto-pagers). */
  public abstract PagingParams withPageToken(@Nullable String pageToken);

  /** Builder part for the paging parameters. */
  public abstract static class Builder<P extends PagingParams, B extends Builder<P, B>> extends QueryParams.Builder<P, B> {
    protected Builder() {}

    protected Builder(PagingParams from) {
      super(from);
    }

    /** Items per page, 1 to 1000 (the service may cap it lower). */
    public B pageSize(@Nullable Integer pageSize) {
      if (pageSize != null && (pageSize < 1 || pageSize > 1000)) {
        throw new IllegalArgumentException("pageSize must be between 1 and 1000, got " + pageSize);
      }
      return set("pageSize", pageSize);
    }

    public B pageToken(@Nullable String pageToken) {
      return setText("pageToken", pageToken);
    }

    public B filter(@Nullable String filter) {
      return setText("filter", filter);
    }
  }
}
