package org.sgnet.generate;

import java.util.Arrays;
import java.util.List;

/**
 * Options drawn in proportion to whole-number weights: one draw of {@code nextInt(total)} walked
 * along the weights in order, so the order of the options is part of the sequence of draws. A
 * value, though not a record: it keeps the total, as some are drawn for every chronology entry.
 *
 * @param <T> the options' type
 */
final class Weighted<T> {

  private final List<T> options;
  private final int[] weights;
  private final int total;

  /**
   * @param options the options, in a fixed order
   * @param weights one positive weight per option
   */
  Weighted(List<T> options, int[] weights) {
    this.options = List.copyOf(options);
    this.weights = weights.clone();
    if (this.options.isEmpty() || this.options.size() != this.weights.length) {
      throw new IllegalArgumentException("one weight per option, at least one option");
    }
    long sum = 0;
    for (int w : this.weights) {
      if (w <= 0) {
        throw new IllegalArgumentException("weights must be positive: " + Arrays.toString(weights));
      }
      sum += w;
    }
    if (sum > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("weights too large");
    }
    this.total = (int) sum;
  }

  List<T> options() {
    return options;
  }

  /** Returns the sum of the weights: the bound of the one draw. */
  int total() {
    return total;
  }

  /** Returns the option that a draw {@code r} from 0 to {@link #total()} (excluded) falls on. */
  T at(int r) {
    for (int i = 0; i < weights.length; i++) {
      r -= weights[i];
      if (r < 0) {
        return options.get(i);
      }
    }
    return options.get(options.size() - 1);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Weighted<?> w
        && options.equals(w.options)
        && Arrays.equals(weights, w.weights);
  }

  @Override
  public int hashCode() {
    return 31 * options.hashCode() + Arrays.hashCode(weights);
  }

  @Override
  public String toString() {
    return "Weighted" + options + Arrays.toString(weights);
  }
}
