package dev.chatsdk.core;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;

/**
 * Base of the generated {@code <Op>Params} classes of every backend: an immutable set of optional
 * query parameters keyed by their wire names. Unset parameters are absent and never sent.
 */
public abstract class QueryParams {
  private final Map<String, Object> values;

  /**
   * Copies the parameters set on the builder.
   *
   * @param builder the builder holding the values; later changes to it do not affect this instance
   */
  protected QueryParams(Builder<?, ?> builder) {
    this.values = Collections.unmodifiableMap(new LinkedHashMap<>(builder.values));
  }

  /**
   * The parameters that are set, by wire name, in the order they were set.
   *
   * @return an unmodifiable map from wire name to value; empty when nothing is set
   */
  public final Map<String, Object> toQueryMap() {
    return values;
  }

  /**
   * The value of one parameter, or null when it is not set.
   *
   * @param wireName the parameter's name on the wire, for example {@code limit}
   * @return the value as it was set (text, number, list, ...), or null
   */
  protected final @Nullable Object get(String wireName) {
    return values.get(wireName);
  }

  @Override
  public final boolean equals(@Nullable Object o) {
    return o != null && o.getClass() == getClass() && ((QueryParams) o).values.equals(values);
  }

  @Override
  public final int hashCode() {
    return getClass().hashCode() * 31 + values.hashCode();
  }

  /** Names and values; none of these parameters carries a credential. */
  @Override
  public String toString() {
    return getClass().getSimpleName() + values;
  }

  /**
   * Shared builder mechanics.
   *
   * @param <P> the params class built
   * @param <B> the concrete builder, returned by every setter
   */
  public abstract static class Builder<P extends QueryParams, B extends Builder<P, B>> {
    private final Map<String, Object> values = new LinkedHashMap<>();

    /** Starts with no parameters set. */
    protected Builder() {}

    /**
     * Starts from the values of an existing instance.
     *
     * @param from the params whose values are copied
     */
    protected Builder(QueryParams from) {
      values.putAll(from.values);
    }

    /**
     * Sets a parameter; {@code null} removes it.
     *
     * @param wireName the parameter's name on the wire
     * @param value the value to send, or null to unset the parameter
     * @return this builder
     */
    protected final B set(String wireName, @Nullable Object value) {
      if (value == null) {
        values.remove(wireName);
      } else {
        values.put(wireName, value);
      }
      return self();
    }

    /**
     * Sets a text parameter; {@code null} removes it, blank text is rejected.
     *
     * @param wireName the parameter's name on the wire
     * @param value non-blank text, or null to unset the parameter
     * @return this builder
     * @throws IllegalArgumentException if the value is blank
     */
    protected final B setText(String wireName, @Nullable String value) {
      return set(wireName, value == null ? null : Require.nonBlank(value, wireName));
    }

    /**
     * Sets a repeated parameter from a copy of {@code values}; {@code null} removes it, null elements are rejected.
     *
     * @param wireName the parameter's name on the wire
     * @param values the elements, sent as a repeated parameter; null to unset the parameter
     * @return this builder
     * @throws NullPointerException if an element is null
     */
    protected final B setList(String wireName, @Nullable Collection<?> values) {
      if (values != null) {
        for (Object v : values) {
          Require.nonNull(v, wireName + " element");
        }
      }
      return set(wireName, values == null ? null : List.copyOf(values));
    }

    /**
     * Appends one element to a repeated parameter, starting it when unset; a null element is rejected.
     *
     * @param wireName the parameter's name on the wire
     * @param element the element to append; not null
     * @return this builder
     */
    protected final B addToList(String wireName, Object element) {
      Require.nonNull(element, wireName + " element");
      List<Object> list = new java.util.ArrayList<>();
      Object current = values.get(wireName);
      if (current instanceof Collection) {
        list.addAll((Collection<?>) current);
      }
      list.add(element);
      return set(wireName, List.copyOf(list));
    }

    /**
     * Sets a field-mask style parameter: single field paths, sent joined by commas. {@code null}
     * removes it; an empty collection, a blank path or one holding a comma or space is rejected.
     *
     * @param wireName the parameter's name on the wire, for example {@code updateMask}
     * @param paths field paths such as {@code text} or {@code attachment.name}; null to unset
     * @return this builder
     * @throws IllegalArgumentException if the collection is empty, or a path is blank or holds a comma or space
     */
    protected final B setFieldPaths(String wireName, @Nullable Collection<String> paths) {
      if (paths == null) {
        return set(wireName, null);
      }
      if (paths.isEmpty()) {
        throw new IllegalArgumentException(wireName + " must name at least one field");
      }
      StringJoiner joined = new StringJoiner(",");
      for (String path : paths) {
        Require.nonBlank(path, wireName + " element");
        if (path.indexOf(',') >= 0 || path.indexOf(' ') >= 0) {
          throw new IllegalArgumentException(wireName + " elements are single field paths, got '" + path + "'");
        }
        joined.add(path);
      }
      return set(wireName, joined.toString());
    }

    /**
     * This builder, typed as the concrete builder.
     *
     * @return {@code this}
     */
    @SuppressWarnings("unchecked")
    protected final B self() {
      return (B) this;
    }

    /**
     * Builds the immutable params from the values set so far.
     *
     * @return the new params instance
     */
    public abstract P build();
  }
}
