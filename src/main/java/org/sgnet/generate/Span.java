package org.sgnet.generate;

/**
 * A whole-number range, both ends included: how many of something, an age band, a number of days or
 * years.
 *
 * @param min the least value
 * @param max the greatest value, at least {@code min}
 */
record Span(int min, int max) {

  Span {
    if (max < min) {
      throw new IllegalArgumentException("span " + min + ".." + max + " is empty");
    }
  }

  /** Returns whether {@code value} lies in the span. */
  boolean contains(int value) {
    return min <= value && value <= max;
  }
}
