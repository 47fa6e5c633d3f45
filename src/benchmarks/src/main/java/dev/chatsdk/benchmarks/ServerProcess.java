package dev.chatsdk.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@link LoopbackServer} in a child JVM with this JVM's classpath, so the measured process
 * holds only the client. The child's life is bounded: it exits when this process closes its
 * standard input (or dies), and after {@link LoopbackServer#DEFAULT_MAX_SECONDS} at the latest.
 */
final class ServerProcess implements AutoCloseable {
  private final Process process;
  private final String baseUrl;

  private ServerProcess(Process process, String baseUrl) {
    this.process = process;
    this.baseUrl = baseUrl;
  }

  static ServerProcess start() throws IOException {
    String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder pb = new ProcessBuilder(java,
        "-Xms64m", "-Xmx256m",
        // The JDK server writes headers and body separately; without TCP_NODELAY a keep-alive
        // connection can stall on Nagle + delayed ACK.
        "-Dsun.net.httpserver.nodelay=true",
        "-cp", System.getProperty("java.class.path"),
        LoopbackServer.class.getName())
        .redirectError(ProcessBuilder.Redirect.INHERIT);
    Process p = pb.start();
    BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.US_ASCII));
    String line = out.readLine();
    if (line == null || !line.startsWith("LISTENING ")) {
      p.destroyForcibly();
      throw new IOException("loopback server did not start: " + line);
    }
    return new ServerProcess(p, "http://127.0.0.1:" + line.substring("LISTENING ".length()).trim());
  }

  String baseUrl() {
    return baseUrl;
  }

  /** {@code "<requests> <distinct Authorization values>"} as counted by the server. */
  String stats() throws IOException, InterruptedException {
    HttpClient http = HttpClient.newHttpClient();
    return http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/__stats")).build(),
        HttpResponse.BodyHandlers.ofString()).body();
  }

  @Override
  public void close() throws IOException {
    process.getOutputStream().close();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}
