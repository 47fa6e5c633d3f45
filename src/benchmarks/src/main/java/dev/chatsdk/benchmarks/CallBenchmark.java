package dev.chatsdk.benchmarks;

import okhttp3.OkHttpClient;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;

/**
 * One synchronous call, end to end, against a loopback server in another JVM: the SDK's typed
 * call versus the same request written by hand with OkHttp and Jackson ({@code baseline*}).
 * Run with {@code -prof gc}: {@code gc.alloc.rate.norm} is the client's allocation per call.
 *
 * <p>At tear-down the server reports how many distinct {@code Authorization} values it saw during the
 * trial (one benchmark method): 1 shows the Stream server token is signed once, not per call.
 */
public class CallBenchmark extends CallBenchmarkBase {
  private ServerProcess server;
  private OkHttpClient baselineHttp;

  @Setup
  public void setUp() throws Exception {
    server = ServerProcess.start();
    baselineHttp = new OkHttpClient();
    createClients(server.baseUrl(), server.baseUrl(), baselineHttp, null);
  }

  @TearDown
  public void tearDown() throws Exception {
    try {
      String[] stats = server.stats().split(" ");
      System.out.println();
      System.out.println("loopback server: " + stats[0] + " requests, " + stats[1]
          + " distinct Authorization values (1 = the token was made once for the whole run)");
    } finally {
      closeClients();
      baselineHttp.dispatcher().executorService().shutdown();
      baselineHttp.connectionPool().evictAll();
      server.close();
    }
  }
}
