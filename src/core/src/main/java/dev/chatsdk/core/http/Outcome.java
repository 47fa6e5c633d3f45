package dev.chatsdk.core.http;

import dev.chatsdk.core.ApiException;
import dev.chatsdk.core.ApiResponse;
import dev.chatsdk.core.ChatException;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/** What one attempt leads to: a result, an error, a wait before the next attempt, or a credential refresh. */
final class Outcome<T extends @Nullable Object> {
  final @Nullable ApiResponse<T> result;
  final @Nullable ChatException error;
  final Duration delay;
  /** Set with {@link #error} holding the 401 to report if no fresh credentials can be had. */
  final boolean refreshCredentials;

  private Outcome(@Nullable ApiResponse<T> result, @Nullable ChatException error, Duration delay, boolean refreshCredentials) {
    this.result = result;
    this.error = error;
    this.delay = delay;
    this.refreshCredentials = refreshCredentials;
  }

  static <T extends @Nullable Object> Outcome<T> success(ApiResponse<T> r) {
    return new Outcome<>(r, null, Duration.ZERO, false);
  }

  static <T extends @Nullable Object> Outcome<T> failure(ChatException e) {
    return new Outcome<>(null, e, Duration.ZERO, false);
  }

  static <T extends @Nullable Object> Outcome<T> retryAfter(Duration d) {
    return new Outcome<>(null, null, d, false);
  }

  /** A 401: refresh the credentials once and replay, or fail with {@code unauthorized}. */
  static <T extends @Nullable Object> Outcome<T> refreshCredentials(ApiException unauthorized) {
    return new Outcome<>(null, unauthorized, Duration.ZERO, true);
  }
}
