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

  /** Adds credentials to one outgoing attempt. */
  void authenticate(Target target) throws IOException;

  /**
   * Called at most once per call after an HTTP 401. Return {@code true} when fresh credentials
   * were obtained and the attempt should be replayed; the replay does not count as a retry.
   */
  default boolean refreshAfterUnauthorized() throws IOException {
    return false;
  }

  /**
   * The async form of {@link #authenticate}. The default authenticates inline, which is right only
   * when {@code authenticate} never blocks; otherwise complete the future once credentials are on
   * {@code target}, doing blocking work on {@code blockingExecutor}.
   */
  default CompletableFuture<Void> authenticateAsync(Target target, Executor blockingExecutor) {
    try {
      authenticate(target);
      return CompletableFuture.completedFuture(null);
    } catch (IOException | RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  /** The async form of {@link #refreshAfterUnauthorized}; the default runs it on {@code blockingExecutor}. */
  default CompletableFuture<Boolean> refreshAfterUnauthorizedAsync(Executor blockingExecutor) {
    return CompletableFuture.supplyAsync(() -> {
      try {
        return refreshAfterUnauthorized();
      } catch (IOException e) {
        throw new CompletionException(e);
      }
    }, blockingExecutor);
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
