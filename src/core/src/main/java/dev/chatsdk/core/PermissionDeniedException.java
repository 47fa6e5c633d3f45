package dev.chatsdk.core;

/** HTTP 403: the credentials are valid but not allowed to do this. */
public class PermissionDeniedException extends ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception; built by {@link ApiException#of}.
   *
   * @param details the failed response: status, headers, body and parsed vendor error
   */
  public PermissionDeniedException(Details details) {
    super(details);
  }
}
