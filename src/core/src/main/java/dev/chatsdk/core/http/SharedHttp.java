package dev.chatsdk.core.http;

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

  private static final class Holder {
    static final OkHttpClient CLIENT = create();

    private static OkHttpClient create() {
      AtomicInteger n = new AtomicInteger();
      ThreadPoolExecutor executor = new ThreadPoolExecutor(
          0, Integer.MAX_VALUE, 60, TimeUnit.SECONDS, new SynchronousQueue<>(),
          r -> {
            Thread t = new Thread(r, "chatsdk-http-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
          });
      Dispatcher dispatcher = new Dispatcher(executor);
      dispatcher.setMaxRequests(256);
      dispatcher.setMaxRequestsPerHost(64);
      return new OkHttpClient.Builder().dispatcher(dispatcher).build();
    }
  }
}
