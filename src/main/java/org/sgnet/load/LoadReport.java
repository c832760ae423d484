package org.sgnet.load;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The figures of a load run: per endpoint and overall. Holds no ids and no answers. */
public final class LoadReport {

  private final List<Tally.Summary> endpoints;
  private final long elapsedNanos;

  LoadReport(List<Tally.Summary> endpoints, long elapsedNanos) {
    this.endpoints = List.copyOf(endpoints);
    this.elapsedNanos = elapsedNanos;
  }

  /** Requests that were answered outside 2xx or not at all. */
  public int errors() {
    return endpoints.stream().mapToInt(Tally.Summary::errorCount).sum();
  }

  /** Every request sent, logins and the listing of children included. */
  public int requests() {
    return endpoints.stream().mapToInt(Tally.Summary::count).sum();
  }

  /** Prints one markdown table row per endpoint, then the totals. */
  public void print(PrintWriter out) {
    double seconds = elapsedNanos / 1e9;
    out.println("| endpoint | requests | per s | p50 ms | p90 ms | p99 ms | max ms | errors |");
    out.println("|---|---:|---:|---:|---:|---:|---:|---|");
    for (Tally.Summary s : endpoints) {
      out.printf(
          Locale.ROOT,
          "| `%s` | %,d | %.1f | %s | %s | %s | %s | %s |%n",
          s.endpoint(),
          s.count(),
          s.count() / seconds,
          millis(s.p50()),
          millis(s.p90()),
          millis(s.p99()),
          millis(s.max()),
          errors(s.errors()));
    }
    out.printf(
        Locale.ROOT,
        "total: %,d requests in %.1f s, %.1f requests/s, %,d errors%n",
        requests(),
        seconds,
        requests() / seconds,
        errors());
    out.flush();
  }

  private static String millis(long nanos) {
    double ms = nanos / 1e6;
    return ms < 10
        ? String.format(Locale.ROOT, "%.1f", ms)
        : String.format(Locale.ROOT, "%.0f", ms);
  }

  /** Status counts such as {@code 503×2}; {@code none} when every answer was 2xx. */
  static String errors(Map<Integer, Integer> errors) {
    if (errors.isEmpty()) {
      return "none";
    }
    return errors.entrySet().stream()
        .map(
            e ->
                (e.getKey() == Tally.NO_ANSWER ? "no answer" : String.valueOf(e.getKey()))
                    + "×"
                    + e.getValue())
        .collect(Collectors.joining(", "));
  }
}
