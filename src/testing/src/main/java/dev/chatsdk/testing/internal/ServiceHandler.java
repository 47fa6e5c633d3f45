package dev.chatsdk.testing.internal;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * The common part of both emulated services: request recording, added latency, injected faults,
 * error rendering and writing the answer. Subclasses route requests and keep the state.
 */
public abstract class ServiceHandler implements HttpHandler {
  /** Requests kept for inspection; older ones are dropped beyond this. */
  private static final int MAX_RECORDED = 10_000;

  private static final class Fault {
    final int status;
    int remaining;
    final @Nullable Duration retryAfter;

    Fault(int status, int remaining, @Nullable Duration retryAfter) {
      this.status = status;
      this.remaining = remaining;
      this.retryAfter = retryAfter;
    }
  }

  private final Deque<Fault> faults = new ArrayDeque<>();
  private final Deque<Request> recorded = new ArrayDeque<>();
  private final AtomicInteger requestCount = new AtomicInteger();
  private final Clock clock;
  private volatile Duration latency = Duration.ZERO;
  private Instant lastTime = Instant.EPOCH;

  protected ServiceHandler(Clock clock) {
    this.clock = clock;
  }

  /** Answers one request (auth included); throws {@link EmulatorError} for error answers. */
  protected abstract Response route(Request request);

  /** Renders an error in the vendor's format. */
  protected abstract Response renderError(EmulatorError error, long startNanos);

  /** Extra headers for an injected fault (rate-limit headers and such). */
  protected void decorateFault(Response response, int status, @Nullable Duration retryAfter) {
    if (retryAfter != null) {
      long seconds = Math.max(0, (retryAfter.toMillis() + 999) / 1000);
      response.header("Retry-After", Long.toString(seconds));
    }
  }

  /** Releases what the service holds beyond its HTTP server (called once, on emulator close). */
  public void close() {}

  /** Drops all stored data (not faults, latency or recorded requests). */
  public abstract void clearData();

  @Override
  public final void handle(HttpExchange exchange) throws IOException {
    long start = System.nanoTime();
    try {
      Response response;
      try {
        Request request = read(exchange);
        record(request);
        // Decide on a fault when the request arrives, not after the added latency: a request whose
        // client gave up (timed out) would otherwise wake up later and take a fault meant for the
        // next test.
        Fault fault = takeFault();
        Duration delay = latency;
        if (!delay.isZero()) {
          sleep(delay);
        }
        if (fault != null) {
          String message = fault.status == 429
              ? "Too many requests (fault injected by the chatsdk emulator)"
              : "Injected failure with status " + fault.status + " (fault injected by the chatsdk emulator)";
          response = renderError(EmulatorError.of(fault.status, message), start);
          decorateFault(response, fault.status, fault.retryAfter);
        } else {
          response = route(request);
        }
      } catch (EmulatorError e) {
        response = renderError(e, start);
      } catch (RuntimeException e) {
        response = renderError(EmulatorError.of(500, "internal emulator error: " + e.getClass().getSimpleName()
            + (e.getMessage() == null ? "" : ": " + e.getMessage())), start);
      }
      write(exchange, response);
    } finally {
      exchange.close();
    }
  }

  private static Request read(HttpExchange exchange) throws IOException {
    byte[] body;
    try (InputStream in = exchange.getRequestBody()) {
      body = in.readAllBytes();
    }
    return new Request(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
        exchange.getRequestURI().getRawQuery(), exchange.getRequestHeaders(), body);
  }

  private static void write(HttpExchange exchange, Response response) throws IOException {
    for (Map.Entry<String, String> h : response.headers().entrySet()) {
      exchange.getResponseHeaders().set(h.getKey(), h.getValue());
    }
    byte[] body = response.body();
    boolean head = "HEAD".equalsIgnoreCase(exchange.getRequestMethod());
    exchange.sendResponseHeaders(response.status(), head || body.length == 0 ? -1 : body.length);
    if (!head && body.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  private static void sleep(Duration d) {
    try {
      Thread.sleep(d.toMillis(), (int) (d.toNanos() % 1_000_000));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void record(Request request) {
    requestCount.incrementAndGet();
    synchronized (recorded) {
      recorded.addLast(request);
      if (recorded.size() > MAX_RECORDED) {
        recorded.removeFirst();
      }
    }
  }

  private @Nullable Fault takeFault() {
    synchronized (faults) {
      Fault f = faults.peekFirst();
      if (f == null) {
        return null;
      }
      if (--f.remaining <= 0) {
        faults.removeFirst();
      }
      return f;
    }
  }

  // ---- controls used by the public API ----

  public void addFault(int status, int times, @Nullable Duration retryAfter) {
    synchronized (faults) {
      faults.addLast(new Fault(status, times, retryAfter));
    }
  }

  public void clearFaults() {
    synchronized (faults) {
      faults.clear();
    }
  }

  public int pendingFaults() {
    synchronized (faults) {
      int n = 0;
      for (Fault f : faults) {
        n += f.remaining;
      }
      return n;
    }
  }

  public void setLatency(Duration latency) {
    this.latency = latency;
  }

  public Duration latency() {
    return latency;
  }

  public int requestCount() {
    return requestCount.get();
  }

  public List<Request> recordedRequests() {
    synchronized (recorded) {
      return Collections.unmodifiableList(new ArrayList<>(recorded));
    }
  }

  public void clearRecorded() {
    synchronized (recorded) {
      recorded.clear();
    }
    requestCount.set(0);
  }

  // ---- helpers for subclasses ----

  /** Now, strictly increasing across calls (microsecond steps), so orderings are stable. */
  protected final synchronized Instant now() {
    Instant t = clock.instant().truncatedTo(ChronoUnit.MICROS);
    if (!t.isAfter(lastTime)) {
      t = lastTime.plus(1, ChronoUnit.MICROS);
    }
    lastTime = t;
    return t;
  }

  protected final Clock clock() {
    return clock;
  }
}
