package dev.chatsdk.testing.internal;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A small HTTP/1.1 server on a loopback port, written for the emulator instead of the JDK's
 * {@code com.sun.net.httpserver}: that server writes the response headers and the body as two TCP
 * segments and enables {@code TCP_NODELAY} only when a system property was set before its classes
 * loaded, so every keep-alive answer waited ~40 ms on Nagle's algorithm and the client's delayed
 * ACK. This one sets {@code TCP_NODELAY} on every connection and writes each answer in one write.
 *
 * <p>One daemon thread per connection (clients keep a handful of keep-alive connections), at most
 * {@code maxConcurrent} requests handled at once. Request bodies: {@code Content-Length} or chunked;
 * {@code Expect: 100-continue} is honoured. Closing the server closes every open connection.
 */
public final class LoopbackHttpServer implements AutoCloseable {
  private static final int MAX_HEADER_BYTES = 64 * 1024;
  private static final int MAX_BODY_BYTES = 256 * 1024 * 1024;
  private static final AtomicInteger COUNTER = new AtomicInteger();

  private final ServerSocket socket;
  private final Function<Request, Response> handler;
  private final Semaphore permits;
  private final String name;
  private final Set<Socket> open = ConcurrentHashMap.newKeySet();
  private volatile boolean closed;

