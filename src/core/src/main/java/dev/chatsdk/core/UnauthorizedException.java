package dev.chatsdk.core;

/** HTTP 401: the credentials were missing, invalid or expired (after one refresh attempt where the authenticator supports it). */
public class UnauthorizedException extends ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception; built by {@link ApiException#of}.
   *
   * @param details the failed response: status, headers, body and parsed vendor error
   */
  public UnauthorizedException(Details details) {
    super(details);
  }
}
