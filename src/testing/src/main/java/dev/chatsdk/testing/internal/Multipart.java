package dev.chatsdk.testing.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/** A small parser for {@code multipart/form-data} and {@code multipart/related} bodies. */
public final class Multipart {
  /** One part of a multipart body. */
  public static final class Part {
    private final Map<String, String> headers;
    private final byte[] content;

    Part(Map<String, String> headers, byte[] content) {
      this.headers = headers;
      this.content = content;
    }

    /**
     * A header of this part.
     *
     * @param name the header name, matched case-insensitively
     * @return the header's value (the last one if repeated), or null when absent
     */
    public @Nullable String header(String name) {
      return headers.get(name);
    }

    /**
     * The {@code name} of the Content-Disposition header.
     *
     * @return the form field name, unquoted, or null when there is no such header or parameter
     */
    public @Nullable String name() {
      return dispositionParam("name");
    }

    /**
     * The {@code filename} of the Content-Disposition header.
     *
     * @return the file name, unquoted, or null when there is no such header or parameter
     */
    public @Nullable String filename() {
      return dispositionParam("filename");
    }

    /**
     * The part's own Content-Type.
     *
     * @return the header value as sent, or null when the part has none
     */
    public @Nullable String contentType() {
      return headers.get("Content-Type");
    }

    /**
     * The part's content, between its header block and the next boundary.
     *
     * @return the bytes themselves (not a copy)
     */
    public byte[] content() {
      return content;
    }

    /**
     * The part's content decoded as UTF-8.
     *
     * @return the text, empty for an empty part
     */
    public String text() {
      return new String(content, StandardCharsets.UTF_8);
    }

    private @Nullable String dispositionParam(String param) {
      String cd = headers.get("Content-Disposition");
      return cd == null ? null : parameter(cd, param);
    }
  }

  private Multipart() {}

  /**
   * The media type of a Content-Type header value, lower case, without parameters.
   *
   * @param contentType the header value, or null
   * @return e.g. {@code multipart/form-data}; the empty string when {@code contentType} is null
   */
  public static String mediaType(@Nullable String contentType) {
    if (contentType == null) {
      return "";
    }
    int semi = contentType.indexOf(';');
    return (semi < 0 ? contentType : contentType.substring(0, semi)).trim().toLowerCase(Locale.ROOT);
  }

  /**
   * A parameter of a header value such as {@code form-data; name="file"}.
   *
   * @param headerValue the whole header value, parameters separated by {@code ;}
   * @param name the parameter name, matched case-insensitively
   * @return the value with surrounding double quotes removed, or null when the parameter is absent
   */
  public static @Nullable String parameter(String headerValue, String name) {
    for (String piece : headerValue.split(";")) {
      String p = piece.trim();
      int eq = p.indexOf('=');
      if (eq > 0 && p.substring(0, eq).trim().equalsIgnoreCase(name)) {
        String v = p.substring(eq + 1).trim();
        if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) {
          v = v.substring(1, v.length() - 1);
        }
        return v;
      }
    }
    return null;
  }

  /**
   * Splits a body on the boundary of its Content-Type; a malformed body is a 400.
   *
   * @param contentType the request's Content-Type, which must carry a {@code boundary} parameter
   * @param body the whole request body
   * @return the parts in body order, without the preamble and epilogue
   * @throws EmulatorError a 400 if the boundary is missing or the body is not well delimited
   */
  public static List<Part> parse(@Nullable String contentType, byte[] body) {
    String boundary = contentType == null ? null : parameter(contentType, "boundary");
    if (boundary == null || boundary.isEmpty()) {
      throw EmulatorError.badRequest("multipart request without a boundary in its Content-Type");
    }
    byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
    List<Part> parts = new ArrayList<>();
    int pos = indexOf(body, delimiter, 0);
    if (pos < 0) {
      throw EmulatorError.badRequest("multipart body does not contain its boundary");
    }
    while (true) {
      int afterDelimiter = pos + delimiter.length;
      if (afterDelimiter + 1 < body.length && body[afterDelimiter] == '-' && body[afterDelimiter + 1] == '-') {
        return parts;
      }
      int headerStart = skipLineBreak(body, afterDelimiter);
      int headerEnd = indexOf(body, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), headerStart);
      if (headerEnd < 0) {
        throw EmulatorError.badRequest("multipart part without a header block");
      }
      Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
      String headerText = new String(body, headerStart, headerEnd - headerStart, StandardCharsets.UTF_8);
      for (String line : headerText.split("\r\n")) {
        int colon = line.indexOf(':');
        if (colon > 0) {
          headers.put(line.substring(0, colon).trim(), line.substring(colon + 1).trim());
        }
      }
      int contentStart = headerEnd + 4;
      byte[] next = ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
      int contentEnd = indexOf(body, next, contentStart);
      if (contentEnd < 0) {
        throw EmulatorError.badRequest("multipart body is not terminated by its boundary");
      }
      parts.add(new Part(headers, Arrays.copyOfRange(body, contentStart, contentEnd)));
      pos = contentEnd + 2;
    }
  }

  private static int skipLineBreak(byte[] body, int i) {
    if (i + 1 < body.length && body[i] == '\r' && body[i + 1] == '\n') {
      return i + 2;
    }
    return i;
  }

  private static int indexOf(byte[] haystack, byte[] needle, int from) {
    outer:
    for (int i = from; i <= haystack.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
