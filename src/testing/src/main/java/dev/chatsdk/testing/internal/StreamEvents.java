package dev.chatsdk.testing.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * The events the emulated Stream app emits, kept for inspection and optionally delivered to a
 * webhook URL the way Stream does: a JSON POST signed with the API secret (hex HMAC-SHA256 of the
 * body in {@code X-Signature}), one at a time, in order.
 */
public final class StreamEvents {
  private static final int MAX_EVENTS = 10_000;

  private final StreamJwt signer;
  private final String apiKey;
  private final List<ObjectNode> events = new ArrayList<>();
  private final AtomicInteger delivered = new AtomicInteger();
  private final AtomicInteger failed = new AtomicInteger();
  private volatile @Nullable String url;
  private @Nullable ExecutorService sender;
  private @Nullable HttpClient http;

  StreamEvents(StreamJwt signer, String apiKey) {
    this.signer = signer;
    this.apiKey = apiKey;
  }

  /** Records an event and, when a URL is set, queues its delivery. */
  synchronized void emit(ObjectNode event) {
    events.add(event.deepCopy());
    if (events.size() > MAX_EVENTS) {
      events.remove(0);
    }
    String target = url;
    if (target != null) {
      byte[] body = Json.bytes(event);
      executor().execute(() -> deliver(target, body));
    }
  }

  private ExecutorService executor() {
    if (sender == null) {
      sender = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "chatsdk-emulator-webhooks");
        t.setDaemon(true);
        return t;
      });
      http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }
    return sender;
  }

  private void deliver(String target, byte[] body) {
    try {
      HttpRequest request = HttpRequest.newBuilder(URI.create(target))
          .timeout(Duration.ofSeconds(10))
          .header("Content-Type", "application/json")
          .header("X-Signature", hex(signer.sign(body)))
          .header("X-Webhook-Id", UUID.randomUUID().toString())
          .header("X-Webhook-Attempt", "1")
          .header("X-Api-Key", apiKey)
          .POST(HttpRequest.BodyPublishers.ofByteArray(body))
          .build();
      HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
      if (response.statusCode() / 100 == 2) {
        delivered.incrementAndGet();
      } else {
        failed.incrementAndGet();
      }
    } catch (java.io.IOException | IllegalArgumentException e) {
      failed.incrementAndGet();
    } catch (InterruptedException e) {
      failed.incrementAndGet();
      Thread.currentThread().interrupt();
    }
  }

  private static String hex(byte[] bytes) {
    StringBuilder sb = new StringBuilder(bytes.length * 2);
    for (byte b : bytes) {
      sb.append(String.format(Locale.ROOT, "%02x", b));
    }
    return sb.toString();
  }

  /**
   * Sets where later events are delivered.
   *
   * @param url an http or https webhook URL, or null to stop delivering
   * @throws IllegalArgumentException if the URL is not http(s)
   */
  public void setUrl(@Nullable String url) {
    if (url != null) {
      URI uri = URI.create(url);
      if (uri.getScheme() == null || !uri.getScheme().startsWith("http")) {
        throw new IllegalArgumentException("webhook URL must be http or https: " + url);
      }
    }
    this.url = url;
  }

  /**
   * The events emitted so far, oldest first, as webhook JSON.
   *
   * @return an unmodifiable list of deep copies
   */
  public synchronized List<ObjectNode> events() {
    List<ObjectNode> copy = new ArrayList<>();
    for (ObjectNode e : events) {
      copy.add(e.deepCopy());
    }
    return Collections.unmodifiableList(copy);
  }

  /** Forgets the emitted events; queued deliveries and the delivery counters are kept. */
  public synchronized void clear() {
    events.clear();
  }

  /**
   * Deliveries answered with a 2xx status.
   *
   * @return the number of successful deliveries so far
   */
  public int delivered() {
    return delivered.get();
  }

  /**
   * Deliveries that failed (connection error or non-2xx status).
   *
   * @return the number of failed deliveries so far
   */
  public int failed() {
    return failed.get();
  }

  /**
   * Waits until every queued delivery was attempted.
   *
   * @param timeout the longest time to wait
   * @return true when the queue is drained (or nothing was ever queued), false on timeout or
   *     interruption
   */
  public boolean flush(Duration timeout) {
    ExecutorService s;
    synchronized (this) {
      s = sender;
    }
    if (s == null) {
      return true;
    }
    try {
      s.submit(() -> { }).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      return true;
    } catch (TimeoutException e) {
      return false;
    } catch (ExecutionException e) {
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  synchronized void close() {
    if (sender != null) {
      sender.shutdownNow();
    }
  }
}
