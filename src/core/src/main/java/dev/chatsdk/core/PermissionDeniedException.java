package dev.chatsdk.core;

/** HTTP 403: the credentials are valid but not allowed to do this. */
public class PermissionDeniedException extends ApiException {
  private static final long serialVersionUID = 1L;

  public PermissionDeniedException(Details details) {
    super(details);
  }
}
