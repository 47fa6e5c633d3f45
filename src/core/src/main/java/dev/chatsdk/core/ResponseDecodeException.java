package dev.chatsdk.core;

import org.jspecify.annotations.Nullable;

/**
 * The server answered with a success status but the body could not be decoded into the expected
 * type. The raw body is kept so the caller can inspect or log it.
 */
public class ResponseDecodeException extends ChatException {
  private static final long serialVersionUID = 1L;
  private final int statusCode;
  private final String rawBody;

  public ResponseDecodeException(String message, int statusCode, String rawBody, @Nullable Throwable cause) {
    super(message, cause);
    this.statusCode = statusCode;
    this.rawBody = rawBody;
  }

  public int statusCode() {
    return statusCode;
  }

  /** The body as received (decoded as UTF-8). */
  public String rawBody() {
    return rawBody;
  }
}
