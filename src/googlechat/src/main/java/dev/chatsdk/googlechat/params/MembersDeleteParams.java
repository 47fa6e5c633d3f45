package dev.chatsdk.googlechat.params;

/** Optional parameters of {@code SpacesApi.membersDelete} (administrators: scope {@code chat.admin.memberships}). */
public final class MembersDeleteParams extends AdminAccessParams {
  private MembersDeleteParams(Builder b) {
    super(b);
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder(this);
  }

  public static final class Builder extends AdminAccessParams.Builder<MembersDeleteParams, Builder> {
    private Builder() {}

    private Builder(MembersDeleteParams from) {
      super(from);
    }

    @Override
    public MembersDeleteParams build() {
      return new MembersDeleteParams(this);
    }
  }
}
