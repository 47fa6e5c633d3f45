package dev.chatsdk.core.observe;

/**
 * Hears the calls of an SDK client; register it with {@code callListener(..)} on the client
 * builder. Must be thread-safe: calls run concurrently.
 *
 * <p>{@link #callStarted} runs on the thread that makes the call (for an async call, before the
 * future is returned), so it can capture that thread's context, for example the current trace.
 * A listener that throws is ignored for the rest of that call; it never changes the call's outcome.
 */
@FunctionalInterface
public interface CallListener {

  /**
   * A call starts; returns what observes this one call ({@link CallObserver#NONE} to ignore it).
   *
   * @param call the service, operation and server of the starting call
   * @return the observer for this call, never null; {@link CallObserver#NONE} to ignore the call
   */
  CallObserver callStarted(CallInfo call);
}
