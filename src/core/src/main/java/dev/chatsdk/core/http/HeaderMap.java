package dev.chatsdk.core.http;

import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import okhttp3.Headers;
import org.jspecify.annotations.Nullable;

/**
 * Response headers as an unmodifiable map with case-insensitive keys, over OkHttp's immutable
 * {@link Headers}. Nothing is copied until the whole map is iterated, so calls whose {@code
 * ApiResponse} is never looked at (the plain {@code op(...)} forms) pay nothing for it
 * (docs/benchmarks.md, finding 3); {@link #get} reads the headers directly.
 */
final class HeaderMap extends AbstractMap<String, List<String>> {
  private final Headers headers;
  private volatile @Nullable Map<String, List<String>> copy;

  HeaderMap(Headers headers) {
    this.headers = headers;
  }

  @Override
  public @Nullable List<String> get(@Nullable Object key) {
    if (!(key instanceof String)) {
      return null;
    }
    List<String> values = headers.values((String) key);
    return values.isEmpty() ? null : Collections.unmodifiableList(values);
  }

  @Override
  public boolean containsKey(@Nullable Object key) {
    return key instanceof String && headers.get((String) key) != null;
  }

  @Override
  public Set<Entry<String, List<String>>> entrySet() {
    Map<String, List<String>> map = copy;
    if (map == null) {
      TreeMap<String, List<String>> sorted = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
      for (String name : headers.names()) {
        sorted.put(name, Collections.unmodifiableList(new ArrayList<>(headers.values(name))));
      }
      map = Collections.unmodifiableMap(sorted);
      copy = map;
    }
    return map.entrySet();
  }
}
