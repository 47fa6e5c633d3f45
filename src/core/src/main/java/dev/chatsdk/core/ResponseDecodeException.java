package dev.chatsdk.core;

import org.jspecify.annotations.Nullable;

/**
 * The server answered with a success status but the body could not be decoded into the expected
 * type. The raw body is kept so the caller can inspect or log it.
 */
public class ResponseDecodeException extends ChatException {
  private static final long serialVersionUID = 1L;
  /** The HTTP status code of the undecodable response. */
  private final int statusCode;
  /** The body as received, decoded as UTF-8. */
  private final String rawBody;

  /**
   * Creates the exception.
   *
   * @param message describes what could not be decoded and for which operation
   * @param statusCode the success status that came with the body
   * @param rawBody the body as received, empty when there was none
   * @param cause the decoder's exception, or null
   */
  public ResponseDecodeException(String message, int statusCode, String rawBody, @Nullable Throwable cause) {
    super(message, cause);
    this.statusCode = statusCode;
    this.rawBody = rawBody;
  }

  /**
   * The HTTP status code of the undecodable response.
   *
   * @return the 2xx status the server sent
   */
  public int statusCode() {
    return statusCode;
  }

  /**
   * The body as received (decoded as UTF-8).
   *
   * @return the body text; never null
   */
  public String rawBody() {
    return rawBody;
  }
}
