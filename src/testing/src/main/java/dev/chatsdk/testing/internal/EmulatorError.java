package dev.chatsdk.testing.internal;

import org.jspecify.annotations.Nullable;

/**
 * Thrown inside a request handler to answer with an error; each service renders it in its own
 * vendor format.
 */
public final class EmulatorError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final @Nullable String reason;
  private final @Nullable String field;

  private EmulatorError(int status, String message, @Nullable String reason, @Nullable String field) {
    super(message, null, false, false);
    this.status = status;
    this.reason = reason;
    this.field = field;
  }

  /** An error with an HTTP status and a message. */
  public static EmulatorError of(int status, String message) {
    return new EmulatorError(status, message, null, null);
  }

  /** An error with a vendor reason (a Google status name such as FAILED_PRECONDITION). */
  public static EmulatorError of(int status, String reason, String message) {
    return new EmulatorError(status, message, reason, null);
  }

  /** 400: bad input, naming the offending field. */
  public static EmulatorError badField(String field, String message) {
    return new EmulatorError(400, message, null, field);
  }

  /** 400: bad input. */
  public static EmulatorError badRequest(String message) {
    return new EmulatorError(400, message, null, null);
  }

  /** 404: missing resource. */
  public static EmulatorError notFound(String message) {
    return new EmulatorError(404, message, null, null);
  }

  /** The same error with its message prefixed the way Stream names the failed operation. */
  public EmulatorError prefixed(String operation) {
    return new EmulatorError(status, operation + " failed with error: \"" + getMessage() + "\"", reason, field);
  }

  public int status() {
    return status;
  }

  /** The vendor reason, when one was given. */
  public @Nullable String reason() {
    return reason;
  }

  /** The request field the error is about, when known. */
  public @Nullable String field() {
    return field;
  }
}
