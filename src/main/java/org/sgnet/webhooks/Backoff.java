package org.sgnet.webhooks;

import java.time.Duration;

/**
 * How long to wait after a failed attempt: the first wait, doubled after each further failure,
 * never more than the cap (by default 1 s, 2 s, 4 s … 10 min).
 *
 * @param first the wait after the first failure
 * @param cap the longest wait
 */
public record Backoff(Duration first, Duration cap) {

  public Backoff {
    if (first.isNegative() || first.isZero() || cap.compareTo(first) < 0) {
      throw new IllegalArgumentException("back-off needs 0 < first <= cap");
    }
  }

  /** The wait after the given number of failed attempts (1 for the first failure). */
  public Duration after(int failures) {
    Duration wait = first;
    for (int i = 1; i < failures && wait.compareTo(cap) < 0; i++) {
      wait = wait.multipliedBy(2);
    }
    return wait.compareTo(cap) > 0 ? cap : wait;
  }
}
