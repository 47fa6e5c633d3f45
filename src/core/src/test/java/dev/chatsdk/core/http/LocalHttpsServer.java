package dev.chatsdk.core.http;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLSocket;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;

/**
 * A tiny HTTPS/1.1 server on loopback with a certificate issued by its own private CA. It counts
 * the TLS handshakes clients start and answers every request with {@code 200 {"ok":true}}, so
 * tests can tell "one handshake, no retry" apart from a retried call.
 */
final class LocalHttpsServer implements AutoCloseable {
  final HeldCertificate ca;
  private final ServerSocket socket;
  private final AtomicInteger connections = new AtomicInteger();
  private final AtomicInteger requests = new AtomicInteger();
  private final Thread acceptor;

  /** A server whose certificate names {@code hostName} (use "127.0.0.1" for a matching one). */
  LocalHttpsServer(String hostName, String... protocols) throws IOException {
    ca = new HeldCertificate.Builder().certificateAuthority(0).commonName("chatsdk test CA").build();
    HeldCertificate leaf = new HeldCertificate.Builder().signedBy(ca).addSubjectAlternativeName(hostName).build();
    HandshakeCertificates server = new HandshakeCertificates.Builder().heldCertificate(leaf, ca.certificate()).build();
    socket = server.sslContext().getServerSocketFactory().createServerSocket(0, 50, InetAddress.getLoopbackAddress());
    if (protocols.length > 0) {
      ((javax.net.ssl.SSLServerSocket) socket).setEnabledProtocols(protocols);
    }
    acceptor = new Thread(this::acceptLoop, "local-https");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  /** Trust material that accepts this server's certificate: its CA, and nothing else. */
  HandshakeCertificates clientTrust() {
    return new HandshakeCertificates.Builder().addTrustedCertificate(ca.certificate()).build();
  }

  String baseUrl() {
    return "https://127.0.0.1:" + socket.getLocalPort();
  }

  /** TCP connections accepted, each of which starts one TLS handshake. */
  int connections() {
    return connections.get();
  }

  int requests() {
    return requests.get();
  }

  private void acceptLoop() {
    while (!socket.isClosed()) {
      try (Socket s = socket.accept()) {
        connections.incrementAndGet();
        ((SSLSocket) s).startHandshake();
        serve(s);
      } catch (IOException e) {
        // a client that rejects our certificate aborts the handshake: expected in these tests
      }
    }
  }

  private void serve(Socket s) throws IOException {
    BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.ISO_8859_1));
    String line = in.readLine();
    if (line == null) {
      return;
    }
    while (line != null && !line.isEmpty()) {
      line = in.readLine();
    }
    requests.incrementAndGet();
    byte[] body = "{\"ok\":true}".getBytes(StandardCharsets.UTF_8);
    OutputStream out = s.getOutputStream();
    out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + body.length
        + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
    out.write(body);
    out.flush();
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
