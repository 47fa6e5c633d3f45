package dev.chatsdk.core.internal;

import dev.chatsdk.core.json.OpenEnum;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Copying, validation and printing helpers that every generated model class uses. Part of the
 * SDK's internals, not of its API: it may change in any release.
 */
public final class ModelSupport {
  private static final Set<String> SECRET_WORDS = Set.of("apikey", "authorization", "credential", "credentials", "key", "passwd", "password", "secret", "token");

  private ModelSupport() {}

  /**
   * Copies a collection into a new list a builder may change.
   *
   * @param <T> the element type
   * @param values the elements to copy, or null
   * @return a new mutable {@link ArrayList}, or null if {@code values} is null
   */
  public static <T> @Nullable List<T> mutable(@Nullable Collection<? extends T> values) {
    return values == null ? null : new ArrayList<>(values);
  }

  /**
   * Copies a map into a new map a builder may change, keeping its order.
   *
   * @param <V> the value type
   * @param values the entries to copy, or null
   * @return a new mutable {@link LinkedHashMap}, or null if {@code values} is null
   */
  public static <V> @Nullable Map<String, V> mutable(@Nullable Map<String, ? extends V> values) {
    return values == null ? null : new LinkedHashMap<>(values);
  }

  /**
   * Takes an unmodifiable snapshot of a list for an immutable model.
   *
   * @param <T> the element type
   * @param values the list to copy, or null
   * @return an unmodifiable copy, or null if {@code values} is null
   */
  public static <T> @Nullable List<T> freeze(@Nullable List<T> values) {
    return values == null ? null : Collections.unmodifiableList(new ArrayList<>(values));
  }

  /**
   * Takes an unmodifiable snapshot of a list, treating null as empty.
   *
   * @param <T> the element type
   * @param values the list to copy, or null
   * @return an unmodifiable copy; the shared empty list if {@code values} is null or empty
   */
  public static <T> List<T> freezeOrEmpty(@Nullable List<T> values) {
    return values == null || values.isEmpty() ? Collections.emptyList() : freeze(values);
  }

  /**
   * Takes an unmodifiable snapshot of a map for an immutable model, keeping its order.
   *
   * @param <V> the value type
   * @param values the map to copy, or null
   * @return an unmodifiable copy, or null if {@code values} is null
   */
  public static <V> @Nullable Map<String, V> freeze(@Nullable Map<String, V> values) {
    return values == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }

  /**
   * Takes an unmodifiable snapshot of a map, treating null as empty.
   *
   * @param <V> the value type
   * @param values the map to copy, or null
   * @return an unmodifiable copy; the shared empty map if {@code values} is null or empty
   */
  public static <V> Map<String, V> freezeOrEmpty(@Nullable Map<String, V> values) {
    return values == null || values.isEmpty() ? Collections.emptyMap() : freeze(values);
  }

  /**
   * Returns the list itself, or an empty list in place of null; nothing is copied.
   *
   * @param <T> the element type
   * @param values the list, or null
   * @return {@code values}, or an unmodifiable empty list if it is null
   */
  public static <T> List<T> orEmpty(@Nullable List<T> values) {
    return values == null ? Collections.emptyList() : values;
  }

  /**
   * Returns the map itself, or an empty map in place of null; nothing is copied.
   *
   * @param <V> the value type
   * @param values the map, or null
   * @return {@code values}, or an unmodifiable empty map if it is null
   */
  public static <V> Map<String, V> orEmpty(@Nullable Map<String, V> values) {
    return values == null ? Collections.emptyMap() : values;
  }

  /**
   * Appends an element, creating the list first if needed; used by builders' {@code addX} methods.
   *
   * @param <T> the element type
   * @param values the builder's mutable list, or null if none yet
   * @param item the element to append
   * @return the list that now holds {@code item}: {@code values}, or a new list if it was null
   */
  public static <T> List<T> add(@Nullable List<T> values, T item) {
    List<T> list = values == null ? new ArrayList<>() : values;
    list.add(item);
    return list;
  }

