package org.sgnet;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A UTC clock for tests that stands still until moved. */
public final class MovableClock extends Clock {

  private Instant now;

  /** A clock standing at that instant. */
  public MovableClock(Instant start) {
    this.now = start;
  }

  /** Moves the clock on. */
  public void advance(Duration d) {
    now = now.plus(d);
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }

  @Override
  public Instant instant() {
    return now;
  }
}
