package dev.chatsdk.testing;

import dev.chatsdk.testing.internal.Json;
import dev.chatsdk.testing.internal.Request;
import dev.chatsdk.testing.internal.ServiceHandler;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Controls and inspection for one emulated service: injected failures (for any request or for one
 * operation), stubbed answers, added latency, the requests received and the coverage of the
 * service's API description. Obtain it from {@link ChatEmulator#stream()} or {@link ChatEmulator#googleChat()}.
 * All methods are thread-safe.
 */
public abstract class EmulatedService {
  private final ServiceHandler<?> handler;

  EmulatedService(ServiceHandler<?> handler) {
    this.handler = handler;
  }

  /**
   * The next request fails with this HTTP status, in the vendor's error format.
   *
   * @param status the HTTP error status to answer, 400 to 599
   * @return this service, for chaining
   * @throws IllegalArgumentException if {@code status} is not 400 to 599
   */
  public EmulatedService failNext(int status) {
    return failNext(status, 1, null);
  }

  /**
   * The next {@code times} requests fail with this HTTP status.
   *
   * @param status the HTTP error status to answer, 400 to 599
   * @param times how many consecutive requests fail, at least 1
   * @return this service, for chaining
   * @throws IllegalArgumentException if {@code status} is not 400 to 599 or {@code times} is below 1
   */
  public EmulatedService failNext(int status, int times) {
    return failNext(status, times, null);
  }

  /**
   * The next request fails with this status and asks the client to wait: a {@code Retry-After}
   * header (whole seconds, rounded up) and, for Stream 429s, the {@code X-RateLimit-*} headers.
   *
   * @param status the HTTP error status to answer, 400 to 599
   * @param retryAfter how long the client is told to wait; not null, not negative
   * @return this service, for chaining
   * @throws IllegalArgumentException if {@code status} is not 400 to 599 or {@code retryAfter} is negative
   * @throws NullPointerException if {@code retryAfter} is null
   */
  public EmulatedService failNext(int status, Duration retryAfter) {
    return failNext(status, 1, Objects.requireNonNull(retryAfter, "retryAfter"));
  }

  /**
   * The next {@code times} requests fail with this status, with an optional wait hint.
   *
   * @param status the HTTP error status to answer, 400 to 599
   * @param times how many consecutive requests fail, at least 1
   * @param retryAfter the wait the client is told about, or null to send no {@code Retry-After}
   * @return this service, for chaining
   * @throws IllegalArgumentException if {@code status} is not 400 to 599, {@code times} is below 1 or
   *     {@code retryAfter} is negative
   */
  public EmulatedService failNext(int status, int times, @Nullable Duration retryAfter) {
    checkFault(status, times, retryAfter);
    handler.addFault(status, times, retryAfter);
    return this;
  }

  /**
   * The next call of one operation fails with this status (other operations are not affected).
   * {@code operation} is the description's id: a Stream {@code operationId} such as
   * {@code QueryChannels}, or a Google method id such as {@code spaces.members.patch}.
   *
   * @param operation the operation id from the service's API description
   * @param status the HTTP error status to answer, 400 to 599
   * @return this service, for chaining
   * @throws IllegalArgumentException if the operation is unknown or {@code status} is not 400 to 599
   */
  public EmulatedService failNext(String operation, int status) {
    return failNext(operation, status, 1, null);
  }

  /**
   * The next {@code times} calls of one operation fail with this status and optional wait hint.
   *
   * @param operation the operation id from the service's API description
   * @param status the HTTP error status to answer, 400 to 599
   * @param times how many consecutive calls of that operation fail, at least 1
   * @param retryAfter the wait the client is told about, or null to send no {@code Retry-After}
   * @return this service, for chaining
   * @throws IllegalArgumentException if the operation is unknown, {@code status} is not 400 to 599,
   *     {@code times} is below 1 or {@code retryAfter} is negative
   */
  public EmulatedService failNext(String operation, int status, int times, @Nullable Duration retryAfter) {
    handler.requireOperation(operation);
    checkFault(status, times, retryAfter);
    handler.addFault(operation, status, times, retryAfter);
    return this;
  }

  private static void checkFault(int status, int times, @Nullable Duration retryAfter) {
    if (status < 400 || status > 599) {
      throw new IllegalArgumentException("status must be an HTTP error status (400-599), got " + status);
    }
    if (times < 1) {
      throw new IllegalArgumentException("times must be at least 1, got " + times);
    }
    if (retryAfter != null && retryAfter.isNegative()) {
      throw new IllegalArgumentException("retryAfter must not be negative");
    }
  }

