package dev.chatsdk.core.http;

import dev.chatsdk.core.RequestOptions;
import java.net.URI;
import okhttp3.HttpUrl;
import org.jspecify.annotations.Nullable;

/** Mutable state of one logical call across its attempts. */
final class CallState {
  final ApiRequest request;
  final RequestOptions options;
  final int maxRetries;
  final boolean retrySafe;
  /** {@link System#nanoTime()} by which the whole call must end; 0 when there is no deadline. */
  final long deadlineNanos;
  int retries;
  int attempts;
  boolean refreshed;
  /** The URL before credentials, the same for every attempt. */
  final HttpUrl url;
  final String loggedUrl;
  final CallEvents events;
  /** What the last attempt ended with, for the listeners. */
  int lastStatus;
  @Nullable String lastErrorType;
  @Nullable String lastRequestId;
  private @Nullable URI uri;

  CallState(ApiRequest request, RequestOptions options, int maxRetries, boolean retrySafe, long deadlineNanos,
      HttpUrl url, String loggedUrl, CallEvents events) {
    this.request = request;
    this.options = options;
    this.maxRetries = maxRetries;
    this.retrySafe = retrySafe;
    this.deadlineNanos = deadlineNanos;
    this.url = url;
    this.loggedUrl = loggedUrl;
    this.events = events;
  }

  /**
   * {@link #url} as a {@link URI}, for authenticators that need it (Google's). Parsing the text is
   * about five times cheaper than {@link HttpUrl#uri()}, which re-canonicalises every part; the
   * latter remains the fallback for characters {@code java.net.URI} rejects (such as JSON braces
   * in a query). Attempts of one call run one after another, so no synchronisation is needed.
   */
  URI uri() {
    URI u = uri;
    if (u == null) {
      try {
        u = URI.create(url.toString());
      } catch (IllegalArgumentException e) {
        u = url.uri();
      }
      uri = u;
    }
    return u;
  }

  long remainingNanos() {
    return deadlineNanos == 0 ? Long.MAX_VALUE : deadlineNanos - System.nanoTime();
  }
}
