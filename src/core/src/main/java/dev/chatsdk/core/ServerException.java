package dev.chatsdk.core;

/** HTTP 5xx: the server failed. Retried automatically where that is safe. */
public class ServerException extends ApiException {
  private static final long serialVersionUID = 1L;

  public ServerException(Details details) {
    super(details);
  }
}
