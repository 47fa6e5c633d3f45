package dev.chatsdk.googlechat.apps;

import dev.chatsdk.core.ChatException;
import org.jspecify.annotations.Nullable;

/**
 * A request to a Chat app endpoint failed verification: answer it with HTTP 401 and do not act on
 * its body. {@link #getReason()} says which check failed. The message never contains the token.
 */
public final class ChatVerificationException extends ChatException {
  private static final long serialVersionUID = 1L;

  /** Which check failed. */
  public enum Reason {
    /** No {@code Authorization} header, or it does not carry a {@code Bearer} token. */
    MISSING_HEADER,
    /** The token is not a well-formed signed JWT (three base64url parts, JSON header and claims, expiry). */
    MALFORMED,
    /** The token is signed with an algorithm other than RS256 (for example {@code none} or HS256). */
    UNSUPPORTED_ALGORITHM,
    /** The token names a key id that the published certificates do not contain, even after one refresh. */
    UNKNOWN_KEY,
    /** The published certificates could not be fetched or read. */
    CERTIFICATES_UNAVAILABLE,
    /** The signature does not match the token's header and claims. */
    BAD_SIGNATURE,
    /** The token expired (beyond the allowed clock skew). */
    EXPIRED,
    /** The token's issue or not-before time lies in the future (beyond the allowed clock skew). */
    NOT_YET_VALID,
    /** The audience is not this app's endpoint URL or project number. */
    WRONG_AUDIENCE,
    /** The issuer is not the one the audience setting implies. */
    WRONG_ISSUER,
    /** An ID token whose email is not the expected service account, or is not marked verified. */
    WRONG_EMAIL
  }

  /** Which check failed. */
  private final Reason reason;

  ChatVerificationException(Reason reason, String message) {
    this(reason, message, null);
  }

  ChatVerificationException(Reason reason, String message, @Nullable Throwable cause) {
    super(message + " (" + reason + ")", cause);
    this.reason = reason;
  }

  /**
   * Which check failed.
   *
   * @return the failed check; never null
   */
  public Reason getReason() {
    return reason;
  }
}
