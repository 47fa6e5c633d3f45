package dev.chatsdk.examples;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.chatsdk.googlechat.apps.ChatAppEventException;
import dev.chatsdk.googlechat.apps.ChatAppEvents;
import dev.chatsdk.googlechat.apps.ChatRequestVerifier;
import dev.chatsdk.googlechat.apps.ChatVerificationException;
import dev.chatsdk.googlechat.model.DeprecatedEvent;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.function.Function;

/**
 * A Google Chat app's HTTP endpoint on the JDK's built-in server (loopback), no framework: verifies
 * the bearer token, parses the event and answers with {@link ChatApp#reply}. 401 when the request
 * is not from Google Chat, 400 when the body is not an event.
 */
public final class ChatAppEndpoint implements AutoCloseable {
  private final HttpServer server;
  private final ChatRequestVerifier verifier;

  /**
   * Opens the endpoint on a free loopback port.
   *
   * @param verifierForUrl builds the verifier from the endpoint's own URL (the audience of the
   *     <em>HTTP endpoint URL</em> setting)
   */
  public ChatAppEndpoint(Function<String, ChatRequestVerifier> verifierForUrl) {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
    } catch (IOException e) {
      throw new UncheckedIOException("could not open the Chat app endpoint", e);
    }
    verifier = verifierForUrl.apply(url());
    server.createContext("/chat", this::handle);
    server.start();
  }

  // snippet:googlechat-receive-httpserver
  void handle(HttpExchange exchange) throws IOException {
    try {
      verifier.verify(exchange.getRequestHeaders().getFirst("Authorization"));
      DeprecatedEvent event = ChatAppEvents.parse(exchange.getRequestBody());
      byte[] reply = ChatAppEvents.render(ChatApp.reply(event));
      exchange.getResponseHeaders().set("Content-Type", "application/json; charset=UTF-8");
      exchange.sendResponseHeaders(200, reply.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(reply);
      }
    } catch (ChatVerificationException e) {
      exchange.sendResponseHeaders(401, -1);   // not from Google Chat: e.getReason() says why
    } catch (ChatAppEventException e) {
      exchange.sendResponseHeaders(400, -1);
    } finally {
      exchange.close();
    }
  }
  // end-snippet

  public String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/chat";
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
