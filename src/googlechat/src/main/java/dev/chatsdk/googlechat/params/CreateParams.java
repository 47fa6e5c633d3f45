package dev.chatsdk.googlechat.params;

import org.jspecify.annotations.Nullable;

/** Optional parameters of {@code SpacesApi.create}. */
public final class CreateParams extends QueryParams {
  private CreateParams(Builder b) {
    super(b);
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder(this);
  }

  /**
   * The idempotency id. When unset the SDK uses {@code RequestOptions.idempotencyKey()} or a
   * random UUID, so a retried create never makes a second space.
   */
  public @Nullable String getRequestId() {
    return (String) get("requestId");
  }

  public static final class Builder extends QueryParams.Builder<CreateParams, Builder> {
    private Builder() {}

    private Builder(CreateParams from) {
      super(from);
    }

    public Builder requestId(@Nullable String requestId) {
      return setText("requestId", requestId);
    }

    @Override
    public CreateParams build() {
      return new CreateParams(this);
    }
  }
}
