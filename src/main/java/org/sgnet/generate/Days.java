package org.sgnet.generate;

/**
 * Dates as the generator holds them: epoch days in an {@code int}, with two markers for a date that
 * is not there. Both sort where an absent date means: a tie without a start has held since before
 * any day, one without an end holds after every day, so "active on a day" needs no special case.
 */
final class Days {

  /** An absent start or birth date: written as an empty cell. */
  static final int NONE = Integer.MIN_VALUE;

  /** An absent end date, the tie still holds: written as an empty cell. */
  static final int OPEN = Integer.MAX_VALUE;

  private Days() {}
}
