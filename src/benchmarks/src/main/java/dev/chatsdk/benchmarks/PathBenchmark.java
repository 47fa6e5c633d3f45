package dev.chatsdk.benchmarks;

import dev.chatsdk.core.http.PathEncoder;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/** Path encoding as every call does it: one plain id, one id that needs escaping, one resource name. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class PathBenchmark {
  /** The pattern Google Chat's discovery document gives for a message name. */
  private static final Pattern MESSAGE_NAME = Pattern.compile("^spaces/[^/]+/messages/[^/]+$");

  private String plainId = "msg-1001";
  private String escapedId = "release notes/2024 ü";
  private String messageName = "spaces/AAQAtjsc9v4/messages/Xw9c1mXJ2kE.Xw9c1mXJ2kE";

  @Benchmark
  public String segmentPlain() {
    return PathEncoder.segment("id", plainId);
  }

  @Benchmark
  public String segmentEscaped() {
    return PathEncoder.segment("id", escapedId);
  }

  @Benchmark
  public String resourceName() {
    return PathEncoder.resourceName("name", messageName, MESSAGE_NAME, "spaces/{space}/messages/{message}");
  }
}