  /**
   * Puts an entry, creating the map first if needed; used by builders' {@code putX} methods.
   *
   * @param <V> the value type
   * @param values the builder's mutable map, or null if none yet
   * @param key the entry's key
   * @param value the entry's value
   * @return the map that now holds the entry: {@code values}, or a new map if it was null
   */
  public static <V> Map<String, V> put(@Nullable Map<String, V> values, String key, V value) {
    Map<String, V> map = values == null ? new LinkedHashMap<>() : values;
    map.put(key, value);
    return map;
  }

  /**
   * Checks that a required model field was set before the model is built.
   *
   * @param value the field's value
   * @param field the field's name, put in the message
   * @throws IllegalStateException if {@code value} is null
   */
  public static void require(@Nullable Object value, String field) {
    if (value == null) {
      throw new IllegalStateException(field + " is required");
    }
  }

  /**
   * Indexes an open enum's constants by their wire value.
   *
   * @param <E> the open enum type
   * @param values the known constants
   * @return an unmodifiable map from wire value to constant, in declaration order
   */
  @SafeVarargs
  public static <E extends OpenEnum> Map<String, E> index(E... values) {
    Map<String, E> map = new LinkedHashMap<>();
    for (E value : values) {
      map.put(value.getValue(), value);
    }
    return Collections.unmodifiableMap(map);
  }

  /**
   * Lists the known constants of an open enum.
   *
   * @param <E> the open enum type
   * @param known the index built by {@link #index}
   * @return an unmodifiable list of the constants, in declaration order
   */
  public static <E extends OpenEnum> List<E> values(Map<String, E> known) {
    return Collections.unmodifiableList(new ArrayList<>(known.values()));
  }

  /**
   * Whether a field name contains a word such as token, secret, password or key.
   *
   * @param name a field name in camelCase, snake_case or similar
   * @return true if one of its words is a secret word, so its value must be masked
   */
  public static boolean isSecret(String name) {
    StringBuilder word = new StringBuilder();
    for (int i = 0; i <= name.length(); i++) {
      char c = i < name.length() ? name.charAt(i) : '_';
      boolean boundary = !Character.isLetterOrDigit(c)
          || (Character.isUpperCase(c) && word.length() > 0
              && !Character.isUpperCase(word.charAt(word.length() - 1)));
      if (boundary && word.length() > 0) {
        if (SECRET_WORDS.contains(word.toString().toLowerCase(Locale.ROOT))) {
          return true;
        }
        word.setLength(0);
      }
      if (Character.isLetterOrDigit(c)) {
        word.append(c);
      }
    }
    return false;
  }

  /** Builds {@code Name{field=value, ...}}, skipping unset fields and masking secrets. */
  public static final class ToString {
    private final StringBuilder sb;
    private boolean first = true;

    /**
     * Starts the text with the type name.
     *
     * @param type the simple name of the model class
     */
    public ToString(String type) {
      sb = new StringBuilder(type).append('{');
    }

    /**
     * Appends a field unless it is unset.
     *
     * @param name the field name
     * @param value the value, printed with {@code toString()}; null skips the field
     * @return this builder
     */
    public ToString add(String name, @Nullable Object value) {
      if (value != null) {
        sb.append(first ? "" : ", ").append(name).append('=').append(value);
        first = false;
      }
      return this;
    }

    /**
     * Appends a field whose value must not be printed, as {@code ***}.
     *
     * @param name the field name
     * @param value the secret value; only whether it is null is used
     * @return this builder
     */
    public ToString secret(String name, @Nullable Object value) {
      return add(name, value == null ? null : "***");
    }

    /**
     * Appends the additional (unknown) properties, masking those whose name looks secret.
     *
     * @param values the additional properties by name
     * @return this builder
     */
    public ToString additional(Map<String, Object> values) {
      for (Map.Entry<String, Object> e : values.entrySet()) {
        if (isSecret(e.getKey())) {
          secret(e.getKey(), e.getValue());
        } else {
          add(e.getKey(), e.getValue());
        }
      }
      return this;
    }

    @Override
    public String toString() {
      return sb.append('}').toString();
    }
  }
}
