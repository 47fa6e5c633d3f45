package dev.chatsdk.testing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The emulator's HTTP/1.1 server on the raw wire: bodies, keep-alive, HEAD, bad requests, close. */
class LoopbackHttpServerTest {
  private LoopbackHttpServer server;

  @BeforeEach
  void start() throws IOException {
    server = new LoopbackHttpServer("test-server", 0, 4, r -> new Response(200, "text/plain",
        (r.method() + " " + r.rawPath() + "?" + r.rawQuery() + " " + new String(r.body(), StandardCharsets.UTF_8)
            + " h=" + r.header("X-Test")).getBytes(StandardCharsets.UTF_8)));
    server.start();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private Socket connect() throws IOException {
    Socket s = new Socket(InetAddress.getLoopbackAddress(), server.port());
    s.setSoTimeout(5000);
    return s;
  }

  /** Reads one response (status line, headers, Content-Length body) and returns it as text. */
  private static String readResponse(InputStream in, boolean head) throws IOException {
    ByteArrayOutputStream headBytes = new ByteArrayOutputStream();
    int matched = 0;
    while (matched < 4) {
      int b = in.read();
      if (b < 0) {
        return headBytes.size() == 0 ? null : headBytes.toString(StandardCharsets.ISO_8859_1);
      }
      headBytes.write(b);
      matched = (b == '\r' && (matched == 0 || matched == 2)) || (b == '\n' && (matched == 1 || matched == 3))
          ? matched + 1 : 0;
    }
    String text = headBytes.toString(StandardCharsets.ISO_8859_1);
    int length = 0;
    for (String line : text.split("\r\n")) {
      if (line.toLowerCase().startsWith("content-length:")) {
        length = Integer.parseInt(line.substring(15).trim());
      }
    }
    byte[] body = in.readNBytes(head ? 0 : length);
    return text + new String(body, StandardCharsets.UTF_8);
  }

  @Test
  void keepAliveChunkedBodiesExpectContinueAndHead() throws IOException {
    try (Socket s = connect()) {
      OutputStream out = s.getOutputStream();
      InputStream in = s.getInputStream();
      out.write(("POST /a?x=1 HTTP/1.1\r\nHost: h\r\nX-Test: one\r\nContent-Length: 5\r\n\r\nhello"
          + "POST /b HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n2;ext=1\r\nde\r\n0\r\n\r\n")
          .getBytes(StandardCharsets.US_ASCII));
      String first = readResponse(in, false);
      assertThat(first).startsWith("HTTP/1.1 200 OK\r\n").endsWith("POST /a?x=1 hello h=one");
      assertThat(first).doesNotContain("Connection: close");
      assertThat(readResponse(in, false)).endsWith("POST /b?null abcde h=null");

      out.write("PUT /c HTTP/1.1\r\nHost: h\r\nExpect: 100-continue\r\nContent-Length: 2\r\n\r\n"
          .getBytes(StandardCharsets.US_ASCII));
      assertThat(readResponse(in, false)).startsWith("HTTP/1.1 100 Continue");
      out.write("ok".getBytes(StandardCharsets.US_ASCII));
      assertThat(readResponse(in, false)).endsWith("PUT /c?null ok h=null");

      out.write("HEAD /d HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      String head = readResponse(in, true);
      assertThat(head).contains("Content-Length: 20").contains("Connection: close").endsWith("\r\n\r\n");
      assertThat(in.read()).as("closed after Connection: close").isEqualTo(-1);
    }
  }

  @Test
  void malformedRequestsGetA400AndTheConnectionCloses() throws IOException {
    try (Socket s = connect()) {
      s.getOutputStream().write("NONSENSE\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      assertThat(readResponse(s.getInputStream(), false)).startsWith("HTTP/1.1 400 ");
      assertThat(s.getInputStream().read()).isEqualTo(-1);
    }
    try (Socket s = connect()) {
      s.getOutputStream().write("POST / HTTP/1.1\r\nContent-Length: -3\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      assertThat(readResponse(s.getInputStream(), false)).startsWith("HTTP/1.1 400 ");
    }
  }

  @Test
  void closingTheServerCutsOpenConnections() throws IOException {
    try (Socket s = connect()) {
      s.getOutputStream().write("GET / HTTP/1.1\r\nHost: h\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      assertThat(readResponse(s.getInputStream(), false)).startsWith("HTTP/1.1 200");
      server.close();
      assertThat(readResponse(s.getInputStream(), false)).as("an idle keep-alive connection is closed").isNull();
    }
  }
}