  /**
   * Binds (port 0 picks a free port); {@link #start()} begins accepting.
   *
   * @param name the prefix of the server's thread names
   * @param port the loopback port to bind, or 0 for a free one
   * @param maxConcurrent how many requests are handled at once; further connections wait
   * @param handler answers each parsed request; it should not throw
   * @throws IOException if the socket cannot be bound, e.g. the port is in use
   */
  public LoopbackHttpServer(String name, int port, int maxConcurrent, Function<Request, Response> handler)
      throws IOException {
    this.name = name;
    this.handler = handler;
    this.permits = new Semaphore(maxConcurrent);
    this.socket = new ServerSocket();
    socket.setReuseAddress(true);
    socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 128);
  }

  /**
   * The bound port.
   *
   * @return the local port, the actual one when 0 was asked for
   */
  public int port() {
    return socket.getLocalPort();
  }

  /** Starts the accepting thread (a daemon: a forgotten emulator never keeps the JVM alive). */
  public void start() {
    daemon(this::acceptLoop, name + "-accept").start();
  }

  private static Thread daemon(Runnable r, String name) {
    Thread t = new Thread(r, name);
    t.setDaemon(true);
    return t;
  }

  private void acceptLoop() {
    while (!closed) {
      Socket s;
      try {
        s = socket.accept();
      } catch (IOException e) {
        if (closed) {
          return;
        }
        continue;
      }
      open.add(s);
      if (closed) {
        closeQuietly(s);
        return;
      }
      daemon(() -> serve(s), name + "-" + COUNTER.incrementAndGet()).start();
    }
  }

  private void serve(Socket s) {
    try {
      s.setTcpNoDelay(true);
      // No idle timeout: the SDK's OkHttp client does not retry on connection failures itself, so a
      // keep-alive connection closed by the server while idle in the client's pool would fail the
      // next call. Connections end when the client closes them or the emulator closes.
      InputStream in = new BufferedInputStream(s.getInputStream(), 16 * 1024);
      OutputStream out = s.getOutputStream();
      while (!closed && exchange(in, out)) {
        // keep-alive: next request on the same connection
      }
    } catch (SocketException | EOFException e) {
      // the peer went away or the server closed: nothing to answer
    } catch (IOException e) {
      // broken connection: drop it
    } finally {
      open.remove(s);
      closeQuietly(s);
    }
  }

  /** Reads one request, answers it; false when the connection must close. */
  private boolean exchange(InputStream in, OutputStream out) throws IOException {
    long start = System.nanoTime();
    String requestLine = readLine(in, true);
    if (requestLine == null) {
      return false;
    }
    if (requestLine.isEmpty()) { // tolerate a stray CRLF between requests
      return true;
    }
    String[] parts = requestLine.split(" ");
    if (parts.length != 3 || !parts[2].startsWith("HTTP/1.")) {
      writePlain(out, 400, "malformed request line");
      return false;
    }
    Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    int headerBytes = 0;
    for (String line = readLine(in, false); !line.isEmpty(); line = readLine(in, false)) {
      headerBytes += line.length();
      int colon = line.indexOf(':');
      if (colon <= 0 || headerBytes > MAX_HEADER_BYTES) {
        writePlain(out, 400, "malformed or too large headers");
        return false;
      }
      headers.computeIfAbsent(line.substring(0, colon).trim(), k -> new ArrayList<>()).add(line.substring(colon + 1).trim());
    }
    boolean http10 = parts[2].equals("HTTP/1.0");
    String connection = first(headers, "Connection");
    boolean keepAlive = connection == null ? !http10 : !connection.equalsIgnoreCase("close")
        && (!http10 || connection.equalsIgnoreCase("keep-alive"));
    if ("100-continue".equalsIgnoreCase(first(headers, "Expect"))) {
      out.write("HTTP/1.1 100 Continue\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      out.flush();
    }
    byte[] body;
    String te = first(headers, "Transfer-Encoding");
    if (te != null && te.toLowerCase(Locale.ROOT).contains("chunked")) {
      body = readChunked(in);
    } else {
      String cl = first(headers, "Content-Length");
      long length;
      try {
        length = cl == null ? 0 : Long.parseLong(cl.trim());
      } catch (NumberFormatException e) {
        length = -1;
      }
      if (length < 0 || length > MAX_BODY_BYTES) {
        writePlain(out, length < 0 ? 400 : 413, "bad or too large Content-Length");
        return false;
      }
      body = readFully(in, (int) length);
    }
    String target = parts[1];
    String rawPath;
    String rawQuery;
    try {
      URI uri = new URI(target);
      rawPath = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
      rawQuery = uri.getRawQuery();
    } catch (URISyntaxException e) {
      writePlain(out, 400, "malformed request target");
      return false;
    }
    String method = parts[0];
    Response response;
    permits.acquireUninterruptibly();
    try {
      response = handler.apply(new Request(method, rawPath, rawQuery, headers, body, start));
    } finally {
      permits.release();
    }
    write(out, response, method.equalsIgnoreCase("HEAD"), keepAlive);
    return keepAlive;
  }

  private static String first(Map<String, List<String>> headers, String name) {
    List<String> v = headers.get(name);
    return v == null || v.isEmpty() ? null : v.get(0);
  }

  /** One CRLF- (or LF-) terminated line; null at a clean end of stream before any byte. */
  private static String readLine(InputStream in, boolean eofIsNull) throws IOException {
    StringBuilder sb = new StringBuilder(64);
    while (true) {
      int b = in.read();
      if (b < 0) {
        if (eofIsNull && sb.length() == 0) {
          return null;
        }
        throw new EOFException("connection closed inside a request head");
      }
      if (b == '\n') {
        int n = sb.length();
        return n > 0 && sb.charAt(n - 1) == '\r' ? sb.substring(0, n - 1) : sb.toString();
      }
      if (sb.length() > MAX_HEADER_BYTES) {
        throw new IOException("request line or header too long");
      }
      sb.append((char) b); // ISO-8859-1, as HTTP/1.1 heads are
    }
  }

  private static byte[] readFully(InputStream in, int length) throws IOException {
    byte[] body = new byte[length];
    int off = 0;
    while (off < length) {
      int n = in.read(body, off, length - off);
      if (n < 0) {
        throw new EOFException("connection closed inside a request body");
      }
      off += n;
    }
    return body;
  }

  private static byte[] readChunked(InputStream in) throws IOException {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    while (true) {
      String sizeLine = readLine(in, false);
      int semi = sizeLine.indexOf(';');
      int size;
      try {
        size = Integer.parseInt((semi < 0 ? sizeLine : sizeLine.substring(0, semi)).trim(), 16);
      } catch (NumberFormatException e) {
        throw new IOException("malformed chunk size");
      }
      if (size == 0) {
        while (!readLine(in, false).isEmpty()) {
          // trailers are ignored
        }
        return body.toByteArray();
      }
      if (size < 0 || body.size() + (long) size > MAX_BODY_BYTES) {
        throw new IOException("request body too large");
      }
      body.write(readFully(in, size));
      readLine(in, false);
    }
  }

  private static void writePlain(OutputStream out, int status, String message) throws IOException {
    write(out, new Response(status, "text/plain; charset=utf-8", message.getBytes(StandardCharsets.UTF_8)), false, false);
  }

  /** Status line, headers and body in a single write (the point of this class). */
  private static void write(OutputStream out, Response response, boolean head, boolean keepAlive) throws IOException {
    byte[] body = response.body();
    StringBuilder h = new StringBuilder(256);
    h.append("HTTP/1.1 ").append(response.status()).append(' ').append(reason(response.status())).append("\r\n");
    for (Map.Entry<String, String> e : response.headers().entrySet()) {
      h.append(e.getKey()).append(": ").append(e.getValue()).append("\r\n");
    }
    h.append("Content-Length: ").append(body.length).append("\r\n");
    if (!keepAlive) {
      h.append("Connection: close\r\n");
    }
    h.append("\r\n");
    byte[] headBytes = h.toString().getBytes(StandardCharsets.ISO_8859_1);
    int bodyLength = head ? 0 : body.length;
    byte[] all = new byte[headBytes.length + bodyLength];
    System.arraycopy(headBytes, 0, all, 0, headBytes.length);
    System.arraycopy(body, 0, all, headBytes.length, bodyLength);
    out.write(all);
    out.flush();
  }

  private static String reason(int status) {
    switch (status) {
      case 200: return "OK";
      case 201: return "Created";
      case 204: return "No Content";
      case 400: return "Bad Request";
      case 401: return "Unauthorized";
      case 403: return "Forbidden";
      case 404: return "Not Found";
      case 409: return "Conflict";
      case 413: return "Payload Too Large";
      case 429: return "Too Many Requests";
      case 500: return "Internal Server Error";
      case 501: return "Not Implemented";
      case 503: return "Service Unavailable";
      default: return "Status";
    }
  }

  private static void closeQuietly(Socket s) {
    try {
      s.close();
    } catch (IOException ignored) {
      // closing anyway
    }
  }

  /** Stops accepting and cuts every open connection; calling it again does nothing. */
  @Override
  public void close() {
    closed = true;
    try {
      socket.close();
    } catch (IOException ignored) {
      // closing anyway
    }
    for (Socket s : open) {
      closeQuietly(s);
    }
  }
}
