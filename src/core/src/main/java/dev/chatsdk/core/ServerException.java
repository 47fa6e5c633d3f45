package dev.chatsdk.core;

/** HTTP 5xx: the server failed. Retried automatically where that is safe. */
public class ServerException extends ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception; built by {@link ApiException#of}.
   *
   * @param details the failed response: status, headers, body and parsed vendor error
   */
  public ServerException(Details details) {
    super(details);
  }
}
