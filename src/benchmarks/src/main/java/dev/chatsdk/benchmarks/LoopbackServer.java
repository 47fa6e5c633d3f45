package dev.chatsdk.benchmarks;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * A JDK {@link HttpServer} on 127.0.0.1 that answers the benchmarked operations with fixed JSON
 * bodies (HTTP/1.1 keep-alive, fixed {@code Content-Length}):
 *
 * <ul>
 *   <li>{@code POST /channels/{type}/{id}/message}: Stream sendMessage response;
 *   <li>{@code GET /messages/{id}}: Stream getMessage response;
 *   <li>{@code POST /v1/spaces/{space}/messages}: Google Chat message with a cardsV2 card;
 *   <li>{@code GET /__stats}: {@code requests distinctAuthorization}, as plain text.
 * </ul>
 *
 * <p>The JMH benchmarks run it in a separate JVM ({@link ServerProcess}) so that the server's own
 * allocation and JIT work are not charged to the client being measured. Run as a program it prints
 * {@code LISTENING <port>}, serves until its standard input closes or {@code maxSeconds} pass, then
 * exits. Given a PKCS#12 key store it serves HTTPS instead ({@code cold-start.sh} makes a
 * self-signed certificate for 127.0.0.1 and has the clients trust it).
 */
public final class LoopbackServer implements AutoCloseable {
  /** Upper bound on a server process's life, whatever its parent does. */
  static final long DEFAULT_MAX_SECONDS = 3600;

  private final HttpServer server;
  private final AtomicLong requests = new AtomicLong();
  private final Set<String> authorizations = ConcurrentHashMap.newKeySet();

  private LoopbackServer(HttpServer server) {
    this.server = server;
    server.createContext("/", this::handle);
    server.start();
  }

  /** Starts a server on a loopback port ({@code 0} picks a free one). */
  public static LoopbackServer start(int port) throws IOException {
    return new LoopbackServer(HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64));
  }

  /** Starts an HTTPS server with the key and certificate of a PKCS#12 key store. */
  public static LoopbackServer startHttps(int port, String keyStore, char[] password)
      throws IOException, GeneralSecurityException {
    KeyStore ks = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(Paths.get(keyStore))) {
      ks.load(in, password);
    }
    KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    kmf.init(ks, password);
    SSLContext tls = SSLContext.getInstance("TLS");
    tls.init(kmf.getKeyManagers(), null, null);
    HttpsServer https = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
    https.setHttpsConfigurator(new HttpsConfigurator(tls));
    return new LoopbackServer(https);
  }

  public int port() {
    return server.getAddress().getPort();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (InputStream in = exchange.getRequestBody()) {
      in.readAllBytes();
      respond(exchange);
    } finally {
      exchange.close();
    }
  }

  private void respond(HttpExchange exchange) throws IOException {
    String method = exchange.getRequestMethod();
    String path = exchange.getRequestURI().getRawPath();
    byte[] body;
    if (path.equals("/__stats")) {
      send(exchange, 200, "text/plain",
          (requests.get() + " " + authorizations.size()).getBytes(StandardCharsets.US_ASCII));
      return;
    }
    requests.incrementAndGet();
    String auth = exchange.getRequestHeaders().getFirst("Authorization");
    if (auth != null && authorizations.size() < 1000) {
      authorizations.add(auth);
    }
    if (method.equals("POST") && path.startsWith("/channels/") && path.endsWith("/message")) {
      body = Fixtures.STREAM_SEND_RESPONSE;
    } else if (method.equals("GET") && path.startsWith("/messages/")) {
      body = Fixtures.STREAM_GET_RESPONSE;
    } else if (method.equals("POST") && path.startsWith("/v1/spaces/") && path.endsWith("/messages")) {
      body = Fixtures.GOOGLE_MESSAGE_RESPONSE;
    } else {
      send(exchange, 404, "application/json",
          "{\"code\":404,\"message\":\"no such route\"}".getBytes(StandardCharsets.UTF_8));
      return;
    }
    okhttp3.Headers api = Fixtures.apiResponseHeaders().removeAll("Date").build();
    for (int i = 0; i < api.size(); i++) {
      exchange.getResponseHeaders().set(api.name(i), api.value(i));
    }
    send(exchange, 200, "application/json; charset=utf-8", body);
  }

  private static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", contentType);
    exchange.sendResponseHeaders(status, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }

  /**
   * {@code LoopbackServer [port [maxSeconds [pkcs12KeyStore password]]]}: prints {@code LISTENING
   * <port>}, then serves (HTTPS when a key store is given) until standard input reaches end of file
   * or {@code maxSeconds} (default 3600) have passed.
   */
  public static void main(String[] args) throws Exception {
    int port = args.length > 0 ? Integer.parseInt(args[0]) : 0;
    long maxSeconds = args.length > 1 ? Long.parseLong(args[1]) : DEFAULT_MAX_SECONDS;
    LoopbackServer server = args.length > 3 ? startHttps(port, args[2], args[3].toCharArray()) : start(port);
    System.out.println("LISTENING " + server.port());
    System.out.flush();
    Thread stdinWatch = new Thread(() -> {
      try {
        while (System.in.read() >= 0) {
          // drain until the parent closes our standard input
        }
      } catch (IOException ignored) {
        // parent gone
      }
      server.close();
      System.exit(0);
    }, "stdin-watch");
    stdinWatch.setDaemon(true);
    stdinWatch.start();
    TimeUnit.SECONDS.sleep(maxSeconds);
    server.close();
    System.exit(0);
  }
}
