package dev.chatsdk.core;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The {@code X-RateLimit-Limit}, {@code X-RateLimit-Remaining} and {@code X-RateLimit-Reset}
 * headers of one response. Any of them may be missing.
 */
public final class RateLimitInfo {
  private final @Nullable Long limit;
  private final @Nullable Long remaining;
  private final @Nullable Instant reset;

  /**
   * Holds already parsed values; any of them may be null when its header was missing.
   *
   * @param limit requests allowed in the current window, or null
   * @param remaining requests left in the current window, or null
   * @param reset when the current window ends, or null
   */
  public RateLimitInfo(@Nullable Long limit, @Nullable Long remaining, @Nullable Instant reset) {
    this.limit = limit;
    this.remaining = remaining;
    this.reset = reset;
  }

  /**
   * Reads the three headers; returns null when none is present or parsable. {@code reset} is read
   * as Unix seconds.
   *
   * @param limit value of {@code X-RateLimit-Limit}, or null when absent
   * @param remaining value of {@code X-RateLimit-Remaining}, or null when absent
   * @param reset value of {@code X-RateLimit-Reset} in Unix seconds, or null when absent
   * @return the parsed values, or null if none of the three headers holds a valid number
   */
  public static @Nullable RateLimitInfo parse(
      @Nullable String limit, @Nullable String remaining, @Nullable String reset) {
    Long l = parseLong(limit);
    Long r = parseLong(remaining);
    Long s = parseLong(reset);
    if (l == null && r == null && s == null) {
      return null;
    }
    return new RateLimitInfo(l, r, s == null ? null : epochSecondOrNull(s));
  }

  /** A header value outside {@link Instant}'s range is treated as absent, never thrown. */
  private static @Nullable Instant epochSecondOrNull(long seconds) {
    try {
      return Instant.ofEpochSecond(seconds);
    } catch (java.time.DateTimeException e) {
      return null;
    }
  }

  private static @Nullable Long parseLong(@Nullable String value) {
    if (value == null) {
      return null;
    }
    try {
      return Long.parseLong(value.trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /**
   * Requests allowed in the current window.
   *
   * @return the request count allowed per window, or empty if the header was missing or invalid
   */
  public Optional<Long> limit() {
    return Optional.ofNullable(limit);
  }

  /**
   * Requests left in the current window.
   *
   * @return the number of requests left, or empty if the header was missing or invalid
   */
  public Optional<Long> remaining() {
    return Optional.ofNullable(remaining);
  }

  /**
   * When the current window ends.
   *
   * @return the instant the window resets, or empty if the header was missing or invalid
   */
  public Optional<Instant> reset() {
    return Optional.ofNullable(reset);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof RateLimitInfo)) {
      return false;
    }
    RateLimitInfo other = (RateLimitInfo) o;
    return Objects.equals(limit, other.limit)
        && Objects.equals(remaining, other.remaining)
        && Objects.equals(reset, other.reset);
  }

  @Override
  public int hashCode() {
    return Objects.hash(limit, remaining, reset);
  }

  @Override
  public String toString() {
    return "RateLimitInfo{limit=" + limit + ", remaining=" + remaining + ", reset=" + reset + '}';
  }
}
