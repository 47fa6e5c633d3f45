package dev.chatsdk.core.http;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Waits between retries. Tests inject one that records the waits and returns at once. The async
 * form must not block a thread: it completes the returned future after the delay.
 */
public interface Sleeper {

  void sleep(Duration duration) throws InterruptedException;

  CompletableFuture<Void> delay(Duration duration);

  /** Real time: {@link Thread#sleep} and the JDK's shared delayed executor. */
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
