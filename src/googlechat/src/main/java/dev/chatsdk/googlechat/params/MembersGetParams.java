package dev.chatsdk.googlechat.params;

/** Optional parameters of {@code SpacesApi.membersGet} (administrators: scope {@code chat.admin.memberships[.readonly]}). */
public final class MembersGetParams extends AdminAccessParams {
  private MembersGetParams(Builder b) {
    super(b);
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder(this);
  }

  public static final class Builder extends AdminAccessParams.Builder<MembersGetParams, Builder> {
    private Builder() {}

    private Builder(MembersGetParams from) {
      super(from);
    }

    @Override
    public MembersGetParams build() {
      return new MembersGetParams(this);
    }
  }
}
