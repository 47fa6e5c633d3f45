package dev.chatsdk.googlechat.params;

import dev.chatsdk.core.Require;
import java.util.Arrays;
import java.util.Collection;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;

/**
 * Parameters of the update operations, which name the fields to change in {@code updateMask}.
 * When no mask is given the SDK derives one from the fields set on the body (see {@link
 * dev.chatsdk.googlechat.SpacesApi#messagesPatch}).
 */
public abstract class UpdateMaskParams extends QueryParams {

  protected UpdateMaskParams(Builder<?, ?> builder) {
    super(builder);
  }

  /** The field paths to update, comma separated as sent; null when the SDK should derive them. */
  public @Nullable String getUpdateMask() {
    return (String) get("updateMask");
  }

  /** Builder part for {@code updateMask}. */
  public abstract static class Builder<P extends UpdateMaskParams, B extends Builder<P, B>> extends QueryParams.Builder<P, B> {
    protected Builder() {}

    protected Builder(UpdateMaskParams from) {
      super(from);
    }

    /** The API's field paths, for example {@code text}, {@code cards_v2} or {@code *} for all. */
    public B updateMask(String... fieldPaths) {
      Require.nonNull(fieldPaths, "updateMask");
      return updateMask(Arrays.asList(fieldPaths));
    }

    /** The API's field paths; {@code null} clears the mask so the SDK derives it. */
    public B updateMask(@Nullable Collection<String> fieldPaths) {
      if (fieldPaths == null) {
        return set("updateMask", null);
      }
      if (fieldPaths.isEmpty()) {
        throw new IllegalArgumentException("updateMask must name at least one field");
      }
      StringJoiner joined = new StringJoiner(",");
      for (String path : fieldPaths) {
        Require.nonBlank(path, "updateMask element");
        if (path.indexOf(',') >= 0 || path.indexOf(' ') >= 0) {
          throw new IllegalArgumentException("updateMask elements are single field paths, got '" + path + "'");
        }
        joined.add(path);
      }
      return set("updateMask", joined.toString());
    }
  }
}
