package dev.chatsdk.core;

/** HTTP 400: the request was malformed or failed the server's validation. */
public class BadRequestException extends ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception; built by {@link ApiException#of}.
   *
   * @param details the failed response: status, headers, body and parsed vendor error
   */
  public BadRequestException(Details details) {
    super(details);
  }
}
