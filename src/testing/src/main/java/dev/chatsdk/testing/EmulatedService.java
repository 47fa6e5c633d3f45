package dev.chatsdk.testing;

import dev.chatsdk.testing.internal.Request;
import dev.chatsdk.testing.internal.ServiceHandler;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Controls and inspection for one emulated service: injected failures, added latency and the
 * requests received. Obtain it from {@link ChatEmulator#stream()} or {@link ChatEmulator#googleChat()}.
 * All methods are thread-safe.
 */
public abstract class EmulatedService {
  private final ServiceHandler<?> handler;

  EmulatedService(ServiceHandler<?> handler) {
    this.handler = handler;
  }

  /** The next request fails with this HTTP status, in the vendor's error format. */
  public EmulatedService failNext(int status) {
    return failNext(status, 1, null);
  }

  /** The next {@code times} requests fail with this HTTP status. */
  public EmulatedService failNext(int status, int times) {
    return failNext(status, times, null);
  }

  /**
   * The next request fails with this status and asks the client to wait: a {@code Retry-After}
   * header (whole seconds, rounded up) and, for Stream 429s, the {@code X-RateLimit-*} headers.
   */
  public EmulatedService failNext(int status, Duration retryAfter) {
    return failNext(status, 1, Objects.requireNonNull(retryAfter, "retryAfter"));
  }

  /** The next {@code times} requests fail with this status, with an optional wait hint. */
  public EmulatedService failNext(int status, int times, @Nullable Duration retryAfter) {
    if (status < 400 || status > 599) {
      throw new IllegalArgumentException("status must be an HTTP error status (400-599), got " + status);
    }
    if (times < 1) {
      throw new IllegalArgumentException("times must be at least 1, got " + times);
    }
    if (retryAfter != null && retryAfter.isNegative()) {
      throw new IllegalArgumentException("retryAfter must not be negative");
    }
    handler.addFault(status, times, retryAfter);
    return this;
  }

  /** Injected failures not yet served. */
  public int pendingFailures() {
    return handler.pendingFaults();
  }

  /** Drops injected failures that have not been served yet. */
  public EmulatedService clearFailures() {
    handler.clearFaults();
    return this;
  }

  /** Every later request waits this long before it is answered ({@link Duration#ZERO} to stop). */
  public EmulatedService withLatency(Duration latency) {
    Objects.requireNonNull(latency, "latency");
    if (latency.isNegative()) {
      throw new IllegalArgumentException("latency must not be negative");
    }
    handler.setLatency(latency);
    return this;
  }

  /** Requests received since start or the last {@link #clearRequests()}, failed ones included. */
  public int requestCount() {
    return handler.requestCount();
  }

  /** The requests received, oldest first (at most the last 10,000). */
  public List<RecordedRequest> requests() {
    List<RecordedRequest> out = new ArrayList<>();
    for (Request r : handler.recordedRequests()) {
      out.add(new RecordedRequest(r));
    }
    return Collections.unmodifiableList(out);
  }

  /** The most recent request, or null when none was received. */
  public @Nullable RecordedRequest lastRequest() {
    List<Request> all = handler.recordedRequests();
    return all.isEmpty() ? null : new RecordedRequest(all.get(all.size() - 1));
  }

  /** Forgets the recorded requests and resets {@link #requestCount()}. */
  public EmulatedService clearRequests() {
    handler.clearRecorded();
    return this;
  }

  /** Drops all stored data of this service (failures, latency and recorded requests stay). */
  public EmulatedService clearData() {
    handler.clearData();
    return this;
  }

  /** Clears data, failures, latency and recorded requests. */
  public EmulatedService reset() {
    handler.clearData();
    handler.clearFaults();
    handler.setLatency(Duration.ZERO);
    handler.clearRecorded();
    return this;
  }

  /** The service's base URL. */
  public abstract String baseUrl();
}
