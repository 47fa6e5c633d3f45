package dev.chatsdk.core;

/** HTTP 404: the addressed resource does not exist (or is hidden from the caller). */
public class NotFoundException extends ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception; built by {@link ApiException#of}.
   *
   * @param details the failed response: status, headers, body and parsed vendor error
   */
  public NotFoundException(Details details) {
    super(details);
  }
}
