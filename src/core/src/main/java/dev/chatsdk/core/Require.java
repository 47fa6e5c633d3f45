package dev.chatsdk.core;

import org.jspecify.annotations.Nullable;

/**
 * Argument checks used by every API class, so bad input fails before any I/O with a message that
 * names the parameter.
 */
public final class Require {
  private Require() {}

  /**
   * Throws {@link NullPointerException} naming {@code name} when {@code value} is null.
   *
   * @param <T> the value's type
   * @param value the value to check
   * @param name the parameter name put in the message
   * @return {@code value}, now known to be non-null
   * @throws NullPointerException if {@code value} is null
   */
  public static <T> T nonNull(@Nullable T value, String name) {
    if (value == null) {
      throw new NullPointerException(name + " must not be null");
    }
    return value;
  }

  /**
   * Rejects null, empty and whitespace-only strings.
   *
   * @param value the text to check
   * @param name the parameter name put in the message
   * @return {@code value} unchanged
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} is empty or only whitespace
   */
  public static String nonBlank(@Nullable String value, String name) {
    nonNull(value, name);
    if (value.trim().isEmpty()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
    return value;
  }

  /**
   * Rejects values outside {@code [min, max]}.
   *
   * @param value the number to check
   * @param min smallest allowed value, inclusive
   * @param max largest allowed value, inclusive
   * @param name the parameter name put in the message
   * @return {@code value} unchanged
   * @throws IllegalArgumentException if {@code value} is below {@code min} or above {@code max}
   */
  public static int inRange(int value, int min, int max, String name) {
    if (value < min || value > max) {
      throw new IllegalArgumentException(
          name + " must be between " + min + " and " + max + ", got " + value);
    }
    return value;
  }

  /**
   * Rejects a string holding a UTF-16 surrogate without its partner. Such a string has no UTF-8
   * form: in a URL or header it would be sent as {@code ?} and reach the server changed.
   *
   * @param value the text to check
   * @param name the parameter name put in the message
   * @return {@code value} unchanged
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} holds an unpaired surrogate
   */
  public static String noUnpairedSurrogates(@Nullable String value, String name) {
    nonNull(value, name);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
        i++; // a proper pair
      } else if (Character.isSurrogate(c)) {
        throw new IllegalArgumentException(name + " contains an unpaired UTF-16 surrogate");
      }
    }
    return value;
  }

  /**
   * Checks an HTTP header name (token characters only).
   *
   * @param value the header name to check
   * @param name the parameter name put in the message
   * @return {@code value} unchanged
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if it is blank or holds a space, control, non-ASCII or separator character
   */
  public static String headerName(@Nullable String value, String name) {
    nonBlank(value, name);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c <= ' ' || c >= 0x7f || "\"(),/:;<=>?@[\\]{}".indexOf(c) >= 0) {
        throw new IllegalArgumentException(name + " contains a character not allowed in a header name");
      }
    }
    return value;
  }

  /**
   * Checks an HTTP header value: printable ASCII and tab only (no CR, LF or other control
   * characters; OkHttp rejects non-ASCII values too). The value is not echoed.
   *
   * @param value the header value to check
   * @param name the parameter name put in the message
   * @return {@code value} unchanged
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if it holds a control or non-ASCII character
   */
  public static String headerValue(@Nullable String value, String name) {
    nonNull(value, name);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if ((c < ' ' && c != '\t') || c == 0x7f) {
        throw new IllegalArgumentException(name + " contains a control character");
      }
      if (c > 0x7f) {
        throw new IllegalArgumentException(name + " contains a non-ASCII character");
      }
    }
    return value;
  }
}
