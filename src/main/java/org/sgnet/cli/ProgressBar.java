package org.sgnet.cli;

import java.io.PrintStream;
import java.util.Locale;
import org.sgnet.store.ImportProgress;

/**
 * A one-line progress bar with rows per second, drawn on a terminal only: when output goes to a
 * file or a pipe nothing is drawn, so logs stay clean.
 */
final class ProgressBar implements ImportProgress {

  private static final int WIDTH = 30;

  private final PrintStream out;
  private final String label;
  private final String unit;
  private final long started = System.nanoTime();
  private long lastDrawn;

  private ProgressBar(PrintStream out, String label, String unit) {
    this.out = out;
    this.label = label;
    this.unit = unit;
  }

  /**
   * Returns an import's bar drawing on standard error when a terminal is attached, else nothing.
   */
  static ImportProgress forTerminal() {
    return forTerminal("Importing", "rows");
  }

  /**
   * Returns a bar for any long task, such as {@code Generating ... children}, drawing on standard
   * error when a terminal is attached, else nothing.
   */
  static ImportProgress forTerminal(String label, String unit) {
    return System.console() == null
        ? ImportProgress.NONE
        : new ProgressBar(System.err, label, unit);
  }

  @Override
  public void advanced(long rowsWritten, long rowsTotal) {
    long now = System.nanoTime();
    if (rowsWritten < rowsTotal && now - lastDrawn < 200_000_000L) {
      return;
    }
    lastDrawn = now;
    out.print("\r" + line(label, unit, rowsWritten, rowsTotal, (now - started) / 1e9));
    if (rowsWritten >= rowsTotal) {
      out.println();
    }
    out.flush();
  }

  static String line(long done, long total, double seconds) {
    return line("Importing", "rows", done, total, seconds);
  }

  static String line(String label, String unit, long done, long total, double seconds) {
    double fraction = total == 0 ? 1 : (double) done / total;
    int filled = (int) Math.round(fraction * WIDTH);
    double rate = seconds <= 0 ? 0 : done / seconds;
    return String.format(
        Locale.ROOT,
        "%s [%s%s] %3d%% %,d/%,d %s %,.0f %s/s",
        label,
        "#".repeat(filled),
        ".".repeat(WIDTH - filled),
        Math.round(fraction * 100),
        done,
        total,
        unit,
        rate,
        unit);
  }
}
