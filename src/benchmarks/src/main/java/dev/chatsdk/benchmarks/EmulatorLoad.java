package dev.chatsdk.benchmarks;

import dev.chatsdk.googlechat.GoogleChatClient;
import dev.chatsdk.googlechat.model.Space;
import dev.chatsdk.stream.StreamChatClient;
import dev.chatsdk.stream.model.SendMessageRequest;
import dev.chatsdk.testing.ChatEmulator;
import dev.chatsdk.testing.EmulatorClients;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * SDK calls against the in-process {@link ChatEmulator} as a user's test suite makes them, with no
 * system property set: latency percentiles of sequential calls, then throughput with many threads.
 * Not JMH: the question is the wall-clock a test suite waits, including the loopback round trip
 * and any TCP stalls, which is what a plain timed loop shows. Run with {@code emulator-load.sh}.
 *
 * <p>Arguments (all optional): sequential calls per case (5000), threads (32), seconds (10).
 */
public final class EmulatorLoad {
  private EmulatorLoad() {}

  public static void main(String[] args) throws Exception {
    int calls = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
    int threads = args.length > 1 ? Integer.parseInt(args[1]) : 32;
    int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 10;
    System.out.println("java " + System.getProperty("java.version") + ", " + Runtime.getRuntime().availableProcessors()
        + " cores, sun.net.httpserver.nodelay=" + System.getProperty("sun.net.httpserver.nodelay"));
    try (ChatEmulator emulator = ChatEmulator.start();
        StreamChatClient stream = EmulatorClients.streamBuilder(emulator).build();
        GoogleChatClient google = EmulatorClients.googleChatBuilder(emulator).build()) {
      SendMessageRequest send = Fixtures.decode(
          "{\"message\":{\"text\":\"load test\",\"user_id\":\"ana\"}}".getBytes(StandardCharsets.UTF_8),
          SendMessageRequest.class);
      String messageId = stream.messages().sendMessage("messaging", "load", send).getMessage().getId();
      Space space = google.spaces().create(Fixtures.decode(
          "{\"spaceType\":\"SPACE\",\"displayName\":\"Load\"}".getBytes(StandardCharsets.UTF_8), Space.class));

      sequential("Stream getMessage", calls, () -> stream.messages().getMessage(messageId));
      sequential("Stream sendMessage", calls, () -> stream.messages().sendMessage("messaging", "load", send));
      sequential("Google spaces.get", calls, () -> google.spaces().get(space.getName()));
      concurrent("Stream getMessage", threads, seconds, () -> stream.messages().getMessage(messageId));
      concurrent("Google spaces.get", threads, seconds, () -> google.spaces().get(space.getName()));
    }
  }

  private static void sequential(String name, int calls, Supplier<?> call) {
    for (int i = 0; i < Math.min(2000, calls); i++) {
      call.get(); // warm-up: JIT and connection pool
    }
    long[] nanos = new long[calls];
    long begin = System.nanoTime();
    for (int i = 0; i < calls; i++) {
      long t = System.nanoTime();
      call.get();
      nanos[i] = System.nanoTime() - t;
    }
    long total = System.nanoTime() - begin;
    Arrays.sort(nanos);
    System.out.printf(Locale.ROOT, "%-20s sequential %6d calls: p50 %.3f ms  p90 %.3f ms  p99 %.3f ms  max %.1f ms"
            + "  (%.0f calls/s)%n", name, calls, ms(nanos[calls / 2]), ms(nanos[calls * 9 / 10]),
        ms(nanos[calls * 99 / 100]), ms(nanos[calls - 1]), calls / (total / 1e9));
  }

  private static void concurrent(String name, int threads, int seconds, Supplier<?> call) throws InterruptedException {
    AtomicBoolean measuring = new AtomicBoolean();
    AtomicBoolean stop = new AtomicBoolean();
    AtomicLong done = new AtomicLong();
    AtomicLong failed = new AtomicLong();
    CountDownLatch finished = new CountDownLatch(threads);
    for (int i = 0; i < threads; i++) {
      Thread t = new Thread(() -> {
        try {
          while (!stop.get()) {
            try {
              call.get();
              if (measuring.get()) {
                done.incrementAndGet();
              }
            } catch (RuntimeException e) {
              failed.incrementAndGet();
            }
          }
        } finally {
          finished.countDown();
        }
      });
      t.setDaemon(true);
      t.start();
    }
    Thread.sleep(2000); // warm-up
    measuring.set(true);
    long begin = System.nanoTime();
    Thread.sleep(TimeUnit.SECONDS.toMillis(seconds));
    long n = done.get();
    long elapsed = System.nanoTime() - begin;
    stop.set(true);
    finished.await(30, TimeUnit.SECONDS);
    System.out.printf(Locale.ROOT, "%-20s %d threads, %d s: %.0f calls/s (%d failed)%n", name, threads, seconds,
        n / (elapsed / 1e9), failed.get());
  }

  private static double ms(long nanos) {
    return nanos / 1e6;
  }
}
