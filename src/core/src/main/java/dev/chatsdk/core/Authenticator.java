package dev.chatsdk.core;

import java.io.IOException;
import java.net.URI;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

/**
 * Adds credentials to each HTTP attempt. Backends plug in their own (Stream: JWT + {@code api_key}
 * + {@code Stream-Auth-Type}; Google: OAuth 2 bearer from Google Auth Library).
 *
 * <p>The pipeline calls {@link #authenticate} inside the retry loop, once per attempt, so every
 * attempt carries a current credential. Implementations must be thread-safe.
 *
 * <p>Async calls use {@link #authenticateAsync} and {@link #refreshAfterUnauthorizedAsync}
 * instead, so a credential that must be fetched over the network never blocks the caller's thread
 * or an HTTP dispatcher thread. The defaults suit authenticators that never block (a pre-signed
 * token): override both when {@code authenticate} can block.
 */
public interface Authenticator {

  /**
   * Adds credentials to one outgoing attempt.
   *
   * @param target the attempt to add headers or query parameters to
   * @throws IOException if credentials cannot be obtained (for example a token endpoint is unreachable);
   *     the call then fails with {@link ApiConnectionException}
   */
  void authenticate(Target target) throws IOException;

  /**
   * Called at most once per call after an HTTP 401. Return {@code true} when fresh credentials
   * were obtained and the attempt should be replayed; the replay does not count as a retry.
   *
   * @return true to replay the attempt with the new credentials, false to let the 401 stand
   * @throws IOException if the refresh itself fails; the 401 is thrown with this as a suppressed exception
   */
  default boolean refreshAfterUnauthorized() throws IOException {
    return false;
  }

  /**
   * The async form of {@link #authenticate}. The default authenticates inline, which is right only
   * when {@code authenticate} never blocks; otherwise complete the future once credentials are on
   * {@code target}, doing blocking work on {@code blockingExecutor}.
   *
   * @param target the attempt to add credentials to
   * @param blockingExecutor executor for blocking work such as fetching a token
   * @return a future that completes once the credentials are set, or exceptionally if they cannot be obtained
   */
  default CompletableFuture<Void> authenticateAsync(Target target, Executor blockingExecutor) {
    try {
      authenticate(target);
      return CompletableFuture.completedFuture(null);
    } catch (IOException | RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  /**
   * The async form of {@link #refreshAfterUnauthorized}; the default runs it on {@code blockingExecutor}.
   *
   * @param blockingExecutor executor for the blocking refresh
   * @return a future of {@link #refreshAfterUnauthorized()}'s answer
   */
  default CompletableFuture<Boolean> refreshAfterUnauthorizedAsync(Executor blockingExecutor) {
    return CompletableFuture.supplyAsync(() -> {
      try {
        return refreshAfterUnauthorized();
      } catch (IOException e) {
        throw new CompletionException(e);
      }
    }, blockingExecutor);
  }

  /**
   * An authenticator that adds nothing.
   *
   * @return an authenticator for APIs that need no credentials, or for tests
   */
  static Authenticator none() {
    return target -> {};
  }

  /** The attempt being authenticated. */
  interface Target {
    /**
     * The full URI of the attempt (without credentials added by this authenticator).
     *
     * @return the absolute URI, query included
     */
    URI uri();

    /**
     * Scheme, host and port of the attempt, with the path {@code /}, such as {@code
     * https://chat.googleapis.com/}: what credentials bound to a service rather than to one URL
     * sign for (a self-signed JWT's audience). The pipeline computes it once per client, so it
     * costs nothing per attempt, unlike {@link #uri()}.
     *
     * @return the origin of {@link #uri()} as an absolute URI ending in {@code /}
     */
    default URI origin() {
      URI u = uri();
      return URI.create(u.getScheme() + "://" + u.getRawAuthority() + "/");
    }

    /**
     * Sets (replaces) a request header.
     *
     * @param name the header name, for example {@code Authorization}
     * @param value the header value; must not contain line breaks
     */
    void setHeader(String name, String value);

    /**
     * Adds a query parameter.
     *
     * @param name the parameter name, for example {@code api_key}
     * @param value the unencoded value
     */
    void addQueryParameter(String name, String value);
  }
}
