package dev.chatsdk.testing.internal;

import dev.chatsdk.testing.OperationSupport;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * The common part of both emulated services: the route table (every operation of the description,
 * keyed by its id), request recording, added latency, injected faults (for any request or for one
 * operation), stubbed answers, the 501 answer for operations nobody emulates, error rendering.
 * Subclasses authenticate, render errors in the vendor's format and register one handler per
 * operation; handlers run one at a time under {@link #lock()}, so the stores need no other locking.
 *
 * @param <C> who made a request, as {@link #authenticate} finds it
 */
public abstract class ServiceHandler<C> {
  /** Requests kept for inspection; older ones are dropped beyond this. */
  private static final int MAX_RECORDED = 10_000;

  /** One operation's handler. */
  @FunctionalInterface
  public interface Operation<C> {
    /**
     * Answers one routed, authenticated request.
     *
     * @param request the request, bound to this operation (its path parameters are available)
     * @param caller who made the request, as {@link #authenticate} found it
     * @return the answer to write back
     * @throws EmulatorError to answer with an error in the vendor's format
     */
    Response handle(Request request, C caller);
  }

  private static final class Registered<C> {
    final Operation<C> handler;
    final OperationSupport support;

    Registered(Operation<C> handler, OperationSupport support) {
      this.handler = handler;
      this.support = support;
    }
  }

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

  private static final class Stub {
    final int status;
    final byte[] body;

    Stub(int status, byte[] body) {
      this.status = status;
      this.body = body;
    }
  }

  private final OperationTable table;
  private final Map<String, Registered<C>> handlers = new HashMap<>();
  private final Map<String, Stub> stubs = new ConcurrentHashMap<>();
  /** Faults for any request live under the key "". */
  private final Map<String, Deque<Fault>> faults = new HashMap<>();
  private final Deque<Request> recorded = new ArrayDeque<>();
  private final AtomicInteger requestCount = new AtomicInteger();
  private final Clock clock;
  private volatile Duration latency = Duration.ZERO;

  /**
   * A service routing requests by the given table; subclasses register their handlers after this.
   *
   * @param clock the clock for timestamps and token expiry checks
   * @param table every operation of the service's API description, with its method and path
   */
  protected ServiceHandler(Clock clock, OperationTable table) {
    this.clock = clock;
    this.table = table;
  }

  /**
   * Checks the credentials of a request; throws {@link EmulatorError} (401) when they fail.
   *
   * @param request the routed request, before any stub or handler sees it
   * @return who made the request, passed on to the operation's handler
   * @throws EmulatorError a 401 (or 403) when the credentials are missing or wrong
   */
  protected abstract C authenticate(Request request);

  /**
   * Renders an error in the vendor's format.
   *
   * @param error the error to show, with its status, message and optional reason and field
   * @param startNanos when the request started to arrive ({@link System#nanoTime()}), for timing
   *     headers
   * @return the error response to write back
   */
  protected abstract Response renderError(EmulatorError error, long startNanos);

  /**
   * A stubbed body as the vendor would send it (standard headers added).
   *
   * @param status the stub's HTTP status
   * @param body the stub's JSON body bytes
   * @return the response to write back; by default JSON with no extra headers
   */
  protected Response stubResponse(int status, byte[] body) {
    return new Response(status, "application/json; charset=utf-8", body);
  }

  /**
   * How an error raised inside an operation is shown (Stream names the operation).
   *
   * @param error the error the handler threw
   * @param operation the id of the operation that threw it
   * @return the error to render; by default {@code error} unchanged
   */
  protected EmulatorError inOperation(EmulatorError error, String operation) {
    return error;
  }

  /**
   * Answers requests that are no operation of the description (uploaded files), or null.
   *
   * @param request the request, routed or not; called before authentication
   * @return an answer that bypasses the route table, or null to continue normally (the default)
   */
  protected @Nullable Response outsideTheDescription(Request request) {
    return null;
  }

  /**
   * The monitor every handler runs under: the service's store.
   *
   * @return the object synchronized on around each handler call; the same on every call
   */
  protected abstract Object lock();

  /**
   * Extra headers for an injected fault (rate-limit headers and such). By default only a
   * {@code Retry-After} in whole seconds, rounded up.
   *
   * @param response the rendered fault response, to add headers to
   * @param status the injected status
   * @param retryAfter the wait hint given with the fault, or null for none
   */
  protected void decorateFault(Response response, int status, @Nullable Duration retryAfter) {
    if (retryAfter != null) {
      long seconds = Math.max(0, (retryAfter.toMillis() + 999) / 1000);
      response.header("Retry-After", Long.toString(seconds));
    }
  }

  /** Releases what the service holds beyond its HTTP server (called once, on emulator close). */
  public void close() {}

  /** Drops all stored data (not faults, latency, stubs or recorded requests). */
  public abstract void clearData();

  // ---- registration

  /**
   * Registers a stateful handler for an operation of the table.
   *
   * @param operation the operation id; it must be in the table and not yet registered
   * @param handler the code that answers the operation, run under {@link #lock()}
   * @throws IllegalArgumentException if the id is not in the table or is already registered
   */
  protected final void stateful(String operation, Operation<C> handler) {
    register(operation, handler, OperationSupport.STATEFUL);
  }

  /**
   * Registers a fixed answer for an operation of the table.
   *
   * @param operation the operation id; it must be in the table and not yet registered
   * @param handler the code that answers the operation, run under {@link #lock()}
   * @throws IllegalArgumentException if the id is not in the table or is already registered
   */
  protected final void fixed(String operation, Operation<C> handler) {
    register(operation, handler, OperationSupport.FIXED_ANSWER);
  }

  private void register(String operation, Operation<C> handler, OperationSupport support) {
    if (!table.contains(operation)) {
      throw new IllegalArgumentException("no operation " + operation + " in the description");
    }
    if (handlers.put(operation, new Registered<>(handler, support)) != null) {
      throw new IllegalArgumentException("operation " + operation + " registered twice");
    }
  }

  /**
   * Every operation of the description and how it is answered, in description order.
   *
   * @return an unmodifiable map from operation id to support level; stubs are not reflected
   */
  public Map<String, OperationSupport> coverage() {
    Map<String, OperationSupport> out = new LinkedHashMap<>();
    for (String id : table.ids()) {
      Registered<C> r = handlers.get(id);
      out.put(id, r == null ? OperationSupport.STUB_NEEDED : r.support);
    }
    return Collections.unmodifiableMap(out);
  }

  /**
   * The route table of this service.
   *
   * @return the table given at construction
   */
  public OperationTable table() {
    return table;
  }

  // ---- the request path

  /**
   * Answers one request; never throws. Records it, applies latency and faults, routes it,
   * authenticates it and runs the stub or handler; unexpected exceptions become 500s.
   *
   * @param request the parsed request
   * @return the answer to write back, an error in the vendor's format when something failed
   */
  public final Response handle(Request request) {
    long start = request.startNanos();
    String op = "";
    try {
      record(request);
      OperationTable.Match match = table.match(request.method(), request.segments());
      if (match != null) {
        op = match.operation;
        request.bind(op, match.params);
      }
      // Decide on a fault when the request arrives, not after the added latency: a request whose
      // client gave up (timed out) would otherwise wake up later and take a fault meant for the
      // next test.
      Fault fault = takeFault(op);
      Duration delay = latency;
      if (!delay.isZero()) {
        sleep(delay);
      }
      if (fault != null) {
        String message = fault.status == 429
            ? "Too many requests (fault injected by the chatsdk emulator)"
            : "Injected failure with status " + fault.status + " (fault injected by the chatsdk emulator)";
        Response response = renderError(EmulatorError.of(fault.status, message), start);
        decorateFault(response, fault.status, fault.retryAfter);
        return response;
      }
      Response outside = outsideTheDescription(request);
      if (outside != null) {
        return outside;
      }
      if (match == null) {
        throw EmulatorError.notFound("no operation of the API description answers " + request.method() + " "
            + request.rawPath() + " (chatsdk emulator)");
      }
      C caller = authenticate(request);
      Stub stub = stubs.get(op);
      if (stub != null) {
        return stubResponse(stub.status, stub.body);
      }
      Registered<C> registered = handlers.get(op);
      if (registered == null) {
        OperationTable.Route route = table.route(op);
        throw EmulatorError.of(501, op + " (" + route.method() + " " + route.template() + ") is not emulated by the "
            + "chatsdk emulator; give it an answer with emulator." + serviceAccessor() + "().stub(\"" + op
            + "\", status, json)");
      }
      try {
        synchronized (lock()) {
          return registered.handler.handle(request, caller);
        }
      } catch (EmulatorError e) {
        throw inOperation(e, op);
      }
    } catch (EmulatorError e) {
      return renderError(e, start);
    } catch (RuntimeException e) {
      return renderError(EmulatorError.of(500, "internal emulator error in " + (op.isEmpty() ? "request" : op) + ": "
          + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage())), start);
    }
  }

  /**
   * {@code stream} or {@code googleChat}: how users reach this service's controls.
   *
   * @return the {@code ChatEmulator} accessor name, used in the 501 message's hint
   */
  protected abstract String serviceAccessor();

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

  private @Nullable Fault takeFault(String operation) {
    synchronized (faults) {
      Deque<Fault> queue = operation.isEmpty() ? null : faults.get(operation);
      if (queue == null || queue.isEmpty()) {
        queue = faults.get("");
      }
      Fault f = queue == null ? null : queue.peekFirst();
      if (f == null) {
        return null;
      }
      if (--f.remaining <= 0) {
        queue.removeFirst();
      }
      return f;
    }
  }

  // ---- controls used by the public API

  /**
   * Checks an operation id given by a user; the message lists how to find valid ones.
   *
   * @param operation the id to check; null is rejected like an unknown id
   * @throws IllegalArgumentException if the id is null or not in the table
   */
  public void requireOperation(String operation) {
    if (operation == null || !table.contains(operation)) {
      throw new IllegalArgumentException("unknown operation '" + operation + "': use an operation id of the API "
          + "description, e.g. " + table.ids().iterator().next() + " (see coverage() for all of them)");
    }
  }

  /**
   * Queues a fault for any request ({@code operation} null) or for one operation. An operation's own
   * faults are served before faults for any request.
   *
   * @param operation the operation id, or null for whichever request comes next
   * @param status the HTTP error status to answer with
   * @param times how many requests the fault applies to
   * @param retryAfter the wait hint sent with it, or null for none
   */
  public void addFault(@Nullable String operation, int status, int times, @Nullable Duration retryAfter) {
    synchronized (faults) {
      faults.computeIfAbsent(operation == null ? "" : operation, k -> new ArrayDeque<>())
          .addLast(new Fault(status, times, retryAfter));
    }
  }

  /**
   * Queues a fault for any request.
   *
   * @param status the HTTP error status to answer with
   * @param times how many requests the fault applies to
   * @param retryAfter the wait hint sent with it, or null for none
   */
  public void addFault(int status, int times, @Nullable Duration retryAfter) {
    addFault(null, status, times, retryAfter);
  }

  /** Drops every queued fault, for any request and for single operations. */
  public void clearFaults() {
    synchronized (faults) {
      faults.clear();
    }
  }

  /**
   * Faults not yet served.
   *
   * @return the number of requests still due to fail, over all queues
   */
  public int pendingFaults() {
    synchronized (faults) {
      int n = 0;
      for (Deque<Fault> queue : faults.values()) {
        for (Fault f : queue) {
          n += f.remaining;
        }
      }
      return n;
    }
  }

  /**
   * Every later call of the operation gets this answer instead of the emulated one.
   *
   * @param operation the operation id, already checked by {@link #requireOperation}
   * @param status the HTTP status to answer with
   * @param body the JSON body bytes; copied
   */
  public void stub(String operation, int status, byte[] body) {
    stubs.put(operation, new Stub(status, body.clone()));
  }

  /**
   * Ends the stub of one operation, if it has one.
   *
   * @param operation the operation id
   */
  public void removeStub(String operation) {
    stubs.remove(operation);
  }

  /** Ends every stub. */
  public void clearStubs() {
    stubs.clear();
  }

  /**
   * Sets the delay added before each later answer.
   *
   * @param latency the delay, already checked to be non-negative; {@link Duration#ZERO} for none
   */
  public void setLatency(Duration latency) {
    this.latency = latency;
  }

  /**
   * The delay added before each answer.
   *
   * @return the current latency, {@link Duration#ZERO} when none
   */
  public Duration latency() {
    return latency;
  }

  /**
   * Requests received since start or the last {@link #clearRecorded()}.
   *
   * @return the count, including requests no longer kept for inspection
   */
  public int requestCount() {
    return requestCount.get();
  }

  /**
   * The recorded requests, oldest first, at most the last 10,000.
   *
   * @return an unmodifiable snapshot
   */
  public List<Request> recordedRequests() {
    synchronized (recorded) {
      return Collections.unmodifiableList(new ArrayList<>(recorded));
    }
  }

  /** Forgets the recorded requests and resets {@link #requestCount()} to 0. */
  public void clearRecorded() {
    synchronized (recorded) {
      recorded.clear();
    }
    requestCount.set(0);
  }

  // ---- helpers for subclasses

  /**
   * The clock of this service.
   *
   * @return the clock given at construction
   */
  public final Clock clock() {
    return clock;
  }
}
