package dev.chatsdk.core;

/** HTTP 409: the request conflicts with the current state, for example a duplicate id. */
public class ConflictException extends ApiException {
  private static final long serialVersionUID = 1L;

  public ConflictException(Details details) {
    super(details);
  }
}
