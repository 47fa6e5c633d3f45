package dev.chatsdk.googlechat.params;

import org.jspecify.annotations.Nullable;

/**
 * Parameters of operations whose only option is {@code useAdminAccess}: a Workspace administrator
 * acting on any space of the organisation, with the matching {@code chat.admin.*} scope and user
 * authentication.
 */
public abstract class AdminAccessParams extends QueryParams {

  protected AdminAccessParams(Builder<?, ?> builder) {
    super(builder);
  }

  /** Whether the caller uses Workspace administrator privileges. */
  public @Nullable Boolean getUseAdminAccess() {
    return (Boolean) get("useAdminAccess");
  }

  /** Builder part for {@code useAdminAccess}. */
  public abstract static class Builder<P extends AdminAccessParams, B extends Builder<P, B>> extends QueryParams.Builder<P, B> {
    protected Builder() {}

    protected Builder(AdminAccessParams from) {
      super(from);
    }

    public B useAdminAccess(@Nullable Boolean useAdminAccess) {
      return set("useAdminAccess", useAdminAccess);
    }
  }
}
