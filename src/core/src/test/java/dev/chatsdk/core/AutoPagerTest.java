package dev.chatsdk.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class AutoPagerTest {

  /** Serves fixed pages keyed by cursor and records every cursor it was asked for. */
  private static final class Server {
    final Map<String, Page<Integer>> pages;
    final List<String> requested = new ArrayList<>();

    Server(Map<String, Page<Integer>> pages) {
      this.pages = pages;
    }

    Page<Integer> fetch(@Nullable String cursor) {
      String key = cursor == null ? "first" : cursor;
      requested.add(key);
      return pages.get(key);
    }

    AutoPager<Integer> pager() {
      return AutoPager.of(this::fetch);
    }
  }

  private static Server threePages() {
    return new Server(Map.of(
        "first", new Page<>(List.of(1, 2), "c2"),
        "c2", new Page<>(List.of(), "c3"), // an empty page in the middle
        "c3", new Page<>(List.of(3, 4), null)));
  }

  @Test
  void nothingIsFetchedUntilIterationStarts() {
    Server server = threePages();
    AutoPager<Integer> pager = server.pager();
    Iterator<Integer> it = pager.iterator();
    pager.stream();

    assertThat(server.requested).isEmpty();
    assertThat(it.hasNext()).isTrue();
    assertThat(server.requested).containsExactly("first");
  }

  @Test
  void iteratesEveryItemAcrossPagesSkippingAnEmptyMiddlePage() {
    Server server = threePages();

    List<Integer> all = new ArrayList<>();
    server.pager().forEach(all::add);

    assertThat(all).containsExactly(1, 2, 3, 4);
    assertThat(server.requested).containsExactly("first", "c2", "c3");
  }

  @Test
  void eachIterationStartsAgainFromTheFirstPage() {
    Server server = threePages();
    AutoPager<Integer> pager = server.pager();

    assertThat(pager.stream().collect(Collectors.toList())).containsExactly(1, 2, 3, 4);
    assertThat(pager.stream().collect(Collectors.toList())).containsExactly(1, 2, 3, 4);
    assertThat(server.requested).containsExactly("first", "c2", "c3", "first", "c2", "c3");
  }

  @Test
  void streamLimitFetchesOnlyThePagesItNeeds() {
    Server server = threePages();

    assertThat(server.pager().stream().limit(2).collect(Collectors.toList())).containsExactly(1, 2);
    assertThat(server.requested).containsExactly("first");
  }

  @Test
  void pagesExposeBoundariesAndCursors() {
    Server server = threePages();

    List<Page<Integer>> pages = new ArrayList<>();
    server.pager().pages().forEach(pages::add);

    assertThat(pages).extracting(Page::items).containsExactly(List.of(1, 2), List.of(), List.of(3, 4));
    assertThat(pages.get(0).nextCursor()).contains("c2");
    assertThat(pages.get(2).hasNext()).isFalse();
  }

  @Test
  void aRepeatedCursorStopsWithAnError() {
    Server loop = new Server(Map.of(
        "first", new Page<>(List.of(1), "a"),
        "a", new Page<>(List.of(2), "b"),
        "b", new Page<>(List.of(3), "a")));

    Iterator<Integer> it = loop.pager().iterator();
    assertThat(it.next()).isEqualTo(1);
    assertThat(it.next()).isEqualTo(2);
    assertThatThrownBy(it::hasNext).isInstanceOf(ChatException.class).hasMessageContaining("'a'");
    assertThat(loop.requested).containsExactly("first", "a", "b");
  }

  @Test
  void theSameCursorTwiceInARowIsCaughtToo() {
    Server stuck = new Server(Map.of("first", new Page<>(List.of(1), "s"), "s", new Page<>(List.of(2), "s")));

    assertThatThrownBy(() -> stuck.pager().stream().count()).isInstanceOf(ChatException.class);
    assertThat(stuck.requested).containsExactly("first", "s");
  }

  @Test
  void anEmptyCursorMeansTheLastPageAndExhaustionIsReported() {
    Server server = new Server(Map.of("first", new Page<>(List.of(7), "")));
    Iterator<Integer> it = server.pager().iterator();

    assertThat(it.next()).isEqualTo(7);
    assertThat(it.hasNext()).isFalse();
    assertThatThrownBy(it::next).isInstanceOf(NoSuchElementException.class);
    assertThat(server.requested).containsExactly("first");
  }

  @Test
  void fetchErrorsSurfaceFromIteration() {
    AutoPager<Integer> pager = AutoPager.of(cursor -> {
      throw new ChatException("listThings failed");
    });

    assertThatThrownBy(() -> pager.iterator().hasNext()).isInstanceOf(ChatException.class).hasMessage("listThings failed");
  }
}
