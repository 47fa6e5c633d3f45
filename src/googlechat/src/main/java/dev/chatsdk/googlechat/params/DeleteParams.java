package dev.chatsdk.googlechat.params;

/** Optional parameters of {@code SpacesApi.delete} (administrators: scope {@code chat.admin.delete}). */
public final class DeleteParams extends AdminAccessParams {
  private DeleteParams(Builder b) {
    super(b);
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder(this);
  }

  public static final class Builder extends AdminAccessParams.Builder<DeleteParams, Builder> {
    private Builder() {}

    private Builder(DeleteParams from) {
      super(from);
    }

    @Override
    public DeleteParams build() {
      return new DeleteParams(this);
    }
  }
}
