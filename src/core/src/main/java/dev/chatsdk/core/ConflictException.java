package dev.chatsdk.core;

/** HTTP 409: the request conflicts with the current state, for example a duplicate id. */
public class ConflictException extends ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception; built by {@link ApiException#of}.
   *
   * @param details the failed response: status, headers, body and parsed vendor error
   */
  public ConflictException(Details details) {
    super(details);
  }
}
