package org.sgnet.users;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Counts failed logins per name and says when the next attempt may be made: after {@code slowAfter}
 * failures in a row each further attempt must wait (the first delay, doubling up to the longest),
 * and at {@code lockAfter} the name is locked for {@code lockFor}. An attempt made while told to
 * wait is refused without checking the password and counts as a failure: a person waits, a script
 * does not. A success forgets the name's failures.
 *
 * <p>Names that do not exist are counted the same way, so probing names costs the same and tells
 * nothing; only the most recently tried {@code trackedNames} names are kept, so a flood of made-up
 * names cannot fill the memory. The counts live in memory: a lockout of an existing user is also
 * written to the users file by the caller, which survives a restart.
 */
public final class LoginThrottle {

  /**
   * When to slow and lock.
   *
   * @param slowAfter failures in a row after which attempts must wait
   * @param lockAfter failures in a row that lock the name
   * @param firstDelay the first wait; it doubles with each further failure
   * @param longestDelay the longest wait before the lockout
   * @param lockFor how long a lockout lasts
   * @param trackedNames how many names are counted at most
   */
  public record Settings(
      int slowAfter,
      int lockAfter,
      Duration firstDelay,
      Duration longestDelay,
      Duration lockFor,
      int trackedNames) {

    /** Five failures slow, ten lock for 15 minutes; waits of 1, 2, 4 and 8 seconds between. */
    public static Settings defaults() {
      return new Settings(
          5, 10, Duration.ofSeconds(1), Duration.ofSeconds(8), Duration.ofMinutes(15), 10_000);
    }
  }

  /**
   * Whether an attempt may check its password now.
   *
   * @param retryAfter how long to wait when refused, {@link Duration#ZERO} when allowed
   * @param lockStarted the end of the lockout this refused attempt started, or {@code null}
   */
  public record Decision(Duration retryAfter, Instant lockStarted) {

    static final Decision ALLOWED = new Decision(Duration.ZERO, null);

    /** Whether the password may be checked. */
    public boolean allowed() {
      return retryAfter.isZero();
    }
  }

  /** The count of one name; guarded by the throttle's lock. */
  private static final class Tally {
    int failures;
    Instant notBefore = Instant.MIN;
    Instant lockedUntil = Instant.MIN;
  }

  private final Settings settings;
  private final Clock clock;
  private final Map<String, Tally> tallies;

  /**
   * @param settings when to slow and lock
   * @param clock the time (a fixed or moved clock in tests)
   */
  public LoginThrottle(Settings settings, Clock clock) {
    this.settings = settings;
    this.clock = clock;
    int bound = settings.trackedNames();
    this.tallies =
        new LinkedHashMap<>(64, 0.75f, true) {
          private static final long serialVersionUID = 1L;

          @Override
          protected boolean removeEldestEntry(Map.Entry<String, Tally> eldest) {
            return size() > bound;
          }
        };
  }

  /** Asks to check a password for the name now. */
  public synchronized Decision attempt(String name) {
    Tally tally = tallies.get(name);
    if (tally == null) {
      return Decision.ALLOWED;
    }
    Instant now = clock.instant();
    if (now.isBefore(tally.lockedUntil)) {
      // Attempts during a lockout are not counted: they would only lengthen it.
      return new Decision(Duration.between(now, tally.lockedUntil), null);
    }
    if (!now.isBefore(tally.notBefore)) {
      return Decision.ALLOWED;
    }
    Instant locked = fail(tally, now);
    Instant until = locked == null ? tally.notBefore : locked;
    return new Decision(Duration.between(now, until), locked);
  }

  /** How long the name must wait before its next attempt, without counting an attempt. */
  synchronized Duration waitFor(String name) {
    Tally tally = tallies.get(name);
    Instant now = clock.instant();
    return tally == null || !now.isBefore(tally.notBefore)
        ? Duration.ZERO
        : Duration.between(now, tally.notBefore);
  }

  /** Records a wrong password; returns the end of the lockout it started, if it started one. */
  public synchronized Optional<Instant> failed(String name) {
    Tally tally = tallies.computeIfAbsent(name, n -> new Tally());
    return Optional.ofNullable(fail(tally, clock.instant()));
  }

  /** Forgets the name's failures after a right password. */
  public synchronized void succeeded(String name) {
    tallies.remove(name);
  }

  /** Forgets the name's failures and lockout (an administrator lifted it). */
  public synchronized void forget(String name) {
    tallies.remove(name);
  }

  /** Returns when the name's lockout ends, while one is in force. */
  public synchronized Optional<Instant> lockedUntil(String name) {
    Tally tally = tallies.get(name);
    return tally != null && clock.instant().isBefore(tally.lockedUntil)
        ? Optional.of(tally.lockedUntil)
        : Optional.empty();
  }

  private Instant fail(Tally tally, Instant now) {
    tally.failures++;
    if (tally.failures >= settings.lockAfter()) {
      // The count stays at the threshold: after the lockout one more failure locks again.
      tally.failures = settings.lockAfter();
      tally.lockedUntil = now.plus(settings.lockFor());
      tally.notBefore = tally.lockedUntil;
      return tally.lockedUntil;
    }
    if (tally.failures >= settings.slowAfter()) {
      int doublings = Math.min(tally.failures - settings.slowAfter(), 30);
      Duration delay = settings.firstDelay().multipliedBy(1L << doublings);
      tally.notBefore =
          now.plus(delay.compareTo(settings.longestDelay()) > 0 ? settings.longestDelay() : delay);
    }
    return null;
  }
}
