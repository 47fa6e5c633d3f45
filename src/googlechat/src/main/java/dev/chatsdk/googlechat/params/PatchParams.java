package dev.chatsdk.googlechat.params;

import org.jspecify.annotations.Nullable;

/** Optional parameters of {@code SpacesApi.patch}. */
public final class PatchParams extends UpdateMaskParams {
  private PatchParams(Builder b) {
    super(b);
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder(this);
  }

  /** Whether a Workspace administrator acts with admin privileges (scope {@code chat.admin.spaces}). */
  public @Nullable Boolean getUseAdminAccess() {
    return (Boolean) get("useAdminAccess");
  }

  public static final class Builder extends UpdateMaskParams.Builder<PatchParams, Builder> {
    private Builder() {}

    private Builder(PatchParams from) {
      super(from);
    }

    public Builder useAdminAccess(@Nullable Boolean useAdminAccess) {
      return set("useAdminAccess", useAdminAccess);
    }

    @Override
    public PatchParams build() {
      return new PatchParams(this);
    }
  }
}
