package dev.chatsdk.core;

/** HTTP 400: the request was malformed or failed the server's validation. */
public class BadRequestException extends ApiException {
  private static final long serialVersionUID = 1L;

  public BadRequestException(Details details) {
    super(details);
  }
}
