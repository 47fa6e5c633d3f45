package dev.chatsdk.core;

import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One page of a list operation: its items and the cursor of the next page, whatever form the
 * backend uses for it (a page token, a {@code next} cursor or an offset).
 */
public final class Page<T> {
  private final List<T> items;
  private final @Nullable String nextCursor;

  /**
   * Creates a page.
   *
   * @param items the page's items; not null, wrapped without copying
   * @param nextCursor the next page's cursor; null or empty on the last page
   */
  public Page(List<T> items, @Nullable String nextCursor) {
    this.items = Collections.unmodifiableList(Require.nonNull(items, "items"));
    this.nextCursor = nextCursor == null || nextCursor.isEmpty() ? null : nextCursor;
  }

  /**
   * The items of this page, in the order the server returned them.
   *
   * @return an unmodifiable list; may be empty even when a next page exists
   */
  public List<T> items() {
    return items;
  }

  /**
   * Cursor of the next page; empty on the last page.
   *
   * @return the cursor to pass for the next page, or empty if this is the last page
   */
  public Optional<String> nextCursor() {
    return Optional.ofNullable(nextCursor);
  }

  /**
   * Whether another page follows.
   *
   * @return true if {@link #nextCursor()} holds a cursor
   */
  public boolean hasNext() {
    return nextCursor != null;
  }

  @Override
  public String toString() {
    return "Page{items=" + items.size() + ", nextCursor=" + nextCursor + '}';
  }
}
