package dev.chatsdk.core;

import java.io.IOException;
import java.net.URI;

/**
 * Adds credentials to each HTTP attempt. Backends plug in their own (Stream: JWT + {@code api_key}
 * + {@code Stream-Auth-Type}; Google: OAuth 2 bearer from Google Auth Library).
 *
 * <p>The pipeline calls {@link #authenticate} inside the retry loop, once per attempt, so every
 * attempt carries a current credential. Implementations must be thread-safe.
 */
public interface Authenticator {

  /** Adds credentials to one outgoing attempt. */
  void authenticate(Target target) throws IOException;

  /**
   * Called at most once per call after an HTTP 401. Return {@code true} when fresh credentials
   * were obtained and the attempt should be replayed; the replay does not count as a retry.
   */
  default boolean refreshAfterUnauthorized() throws IOException {
    return false;
  }

  /** An authenticator that adds nothing. */
  static Authenticator none() {
    return target -> {};
  }

  /** The attempt being authenticated. */
  interface Target {
    /** The full URI of the attempt (without credentials added by this authenticator). */
    URI uri();

    /** Sets (replaces) a request header. */
    void setHeader(String name, String value);

    /** Adds a query parameter. */
    void addQueryParameter(String name, String value);
  }
}
