package dev.chatsdk.core;

/** HTTP 404: the addressed resource does not exist (or is hidden from the caller). */
public class NotFoundException extends ApiException {
  private static final long serialVersionUID = 1L;

  public NotFoundException(Details details) {
    super(details);
  }
}
