package dev.chatsdk.examples;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.chatsdk.stream.StreamWebhooks;
import dev.chatsdk.stream.WebhookSignatureException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;

/**
 * A minimal HTTP endpoint (JDK built-in server, loopback) that receives Stream webhooks and hands
 * them to a {@link StreamToGoogleChatBridge}: 200 when handled, 401 when the signature is wrong.
 * In production this would be a route of your web framework.
 */
public final class StreamWebhookEndpoint implements AutoCloseable {
  private final HttpServer server;

  public StreamWebhookEndpoint(StreamToGoogleChatBridge bridge, StreamWebhooks webhooks) {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
    } catch (IOException e) {
      throw new UncheckedIOException("could not open the webhook endpoint", e);
    }
    server.createContext("/stream-webhook", exchange -> handle(exchange, bridge, webhooks));
    server.start();
  }

  private static void handle(HttpExchange exchange, StreamToGoogleChatBridge bridge, StreamWebhooks webhooks) throws IOException {
    int status;
    try (InputStream in = exchange.getRequestBody()) {
      byte[] body = in.readAllBytes();
      bridge.onWebhook(webhooks, body, exchange.getRequestHeaders().getFirst("X-Signature"));
      status = 200;
    } catch (WebhookSignatureException e) {
      status = 401;
    } catch (RuntimeException e) {
      status = 500;   // Stream counts the delivery as failed; the next poll catches up
    }
    exchange.sendResponseHeaders(status, -1);
    exchange.close();
  }

  /** The URL to configure as the Stream app's webhook URL. */
  public String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/stream-webhook";
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
