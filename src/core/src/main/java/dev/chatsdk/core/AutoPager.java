package dev.chatsdk.core;

import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;

/**
 * Iterates over every item of a list operation, fetching pages lazily as iteration reaches them.
 * Nothing is fetched until iteration starts; each {@link #iterator()} starts again from the first
 * page. Exceptions of a page fetch surface from {@code hasNext()} / {@code next()}.
 *
 * <p>Backends create pagers with {@link #of}; the fetcher receives {@code null} for the first page
 * and then each page's {@link Page#nextCursor()}.
 */
public final class AutoPager<T> implements Iterable<T> {
  private final Function<@Nullable String, Page<T>> fetcher;

  private AutoPager(Function<@Nullable String, Page<T>> fetcher) {
    this.fetcher = fetcher;
  }

  /**
   * Creates a lazy pager; no page is fetched until iteration starts.
   *
   * @param <T> the item type
   * @param fetcher fetches the page for a cursor ({@code null} for the first page); not null
   * @return a pager that can be iterated more than once, each time from the first page
   */
  public static <T> AutoPager<T> of(Function<@Nullable String, Page<T>> fetcher) {
    return new AutoPager<>(Require.nonNull(fetcher, "fetcher"));
  }

  /** Items one by one, across pages. */
  @Override
  public Iterator<T> iterator() {
    return new ItemIterator();
  }

  /**
   * A sequential stream of the items; pages are fetched as the stream is consumed.
   *
   * @return an iterator that fetches the next page when the current one is used up
   */
  public Stream<T> stream() {
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED | Spliterator.NONNULL),
        false);
  }

  /**
   * The pages themselves, for callers that want page boundaries or cursors.
   *
   * @return an iterable over whole pages, each fetched on demand
   */
  public Iterable<Page<T>> pages() {
    return PageIterator::new;
  }

  private final class PageIterator implements Iterator<Page<T>> {
    private final Set<String> seenCursors = new HashSet<>();
    private @Nullable String cursor;
    private boolean started;
    private boolean done;

    @Override
    public boolean hasNext() {
      return !done;
    }

    @Override
    public Page<T> next() {
      if (done) {
        throw new NoSuchElementException();
      }
      Page<T> page = fetcher.apply(started ? cursor : null);
      started = true;
      String next = page.nextCursor().orElse(null);
      // Any cursor seen before (not only the previous one) would make the listing loop forever.
      if (next != null && !seenCursors.add(next)) {
        done = true;
        throw new ChatException("the server returned page cursor '" + next
            + "' a second time; stopping to avoid an endless loop");
      }
      cursor = next;
      done = next == null;
      return page;
    }
  }

  private final class ItemIterator implements Iterator<T> {
    private final PageIterator pages = new PageIterator();
    private Iterator<T> current = Collections.emptyIterator();

    @Override
    public boolean hasNext() {
      // Loop: a page may be empty while a next cursor still exists.
      while (!current.hasNext() && pages.hasNext()) {
        current = pages.next().items().iterator();
      }
      return current.hasNext();
    }

    @Override
    public T next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      return current.next();
    }
  }
}