  /**
   * Every later call of the operation (after the credentials check) is answered with this status and
   * JSON body instead of the emulated answer, or instead of the 501 of an operation the emulator
   * does not emulate. Stream answers keep Stream's usual headers. Replaces an earlier stub of the
   * same operation; {@link #removeStub(String)} or {@link #reset()} ends it.
   *
   * @param operation the description's operation id, e.g. {@code QueryChannels} or {@code spaces.search}
   * @param status an HTTP status (200-599)
   * @param json the response body, a JSON document
   * @return this service, for chaining
   * @throws IllegalArgumentException if the operation is unknown, the status is out of range or
   *     {@code json} does not parse
   * @throws NullPointerException if {@code json} is null
   */
  public EmulatedService stub(String operation, int status, String json) {
    handler.requireOperation(operation);
    if (status < 200 || status > 599) {
      throw new IllegalArgumentException("status must be between 200 and 599, got " + status);
    }
    Objects.requireNonNull(json, "json");
    try {
      Json.parse(json.getBytes(StandardCharsets.UTF_8), "json");
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("json must be a JSON document: " + e.getMessage());
    }
    handler.stub(operation, status, json.getBytes(StandardCharsets.UTF_8));
    return this;
  }

  /**
   * Ends the stub of one operation; it is answered as before. Does nothing if it has no stub.
   *
   * @param operation the operation id from the service's API description
   * @return this service, for chaining
   * @throws IllegalArgumentException if the operation is unknown
   */
  public EmulatedService removeStub(String operation) {
    handler.requireOperation(operation);
    handler.removeStub(operation);
    return this;
  }

  /**
   * Every operation of the service's API description, by id in description order, with how the
   * emulator answers it.
   *
   * @return an unmodifiable map from operation id to how it is answered without a stub; stubs
   *     added with {@link #stub} do not change it
   */
  public Map<String, OperationSupport> coverage() {
    return handler.coverage();
  }

  /**
   * Injected failures not yet served.
   *
   * @return the number of requests still due to fail, counting each of {@code times} separately
   */
  public int pendingFailures() {
    return handler.pendingFaults();
  }

  /**
   * Drops injected failures that have not been served yet.
   *
   * @return this service, for chaining
   */
  public EmulatedService clearFailures() {
    handler.clearFaults();
    return this;
  }

  /**
   * Every later request waits this long before it is answered ({@link Duration#ZERO} to stop).
   *
   * @param latency the delay added to each response; not null, not negative
   * @return this service, for chaining
   * @throws IllegalArgumentException if {@code latency} is negative
   * @throws NullPointerException if {@code latency} is null
   */
  public EmulatedService withLatency(Duration latency) {
    Objects.requireNonNull(latency, "latency");
    if (latency.isNegative()) {
      throw new IllegalArgumentException("latency must not be negative");
    }
    handler.setLatency(latency);
    return this;
  }

  /**
   * Requests received since start or the last {@link #clearRequests()}, failed ones included.
   *
   * @return the count, which keeps growing past the 10,000 requests kept by {@link #requests()}
   */
  public int requestCount() {
    return handler.requestCount();
  }

  /**
   * The requests received, oldest first (at most the last 10,000).
   *
   * @return an unmodifiable snapshot; later requests do not appear in it
   */
  public List<RecordedRequest> requests() {
    List<RecordedRequest> out = new ArrayList<>();
    for (Request r : handler.recordedRequests()) {
      out.add(new RecordedRequest(r));
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * The most recent request.
   *
   * @return the last recorded request, or null when none was received since the last clear
   */
  public @Nullable RecordedRequest lastRequest() {
    List<Request> all = handler.recordedRequests();
    return all.isEmpty() ? null : new RecordedRequest(all.get(all.size() - 1));
  }

  /**
   * Forgets the recorded requests and resets {@link #requestCount()}.
   *
   * @return this service, for chaining
   */
  public EmulatedService clearRequests() {
    handler.clearRecorded();
    return this;
  }

  /**
   * Drops all stored data of this service (failures, latency and recorded requests stay).
   *
   * @return this service, for chaining
   */
  public EmulatedService clearData() {
    handler.clearData();
    return this;
  }

  /**
   * Clears data, failures, stubs, latency and recorded requests.
   *
   * @return this service, for chaining
   */
  public EmulatedService reset() {
    handler.clearData();
    handler.clearStubs();
    handler.clearFaults();
    handler.setLatency(Duration.ZERO);
    handler.clearRecorded();
    return this;
  }

  /**
   * The service's base URL.
   *
   * @return an {@code http://127.0.0.1:port} URL with no trailing slash
   */
  public abstract String baseUrl();
}
