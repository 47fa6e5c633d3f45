package dev.chatsdk.stream;

import dev.chatsdk.core.Require;
import dev.chatsdk.stream.model.ImageSizeRequest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Optional form fields of {@link MessagesApi#uploadImage}. Immutable. */
public final class UploadImageParams {
  private final @Nullable String userId;
  private final List<ImageSizeRequest> uploadSizes;

  private UploadImageParams(Builder b) {
    this.userId = b.userId;
    this.uploadSizes = Collections.unmodifiableList(new ArrayList<>(b.uploadSizes));
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder().userId(userId).uploadSizes(uploadSizes);
  }

  /** The uploading user, sent as form field {@code user} = {@code {"id": userId}}; set it on server-side calls. */
  public @Nullable String getUserId() {
    return userId;
  }

  /** Resized variants to generate, sent as form field {@code upload_sizes} (a JSON array); empty = none. */
  public List<ImageSizeRequest> getUploadSizes() {
    return uploadSizes;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof UploadImageParams)) {
      return false;
    }
    UploadImageParams other = (UploadImageParams) o;
    return Objects.equals(userId, other.userId) && uploadSizes.equals(other.uploadSizes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(userId, uploadSizes);
  }

  @Override
  public String toString() {
    return "UploadImageParams{userId=" + userId + ", uploadSizes=" + uploadSizes + '}';
  }

  public static final class Builder {
    private @Nullable String userId;
    private final List<ImageSizeRequest> uploadSizes = new ArrayList<>();

    private Builder() {}

    public Builder userId(@Nullable String userId) {
      this.userId = userId;
      return this;
    }

    /** Replaces the list of sizes. */
    public Builder uploadSizes(List<ImageSizeRequest> sizes) {
      Require.nonNull(sizes, "uploadSizes");
      uploadSizes.clear();
      sizes.forEach(this::addUploadSize);
      return this;
    }

    public Builder addUploadSize(ImageSizeRequest size) {
      uploadSizes.add(Require.nonNull(size, "uploadSizes element"));
      return this;
    }

    public UploadImageParams build() {
      return new UploadImageParams(this);
    }
  }
}
