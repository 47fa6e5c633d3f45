package dev.chatsdk.testing.internal;

import org.jspecify.annotations.Nullable;

/**
 * Thrown inside a request handler to answer with an error; each service renders it in its own
 * vendor format.
 */
public final class EmulatorError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The HTTP status the error is answered with, 400 to 599. */
  private final int status;
  /** The vendor's reason code (a Google status name), or null for the status's default one. */
  private final @Nullable String reason;
  /** The request field the error is about, or null when it concerns no single field. */
  private final @Nullable String field;

  private EmulatorError(int status, String message, @Nullable String reason, @Nullable String field) {
    super(message, null, false, false);
    this.status = status;
    this.reason = reason;
    this.field = field;
  }

  /**
   * An error with an HTTP status and a message.
   *
   * @param status the HTTP error status to answer with
   * @param message the human-readable text put in the vendor's error body
   * @return the error, to be thrown by the caller
   */
  public static EmulatorError of(int status, String message) {
    return new EmulatorError(status, message, null, null);
  }

  /**
   * An error with a vendor reason (a Google status name such as FAILED_PRECONDITION).
   *
   * @param status the HTTP error status to answer with
   * @param reason the vendor reason code reported instead of the status's default one
   * @param message the human-readable text put in the vendor's error body
   * @return the error, to be thrown by the caller
   */
  public static EmulatorError of(int status, String reason, String message) {
    return new EmulatorError(status, message, reason, null);
  }

  /**
   * 400: bad input, naming the offending field.
   *
   * @param field the request field (dotted path for nested ones) that is wrong
   * @param message the human-readable explanation
   * @return the error, to be thrown by the caller
   */
  public static EmulatorError badField(String field, String message) {
    return new EmulatorError(400, message, null, field);
  }

  /**
   * 400: bad input.
   *
   * @param message the human-readable explanation
   * @return the error, to be thrown by the caller
   */
  public static EmulatorError badRequest(String message) {
    return new EmulatorError(400, message, null, null);
  }

  /**
   * 404: missing resource.
   *
   * @param message the human-readable text, usually naming the missing resource
   * @return the error, to be thrown by the caller
   */
  public static EmulatorError notFound(String message) {
    return new EmulatorError(404, message, null, null);
  }

  /**
   * The same error with its message prefixed the way Stream names the failed operation.
   *
   * @param operation the operation name put in front, e.g. {@code SendMessage}
   * @return a new error with the same status, reason and field; this one is unchanged
   */
  public EmulatorError prefixed(String operation) {
    return new EmulatorError(status, operation + " failed with error: \"" + getMessage() + "\"", reason, field);
  }

  /**
   * The HTTP status the error is answered with.
   *
   * @return an error status, 400 to 599
   */
  public int status() {
    return status;
  }

  /**
   * The vendor reason, when one was given.
   *
   * @return a reason code such as {@code FAILED_PRECONDITION}, or null when none was given
   */
  public @Nullable String reason() {
    return reason;
  }

  /**
   * The request field the error is about, when known.
   *
   * @return the field name or dotted path, or null when the error concerns no single field
   */
  public @Nullable String field() {
    return field;
  }
}
