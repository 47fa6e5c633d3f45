package dev.chatsdk.stream;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Optional query parameters of {@link MessagesApi#deleteReaction}. Immutable. */
public final class DeleteReactionParams {
  private final @Nullable String userId;

  private DeleteReactionParams(Builder b) {
    this.userId = b.userId;
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder().userId(userId);
  }

  /** {@code user_id}: whose reaction to remove, for server-side calls. */
  public @Nullable String getUserId() {
    return userId;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof DeleteReactionParams && Objects.equals(userId, ((DeleteReactionParams) o).userId);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(userId);
  }

  @Override
  public String toString() {
    return "DeleteReactionParams{userId=" + userId + '}';
  }

  public static final class Builder {
    private @Nullable String userId;

    private Builder() {}

    public Builder userId(@Nullable String userId) {
      this.userId = userId;
      return this;
    }

    public DeleteReactionParams build() {
      return new DeleteReactionParams(this);
    }
  }
}
