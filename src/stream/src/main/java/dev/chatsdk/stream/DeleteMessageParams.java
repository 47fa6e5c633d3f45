package dev.chatsdk.stream;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Optional query parameters of {@link MessagesApi#deleteMessage}. Immutable. */
public final class DeleteMessageParams {
  private final @Nullable Boolean hard;

  private DeleteMessageParams(Builder b) {
    this.hard = b.hard;
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder().hard(hard);
  }

  /** {@code hard}: also remove the message's reactions and replies, for good. */
  public @Nullable Boolean getHard() {
    return hard;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof DeleteMessageParams && Objects.equals(hard, ((DeleteMessageParams) o).hard);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(hard);
  }

  @Override
  public String toString() {
    return "DeleteMessageParams{hard=" + hard + '}';
  }

  public static final class Builder {
    private @Nullable Boolean hard;

    private Builder() {}

    public Builder hard(@Nullable Boolean hard) {
      this.hard = hard;
      return this;
    }

    public DeleteMessageParams build() {
      return new DeleteMessageParams(this);
    }
  }
}
