package dev.chatsdk.stream;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Optional query parameters of {@link MessagesApi#getReactions}: a page by limit and offset. Immutable. */
public final class GetReactionsParams {
  private final @Nullable Integer limit;
  private final @Nullable Integer offset;

  private GetReactionsParams(Builder b) {
    this.limit = b.limit;
    this.offset = b.offset;
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder().limit(limit).offset(offset);
  }

  /** {@code limit}: how many reactions per page. */
  public @Nullable Integer getLimit() {
    return limit;
  }

  /** {@code offset}: how many reactions to skip. */
  public @Nullable Integer getOffset() {
    return offset;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof GetReactionsParams)) {
      return false;
    }
    GetReactionsParams other = (GetReactionsParams) o;
    return Objects.equals(limit, other.limit) && Objects.equals(offset, other.offset);
  }

  @Override
  public int hashCode() {
    return Objects.hash(limit, offset);
  }

  @Override
  public String toString() {
    return "GetReactionsParams{limit=" + limit + ", offset=" + offset + '}';
  }

  public static final class Builder {
    private @Nullable Integer limit;
    private @Nullable Integer offset;

    private Builder() {}

    /** Must be positive when set. */
    public Builder limit(@Nullable Integer limit) {
      if (limit != null && limit < 1) {
        throw new IllegalArgumentException("limit must be at least 1, got " + limit);
      }
      this.limit = limit;
      return this;
    }

    /** Must not be negative when set. */
    public Builder offset(@Nullable Integer offset) {
      if (offset != null && offset < 0) {
        throw new IllegalArgumentException("offset must not be negative, got " + offset);
      }
      this.offset = offset;
      return this;
    }

    public GetReactionsParams build() {
      return new GetReactionsParams(this);
    }
  }
}
