package dev.chatsdk.benchmarks;

import dev.chatsdk.core.Authenticator;
import dev.chatsdk.stream.internal.Hs256;
import dev.chatsdk.stream.internal.StreamAuthenticator;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * What Stream authentication costs per call ({@code authenticatePerCall}: the token signed when the
 * client was built is only copied into the request) versus what signing a token per call would cost
 * ({@code signTokenPerCall}, the incumbent SDK's behaviour per DESIGN.md §7).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class StreamAuthBenchmark {
  private static final URI TARGET_URI = URI.create("https://chat.stream-io-api.com/messages/msg-1001");
  private static final Map<String, Object> SERVER_CLAIMS = Map.of("server", true);

  private Hs256 signer;
  private StreamAuthenticator authenticator;

  @Setup
  public void setUp() {
    signer = new Hs256(Fixtures.STREAM_API_SECRET);
    authenticator = StreamAuthenticator.server(Fixtures.STREAM_API_KEY, signer);
  }

  @Benchmark
  public void authenticatePerCall(Blackhole bh) throws Exception {
    authenticator.authenticate(new Authenticator.Target() {
      @Override
      public URI uri() {
        return TARGET_URI;
      }

      @Override
      public void setHeader(String name, String value) {
        bh.consume(value);
      }

      @Override
      public void addQueryParameter(String name, String value) {
        bh.consume(value);
      }
    });
  }

  @Benchmark
  public String signTokenPerCall() {
    return signer.token(SERVER_CLAIMS);
  }
}
