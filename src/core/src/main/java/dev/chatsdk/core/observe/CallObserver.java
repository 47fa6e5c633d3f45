package dev.chatsdk.core.observe;

/**
 * Observes one call, from its first attempt to its end. The methods are called one after another,
 * never concurrently, but possibly on different threads (async calls continue on HTTP threads).
 */
public interface CallObserver {
  /** Observes nothing. */
  CallObserver NONE = new CallObserver() {};

  /**
   * Attempt {@code attempt} (1-based) is about to be sent. A replay after a refreshed credential counts.
   *
   * @param attempt the attempt's number, starting at 1
   */
  default void attemptStarted(int attempt) {}

  /**
   * An attempt ended; {@link AttemptInfo#retryWait()} says whether and how long the client waits before the next.
   *
   * @param attempt how the attempt ended and whether a retry follows
   */
  default void attemptEnded(AttemptInfo attempt) {}

  /**
   * The call ended, successfully or not; no other method is called afterwards.
   *
   * @param result the call's final status, attempt count, duration and error type
   */
  default void callEnded(CallResult result) {}

  /**
   * Runs {@code completion}, which completes an async call's future and so runs the caller's
   * dependent stages that are already attached. Override to run them in the context captured by
   * {@link CallListener#callStarted}, so the caller's trace continues in its callbacks.
   *
   * @param completion the action that completes the call's future; must be run exactly once
   */
  default void completeInCallerContext(Runnable completion) {
    completion.run();
  }
}
