package org.sgnet.load;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * The answers of one endpoint: every latency (so percentiles are exact, not estimated) and the
 * statuses that were errors. A ten-minute run holds a few hundred thousand latencies at most.
 */
final class Tally {

  /** The status recorded for a request that got no answer (a timeout or a lost connection). */
  static final int NO_ANSWER = 0;

  private long[] nanos = new long[1024];
  private int count;
  private final Map<Integer, Integer> errors = new TreeMap<>();

  /** Records one answer; a status outside 2xx counts as an error, whatever its latency. */
  synchronized void record(int status, long elapsedNanos) {
    if (count == nanos.length) {
      nanos = Arrays.copyOf(nanos, count * 2);
    }
    nanos[count++] = elapsedNanos;
    if (status < 200 || status > 299) {
      errors.merge(status, 1, Integer::sum);
    }
  }

  /** What was recorded so far, with its percentiles. */
  synchronized Summary summary(String endpoint) {
    long[] sorted = Arrays.copyOf(nanos, count);
    Arrays.sort(sorted);
    return new Summary(
        endpoint,
        count,
        percentile(sorted, 50),
        percentile(sorted, 90),
        percentile(sorted, 99),
        count == 0 ? 0 : sorted[count - 1],
        new TreeMap<>(errors));
  }

  /** The nearest-rank percentile: the smallest value at or above p per cent of the values. */
  static long percentile(long[] sorted, int p) {
    if (sorted.length == 0) {
      return 0;
    }
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.max(rank, 1) - 1];
  }

  /**
   * One endpoint's figures.
   *
   * @param endpoint the method and route, ids replaced by {@code {id}}
   * @param count the requests answered or failed
   * @param p50 the median latency, in nanoseconds
   * @param p90 the 90th percentile, in nanoseconds
   * @param p99 the 99th percentile, in nanoseconds
   * @param max the slowest, in nanoseconds
   * @param errors how many answers had each status outside 2xx ({@link #NO_ANSWER}: none)
   */
  record Summary(
      String endpoint,
      int count,
      long p50,
      long p90,
      long p99,
      long max,
      Map<Integer, Integer> errors) {

    Summary {
      // Sorted by status, so the report reads the same way every run.
      errors = java.util.Collections.unmodifiableMap(new TreeMap<>(errors));
    }

    int errorCount() {
      return errors.values().stream().mapToInt(Integer::intValue).sum();
    }
  }
}
