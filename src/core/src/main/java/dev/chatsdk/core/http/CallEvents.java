package dev.chatsdk.core.http;

import dev.chatsdk.core.ApiException;
import dev.chatsdk.core.observe.AttemptInfo;
import dev.chatsdk.core.observe.CallInfo;
import dev.chatsdk.core.observe.CallListener;
import dev.chatsdk.core.observe.CallObserver;
import dev.chatsdk.core.observe.CallResult;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.jspecify.annotations.Nullable;

/**
 * Reports one call to the registered {@link CallListener}s: times the call and its attempts and
 * shields the call from listeners, since an observer that throws is dropped for the rest of the
 * call. With no listener registered every method returns at once.
 */
final class CallEvents {
  /** For calls nobody listens to: every method returns at once, and nothing is allocated per call. */
  static final CallEvents NONE = new CallEvents(List.of());

  private final List<@Nullable CallObserver> observers;
  private final long startedNanos = System.nanoTime();
  private long attemptStartedNanos;
  private boolean attemptOpen;
  private boolean ended;

  private CallEvents(List<@Nullable CallObserver> observers) {
    this.observers = observers;
  }

  static CallEvents start(List<CallListener> listeners, CallInfo call) {
    if (listeners.isEmpty()) {
      return NONE;
    }
    List<@Nullable CallObserver> observers = new ArrayList<>(listeners.size());
    for (CallListener listener : listeners) {
      try {
        observers.add(listener.callStarted(call));
      } catch (RuntimeException e) {
        dropped(e);
      }
    }
    return new CallEvents(observers);
  }

  void attemptStarted(int attempt) {
    if (observers.isEmpty()) {
      return;
    }
    attemptStartedNanos = System.nanoTime();
    attemptOpen = true;
    each(o -> o.attemptStarted(attempt));
  }

  void attemptEnded(int attempt, int status, @Nullable String errorType, @Nullable String requestId,
      @Nullable Duration retryWait) {
    if (observers.isEmpty() || !attemptOpen) {
      return;
    }
    attemptOpen = false;
    AttemptInfo info = new AttemptInfo(attempt, status, errorType, requestId,
        Duration.ofNanos(System.nanoTime() - attemptStartedNanos), retryWait);
    each(o -> o.attemptEnded(info));
  }

  void succeeded(int status, int attempts, @Nullable String requestId) {
    end(status, attempts, requestId, null);
  }

  /** The call ends with {@code error}; an attempt still open ends with it too. */
  void failed(Throwable error, CallState state) {
    if (observers.isEmpty()) {
      return;
    }
    Throwable e = unwrap(error);
    String type = errorType(e);
    attemptEnded(state.attempts, state.lastStatus, type, state.lastRequestId, null);
    end(state.lastStatus, state.attempts, state.lastRequestId, type);
  }

  /** Completes an async call's future the way the observers want (see CallObserver). */
  void complete(Runnable completion) {
    Runnable r = completion;
    for (CallObserver o : observers) {
      if (o != null) {
        Runnable inner = r;
        r = () -> o.completeInCallerContext(inner);
      }
    }
    try {
      r.run();
    } catch (RuntimeException e) {
      dropped(e);
      completion.run(); // no-op when an observer already ran it: a future completes once
    }
  }

  private void end(int status, int attempts, @Nullable String requestId, @Nullable String errorType) {
    if (observers.isEmpty() || ended) {
      return;
    }
    ended = true;
    CallResult result = new CallResult(status, attempts, requestId, errorType,
        Duration.ofNanos(System.nanoTime() - startedNanos));
    each(o -> o.callEnded(result));
  }

  /** An HTTP error's status as text (as OpenTelemetry's error.type does), else the exception's simple name. */
  static String errorType(Throwable e) {
    return e instanceof ApiException ? String.valueOf(((ApiException) e).statusCode()) : e.getClass().getSimpleName();
  }

  private static Throwable unwrap(Throwable e) {
    return (e instanceof CompletionException || e instanceof ExecutionException) && e.getCause() != null ? e.getCause() : e;
  }

  private interface Event {
    void on(CallObserver o);
  }

  private void each(Event event) {
    for (int i = 0; i < observers.size(); i++) {
      CallObserver o = observers.get(i);
      if (o != null) {
        try {
          event.on(o);
        } catch (RuntimeException e) {
          observers.set(i, null); // a failing listener must not change the call
          dropped(e);
        }
      }
    }
  }

  private static void dropped(RuntimeException e) {
    AttemptLog.LOG.warn("a call listener failed and is ignored for this call: {}", e.toString());
  }
}
