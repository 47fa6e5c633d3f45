package dev.chatsdk.core.http;

import dev.chatsdk.core.Require;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Turns caller-supplied values into URL path text that can never escape its place.
 *
 * <p>{@link #segment} encodes a value as exactly one path segment: every byte outside the RFC 3986
 * unreserved set is percent-encoded (so {@code /}, {@code ?}, {@code #}, {@code %} and non-ASCII
 * text cannot change the URL's structure), and values that a server or proxy would resolve as
 * {@code .} or {@code ..} are rejected. {@link #resourceName} keeps the {@code /} between the
 * segments of a Google-style resource name, after checking each segment and the whole name against
 * the method's pattern. A value with an unpaired UTF-16 surrogate is rejected by both, since it has
 * no UTF-8 form to encode.
 */
public final class PathEncoder {
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private PathEncoder() {}

  /**
   * Encodes one path segment; rejects null, empty, {@code .}, {@code ..} and control characters.
   *
   * @param parameterName the API parameter's name, used in error messages
   * @param value the raw value to encode
   * @return the value percent-encoded as one segment (unchanged if it has only unreserved characters)
   * @throws NullPointerException if the value is null
   * @throws IllegalArgumentException if the value is empty, {@code .} or {@code ..}, or has control
   *     characters or an unpaired surrogate
   */
  public static String segment(String parameterName, @Nullable String value) {
    Require.nonNull(value, parameterName);
    checkSegment(parameterName, value);
    return encode(value);
  }

  /**
   * Encodes a resource name such as {@code spaces/AAA/messages/BBB.CCC}. The name must match
   * {@code pattern} (a full-match regex such as {@code ^spaces/[^/]+$}); every segment must be
   * non-empty, not {@code .} or {@code ..}, and free of {@code ?}, {@code #} and control characters.
   *
   * @param example a human-readable form of the expected shape, used in the error message
   *
   * @param parameterName the API parameter's name, used in error messages
   * @param value the resource name to check and encode
   * @param pattern full-match regex the whole name must match
   * @return the name with each segment percent-encoded and the {@code /} separators kept
   * @throws NullPointerException if the value is null
   * @throws IllegalArgumentException if the name is empty, has an empty or invalid segment, or does not
   *     match {@code pattern}
   */
  public static String resourceName(
      String parameterName, @Nullable String value, Pattern pattern, String example) {
    Require.nonNull(value, parameterName);
    if (value.isEmpty()) {
      throw new IllegalArgumentException(parameterName + " must not be empty; expected " + example);
    }
    if (isPlainName(value)) { // the common case: nothing to reject in the segments, nothing to encode
      checkPattern(parameterName, value, pattern, example);
      return value;
    }
    String[] segments = value.split("/", -1);
    for (String s : segments) {
      if (s.isEmpty()) {
        throw new IllegalArgumentException(
            parameterName + " must not contain empty segments; expected " + example);
      }
      checkSegment(parameterName, s);
      if (s.indexOf('?') >= 0 || s.indexOf('#') >= 0) {
        throw new IllegalArgumentException(
            parameterName + " must not contain '?' or '#'; expected " + example);
      }
    }
    checkPattern(parameterName, value, pattern, example);
    StringBuilder sb = new StringBuilder(value.length() + 8);
    for (int i = 0; i < segments.length; i++) {
      if (i > 0) {
        sb.append('/');
      }
      sb.append(encode(segments[i]));
    }
    return sb.toString();
  }

  private static void checkPattern(String parameterName, String value, Pattern pattern, String example) {
    if (!pattern.matcher(value).matches()) {
      throw new IllegalArgumentException(
          parameterName + " must be a resource name like " + example + ", got '" + value + "'");
    }
  }

  /**
   * True when {@code value} is {@code /}-separated segments of unreserved characters only, none
   * of them empty, {@code .} or {@code ..}: such a name passes every segment check and encodes to
   * itself, so {@link #resourceName} needs only the pattern.
   */
  private static boolean isPlainName(String value) {
    int start = 0;
    for (int i = 0, n = value.length(); i <= n; i++) {
      char c = i < n ? value.charAt(i) : '/';
      if (c != '/') {
        if (!isUnreserved(c)) {
          return false;
        }
        continue;
      }
      int length = i - start;
      if (length == 0 || (length <= 2 && value.charAt(start) == '.' && value.charAt(i - 1) == '.')) {
        return false; // an empty, "." or ".." segment: the full check names the problem
      }
      start = i + 1;
    }
    return true;
  }

  private static void checkSegment(String parameterName, String value) {
    if (value.isEmpty()) {
      throw new IllegalArgumentException(parameterName + " must not be empty");
    }
    if (value.equals(".") || value.equals("..")) {
      throw new IllegalArgumentException(parameterName + " must not be '.' or '..'");
    }
    Require.noUnpairedSurrogates(value, parameterName);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < 0x20 || c == 0x7f) {
        // The value itself is not echoed: it may be unprintable.
        throw new IllegalArgumentException(parameterName + " must not contain control characters");
      }
    }
  }

  /** Percent-encodes every byte outside ALPHA / DIGIT / "-" / "." / "_" / "~". */
  static String encode(String value) {
    boolean plain = true;
    for (int i = 0; i < value.length() && plain; i++) {
      plain = isUnreserved(value.charAt(i));
    }
    if (plain) {
      return value;
    }
    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
    StringBuilder sb = new StringBuilder(bytes.length * 3);
    for (byte b : bytes) {
      int c = b & 0xff;
      if (c < 0x80 && isUnreserved((char) c)) {
        sb.append((char) c);
      } else {
        sb.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
      }
    }
    return sb.toString();
  }

  private static boolean isUnreserved(char c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9')
        || c == '-' || c == '.' || c == '_' || c == '~';
  }
}
