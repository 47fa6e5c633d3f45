package dev.chatsdk.core.http;

import java.util.concurrent.Executor;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;

/**
 * The process-wide OkHttp client that SDK clients derive theirs from (with {@code newBuilder()}),
 * so they share one connection pool and dispatcher. Creating an OkHttpClient is the largest
 * cold-start cost (DESIGN.md §7), so it happens once, on first use.
 *
 * <p>Dispatcher threads are daemons: an SDK client left open never keeps the JVM alive. The
 * per-host limit is raised from OkHttp's default of 5, which would queue async calls to one API
 * host under load.
 */
final class SharedHttp {
  private SharedHttp() {}

  static OkHttpClient client() {
    return Holder.CLIENT;
  }

  /**
   * Where async calls run work that may block, such as fetching an OAuth token: never the caller's
   * thread nor an OkHttp dispatcher thread. Daemon threads, created on demand, gone when idle.
   */
  static Executor blockingExecutor() {
    return BlockingHolder.EXECUTOR;
  }

  private static final class BlockingHolder {
    static final Executor EXECUTOR = daemonPool("chatsdk-blocking-");
  }

  private static ThreadPoolExecutor daemonPool(String prefix) {
    AtomicInteger n = new AtomicInteger();
    return new ThreadPoolExecutor(
        0, Integer.MAX_VALUE, 60, TimeUnit.SECONDS, new SynchronousQueue<>(),
        r -> {
          Thread t = new Thread(r, prefix + n.incrementAndGet());
          t.setDaemon(true);
          return t;
        });
  }

  private static final class Holder {
    static final OkHttpClient CLIENT = create();

    private static OkHttpClient create() {
      Dispatcher dispatcher = new Dispatcher(daemonPool("chatsdk-http-"));
      dispatcher.setMaxRequests(256);
      dispatcher.setMaxRequestsPerHost(64);
      return new OkHttpClient.Builder().dispatcher(dispatcher).build();
    }
  }
}
