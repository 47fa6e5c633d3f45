package dev.chatsdk.googlechat.params;

import org.jspecify.annotations.Nullable;

/** Optional parameters of {@code SpacesApi.membersList}. */
public final class MembersListParams extends PagingParams {
  private MembersListParams(Builder b) {
    super(b);
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder(this);
  }

  @Override
  public MembersListParams withPageToken(@Nullable String pageToken) {
    return toBuilder().pageToken(pageToken).build();
  }

  /** Whether Google Group memberships are listed too. */
  public @Nullable Boolean getShowGroups() {
    return (Boolean) get("showGroups");
  }

  /** Whether invited (not yet joined) members are listed too; user authentication only. */
  public @Nullable Boolean getShowInvited() {
    return (Boolean) get("showInvited");
  }

  /** Whether a Workspace administrator acts with admin privileges (scope {@code chat.admin.memberships[.readonly]}). */
  public @Nullable Boolean getUseAdminAccess() {
    return (Boolean) get("useAdminAccess");
  }

  public static final class Builder extends PagingParams.Builder<MembersListParams, Builder> {
    private Builder() {}

    private Builder(MembersListParams from) {
      super(from);
    }

    public Builder showGroups(@Nullable Boolean showGroups) {
      return set("showGroups", showGroups);
    }

    public Builder showInvited(@Nullable Boolean showInvited) {
      return set("showInvited", showInvited);
    }

    public Builder useAdminAccess(@Nullable Boolean useAdminAccess) {
      return set("useAdminAccess", useAdminAccess);
    }

    @Override
    public MembersListParams build() {
      return new MembersListParams(this);
    }
  }
}
