package dev.chatsdk.core.http;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A {@link Sleeper} that records every requested wait and returns at once, so retry tests run in
 * milliseconds. In {@link #holdDelays} mode the async form returns futures that never complete by
 * themselves, to observe a call parked in a retry wait.
 */
final class RecordingSleeper implements Sleeper {
  private final List<Duration> waits = new CopyOnWriteArrayList<>();
  private final List<CompletableFuture<Void>> heldDelays = new CopyOnWriteArrayList<>();
  private volatile boolean holdDelays;

  /** Async delays are handed out pending and kept for inspection. */
  RecordingSleeper holdDelays() {
    this.holdDelays = true;
    return this;
  }

  List<Duration> waits() {
    return new ArrayList<>(waits);
  }

  List<CompletableFuture<Void>> heldDelays() {
    return new ArrayList<>(heldDelays);
  }

  @Override
  public void sleep(Duration duration) {
    waits.add(duration);
  }

  @Override
  public CompletableFuture<Void> delay(Duration duration) {
    waits.add(duration);
    if (holdDelays) {
      CompletableFuture<Void> held = new CompletableFuture<>();
      heldDelays.add(held);
      return held;
    }
    // Complete on another thread, as a real timer would, so async retries hop threads in tests too.
    return CompletableFuture.runAsync(() -> {});
  }
}
