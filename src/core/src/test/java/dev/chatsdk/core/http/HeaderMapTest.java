package dev.chatsdk.core.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import okhttp3.Headers;
import org.junit.jupiter.api.Test;

class HeaderMapTest {
  private final Map<String, List<String>> map = new HeaderMap(Headers.of(
      "X-Request-Id", "abc", "Set-Cookie", "a=1", "set-cookie", "b=2", "Content-Type", "application/json"));

  @Test
  void looksUpCaseInsensitivelyWithEveryValue() {
    assertThat(map.get("x-request-id")).containsExactly("abc");
    assertThat(map.get("SET-COOKIE")).containsExactly("a=1", "b=2");
    assertThat(map.get("Missing")).isNull();
    assertThat(map.get(42)).isNull();
    assertThat(map.containsKey("content-type")).isTrue();
    assertThat(map.containsKey("Missing")).isFalse();
  }

  @Test
  void iteratesOneEntryPerNameAndBehavesLikeAnOrdinaryMap() {
    assertThat(map).hasSize(3);
    assertThat(map.keySet()).containsExactly("Content-Type", "Set-Cookie", "X-Request-Id");
    assertThat(map).isEqualTo(Map.of(
        "Content-Type", List.of("application/json"), "Set-Cookie", List.of("a=1", "b=2"), "X-Request-Id", List.of("abc")));
  }

  @Test
  void isUnmodifiable() {
    assertThatThrownBy(() -> map.put("X", List.of("y"))).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> map.get("X-Request-Id").add("z")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> map.entrySet().clear()).isInstanceOf(UnsupportedOperationException.class);
  }
}
