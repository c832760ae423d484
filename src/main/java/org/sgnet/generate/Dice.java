package org.sgnet.generate;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The one source of randomness of a run: a seeded {@link SplittableRandom} with the few kinds of
 * draw the scenarios make. Every method makes exactly the draws it says, in that order, so that a
 * scenario reads as the sequence of draws it makes, and the same seed gives the same bundle.
 */
final class Dice {

  private final SplittableRandom rnd;

  Dice(long seed) {
    this.rnd = new SplittableRandom(seed);
  }

  /** One draw: true with probability {@code p}. */
  boolean chance(double p) {
    return rnd.nextDouble() < p;
  }

  /** One draw from 0 (included) to 1 (excluded). */
  double fraction() {
    return rnd.nextDouble();
  }

  /** One draw from 0 to {@code bound} excluded. */
  int below(int bound) {
    return rnd.nextInt(bound);
  }

  /** One draw within the span, both ends included. */
  int in(Span span) {
    return between(span.min(), span.max());
  }

  /** One draw from {@code min} to {@code max}, both included. */
  int between(int min, int max) {
    return rnd.nextInt(min, max + 1);
  }

  /**
   * A day from {@code from} to {@code to} inclusive: one draw, or none and {@code from} when the
   * range is empty.
   */
  int day(int from, int to) {
    return to <= from ? from : rnd.nextInt(from, to + 1);
  }

  /** One draw: a number of days of so many whole years, from the span's least to its greatest. */
  int years(Span years) {
    return rnd.nextInt(years.min() * 365, years.max() * 365 + 1);
  }

  /** One draw: any item of the list, which must not be empty. */
  <T> T any(List<T> items) {
    return items.get(rnd.nextInt(items.size()));
  }

  /** One draw: any item of the list; or, when it is empty, no draw and {@code otherwise}. */
  <T> T anyOr(List<T> items, T otherwise) {
    return items.isEmpty() ? otherwise : items.get(rnd.nextInt(items.size()));
  }

  /** One draw: any item of the array, which must not be empty. */
  <T> T any(T[] items) {
    return items[rnd.nextInt(items.length)];
  }

  /** One draw: an option in proportion to its weight. */
  <T> T any(Weighted<T> options) {
    return options.at(rnd.nextInt(options.total()));
  }
}
