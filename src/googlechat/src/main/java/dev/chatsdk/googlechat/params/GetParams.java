package dev.chatsdk.googlechat.params;

/** Optional parameters of {@code SpacesApi.get} (administrators: scope {@code chat.admin.spaces[.readonly]}). */
public final class GetParams extends AdminAccessParams {
  private GetParams(Builder b) {
    super(b);
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder(this);
  }

  public static final class Builder extends AdminAccessParams.Builder<GetParams, Builder> {
    private Builder() {}

    private Builder(GetParams from) {
      super(from);
    }

    @Override
    public GetParams build() {
      return new GetParams(this);
    }
  }
}
