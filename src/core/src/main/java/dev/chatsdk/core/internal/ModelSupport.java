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

  public static <T> @Nullable List<T> mutable(@Nullable Collection<? extends T> values) {
    return values == null ? null : new ArrayList<>(values);
  }

  public static <V> @Nullable Map<String, V> mutable(@Nullable Map<String, ? extends V> values) {
    return values == null ? null : new LinkedHashMap<>(values);
  }

  public static <T> @Nullable List<T> freeze(@Nullable List<T> values) {
    return values == null ? null : Collections.unmodifiableList(new ArrayList<>(values));
  }

  public static <T> List<T> freezeOrEmpty(@Nullable List<T> values) {
    return values == null || values.isEmpty() ? Collections.emptyList() : freeze(values);
  }

  public static <V> @Nullable Map<String, V> freeze(@Nullable Map<String, V> values) {
    return values == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }

  public static <V> Map<String, V> freezeOrEmpty(@Nullable Map<String, V> values) {
    return values == null || values.isEmpty() ? Collections.emptyMap() : freeze(values);
  }

  public static <T> List<T> orEmpty(@Nullable List<T> values) {
    return values == null ? Collections.emptyList() : values;
  }

  public static <V> Map<String, V> orEmpty(@Nullable Map<String, V> values) {
    return values == null ? Collections.emptyMap() : values;
  }

  public static <T> List<T> add(@Nullable List<T> values, T item) {
    List<T> list = values == null ? new ArrayList<>() : values;
    list.add(item);
    return list;
  }

  public static <V> Map<String, V> put(@Nullable Map<String, V> values, String key, V value) {
    Map<String, V> map = values == null ? new LinkedHashMap<>() : values;
    map.put(key, value);
    return map;
  }

  public static void require(@Nullable Object value, String field) {
    if (value == null) {
      throw new IllegalStateException(field + " is required");
    }
  }

  @SafeVarargs
  public static <E extends OpenEnum> Map<String, E> index(E... values) {
    Map<String, E> map = new LinkedHashMap<>();
    for (E value : values) {
      map.put(value.getValue(), value);
    }
    return Collections.unmodifiableMap(map);
  }

  public static <E extends OpenEnum> List<E> values(Map<String, E> known) {
    return Collections.unmodifiableList(new ArrayList<>(known.values()));
  }

  /** Whether a field name contains a word such as token, secret, password or key. */
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

    public ToString(String type) {
      sb = new StringBuilder(type).append('{');
    }

    public ToString add(String name, @Nullable Object value) {
      if (value != null) {
        sb.append(first ? "" : ", ").append(name).append('=').append(value);
        first = false;
      }
      return this;
    }

    public ToString secret(String name, @Nullable Object value) {
      return add(name, value == null ? null : "***");
    }

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
