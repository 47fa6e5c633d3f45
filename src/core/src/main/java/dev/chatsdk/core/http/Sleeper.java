package dev.chatsdk.core.http;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Waits between retries. Tests inject one that records the waits and returns at once. The async
 * form must not block a thread: it completes the returned future after the delay.
 */
public interface Sleeper {

  /**
   * Blocks the calling thread for the duration.
   *
   * @param duration how long to wait; millisecond precision
   * @throws InterruptedException if the thread is interrupted while waiting
   */
  void sleep(Duration duration) throws InterruptedException;

  /**
   * Waits without blocking a thread.
   *
   * @param duration how long to wait; millisecond precision
   * @return a future that completes normally once the duration has passed
   */
  CompletableFuture<Void> delay(Duration duration);

  /**
   * Real time: {@link Thread#sleep} and the JDK's shared delayed executor.
   *
   * @return the shared real-time sleeper
   */
  static Sleeper system() {
    return SystemSleeper.INSTANCE;
  }

  /** The real-time implementation. */
  final class SystemSleeper implements Sleeper {
    static final SystemSleeper INSTANCE = new SystemSleeper();

    private SystemSleeper() {}

    @Override
    public void sleep(Duration duration) throws InterruptedException {
      Thread.sleep(duration.toMillis());
    }

    @Override
    public CompletableFuture<Void> delay(Duration duration) {
      return CompletableFuture.runAsync(
          () -> {}, CompletableFuture.delayedExecutor(duration.toMillis(), TimeUnit.MILLISECONDS));
    }
  }
}
