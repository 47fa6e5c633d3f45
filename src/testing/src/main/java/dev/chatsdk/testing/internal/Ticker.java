package dev.chatsdk.testing.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** The emulator's time: the configured clock, strictly increasing in microsecond steps so orderings are stable. */
final class Ticker {
  private final Clock clock;
  private Instant last = Instant.EPOCH;

  Ticker(Clock clock) {
    this.clock = clock;
  }

  synchronized Instant now() {
    Instant t = clock.instant().truncatedTo(ChronoUnit.MICROS);
    if (!t.isAfter(last)) {
      t = last.plus(1, ChronoUnit.MICROS);
    }
    last = t;
    return t;
  }

  Clock clock() {
    return clock;
  }
}
