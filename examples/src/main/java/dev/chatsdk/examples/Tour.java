package dev.chatsdk.examples;

import java.io.PrintStream;

/**
 * Runs the examples — {@link StreamTour}, {@link GoogleChatTour}, {@link Bridge}, {@link ChatAppTour} — against
 * the embedded emulator, or the real services when credentials are set (see {@link Backends}).
 *
 * <pre>mvn -B install -DskipTests &amp;&amp; mvn -B -q -pl examples exec:java</pre>
 */
public final class Tour {
  private Tour() {}

  public static void main(String[] args) {
    PrintStream out = System.out;
    try (Backends backends = Backends.fromEnvironment(out)) {
      runAll(backends, out);
    }
    out.println("Tour finished.");
  }

  /** Runs every example with the given clients. */
  public static void runAll(Backends backends, PrintStream out) {
    StreamTour.run(backends, out);
    out.println();
    GoogleChatTour.run(backends, out);
    out.println();
    Bridge.run(backends, out);
    out.println();
    ChatAppTour.run(backends, out);
    out.println();
  }
}
