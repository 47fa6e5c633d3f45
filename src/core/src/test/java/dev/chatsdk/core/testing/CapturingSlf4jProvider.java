package dev.chatsdk.core.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ConcurrentMap;
import org.jspecify.annotations.Nullable;
import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.Logger;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.AbstractLogger;
import org.slf4j.helpers.BasicMarkerFactory;
import org.slf4j.helpers.MessageFormatter;
import org.slf4j.helpers.NOPMDCAdapter;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * Test-only SLF4J 2 binding that records every event of the {@code dev.chatsdk} loggers at all
 * levels (TRACE included) in memory and drops everything else (WireMock's Jetty logs).
 *
 * <p>Why a tiny provider instead of logback-classic's ListAppender: it needs no extra test
 * dependency (none to download, nothing to add to the dependency-convergence check), it is
 * enabled at TRACE without a configuration file, and it records the fully formatted message, which
 * is exactly what a redaction assertion must look at. It also runs in the forked upload JVM.
 */
public final class CapturingSlf4jProvider implements SLF4JServiceProvider {
  private static final ConcurrentLinkedQueue<Event> EVENTS = new ConcurrentLinkedQueue<>();

  private final ConcurrentMap<String, Logger> loggers = new ConcurrentHashMap<>();
  private final ILoggerFactory factory = name -> loggers.computeIfAbsent(name, CapturingLogger::new);
  private final IMarkerFactory markers = new BasicMarkerFactory();
  private final MDCAdapter mdc = new NOPMDCAdapter();

  /** One recorded log event, with the message already formatted. */
  public static final class Event {
    public final String logger;
    public final Level level;
    public final String message;
    public final @Nullable Throwable throwable;

    Event(String logger, Level level, String message, @Nullable Throwable throwable) {
      this.logger = logger;
      this.level = level;
      this.message = message;
      this.throwable = throwable;
    }

    @Override
    public String toString() {
      return level + " " + logger + ": " + message;
    }
  }

  /** Events recorded since the last {@link #clear()}, oldest first. */
  public static List<Event> events() {
    return new ArrayList<>(EVENTS);
  }

  public static void clear() {
    EVENTS.clear();
  }

  @Override
  public ILoggerFactory getLoggerFactory() {
    return factory;
  }

  @Override
  public IMarkerFactory getMarkerFactory() {
    return markers;
  }

  @Override
  public MDCAdapter getMDCAdapter() {
    return mdc;
  }

  @Override
  public String getRequestedApiVersion() {
    return "2.0.99";
  }

  @Override
  public void initialize() {}

  private static final class CapturingLogger extends AbstractLogger {
    private static final long serialVersionUID = 1L;
    private final boolean enabled;

    CapturingLogger(String name) {
      this.name = name;
      this.enabled = name.startsWith("dev.chatsdk");
    }

    @Override
    protected String getFullyQualifiedCallerName() {
      return null;
    }

    @Override
    protected void handleNormalizedLoggingCall(
        Level level, Marker marker, String messagePattern, Object[] arguments, Throwable throwable) {
      String message = MessageFormatter.basicArrayFormat(messagePattern, arguments);
      EVENTS.add(new Event(name, level, message, throwable));
    }

    @Override public boolean isTraceEnabled() { return enabled; }
    @Override public boolean isTraceEnabled(Marker marker) { return enabled; }
    @Override public boolean isDebugEnabled() { return enabled; }
    @Override public boolean isDebugEnabled(Marker marker) { return enabled; }
    @Override public boolean isInfoEnabled() { return enabled; }
    @Override public boolean isInfoEnabled(Marker marker) { return enabled; }
    @Override public boolean isWarnEnabled() { return enabled; }
    @Override public boolean isWarnEnabled(Marker marker) { return enabled; }
    @Override public boolean isErrorEnabled() { return enabled; }
    @Override public boolean isErrorEnabled(Marker marker) { return enabled; }
  }
}
