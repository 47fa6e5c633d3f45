package dev.chatsdk.stream;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Optional form fields of {@link MessagesApi#uploadFile}. Immutable. */
public final class UploadFileParams {
  private final @Nullable String userId;

  private UploadFileParams(Builder b) {
    this.userId = b.userId;
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder().userId(userId);
  }

  /** The uploading user, sent as form field {@code user} = {@code {"id": userId}}; set it on server-side calls. */
  public @Nullable String getUserId() {
    return userId;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof UploadFileParams && Objects.equals(userId, ((UploadFileParams) o).userId);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(userId);
  }

  @Override
  public String toString() {
    return "UploadFileParams{userId=" + userId + '}';
  }

  public static final class Builder {
    private @Nullable String userId;

    private Builder() {}

    public Builder userId(@Nullable String userId) {
      this.userId = userId;
      return this;
    }

    public UploadFileParams build() {
      return new UploadFileParams(this);
    }
  }
}
