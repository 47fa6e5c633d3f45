package dev.chatsdk.googlechat.params;

/** Optional parameters of {@code SpacesApi.membersCreate} (administrators: scope {@code chat.admin.memberships}). */
public final class MembersCreateParams extends AdminAccessParams {
  private MembersCreateParams(Builder b) {
    super(b);
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder(this);
  }

  public static final class Builder extends AdminAccessParams.Builder<MembersCreateParams, Builder> {
    private Builder() {}

    private Builder(MembersCreateParams from) {
      super(from);
    }

    @Override
    public MembersCreateParams build() {
      return new MembersCreateParams(this);
    }
  }
}
