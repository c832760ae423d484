package org.sgnet.load;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.sgnet.SgnetException;

/**
 * Samples the heap of a server process on this machine with the JDK's {@code jstat -gc}, every few
 * seconds, for the whole run: the server exposes no heap figures over HTTP (its health endpoint
 * shows no details), and one long-running {@code jstat} costs the machine far less than a {@code
 * jcmd} per sample.
 */
public final class HeapSampler implements AutoCloseable {

  /** The used heap, in bytes, as sampled. */
  public record Heap(int samples, long peakUsed, long lastUsed, long lastCapacity) {
    @Override
    public String toString() {
      return String.format(
          Locale.ROOT,
          "server heap used (jstat, %d samples): peak %,d MiB, at the end %,d MiB of %,d MiB",
          samples,
          peakUsed >> 20,
          lastUsed >> 20,
          lastCapacity >> 20);
    }
  }

  private final Process jstat;
  private final Thread reader;
  private int samples;
  private long peak;
  private long last;
  private long capacity;

  /** Starts sampling the process every {@code intervalSeconds}. */
  public HeapSampler(long pid, int intervalSeconds) {
    String java = System.getProperty("java.home");
    String command = java == null ? "jstat" : java + "/bin/jstat";
    try {
      this.jstat =
          new ProcessBuilder(command, "-gc", Long.toString(pid), intervalSeconds + "s")
              .redirectErrorStream(true)
              .start();
    } catch (IOException e) {
      throw new SgnetException(
          SgnetException.Kind.INVALID_INPUT,
          "--server-pid: cannot run jstat (a JDK's, beside this java) to sample the heap",
          e);
    }
    this.reader = new Thread(this::read, "load-heap");
    reader.setDaemon(true);
    reader.start();
  }

  private void read() {
    try (BufferedReader in =
        new BufferedReader(new InputStreamReader(jstat.getInputStream(), StandardCharsets.UTF_8))) {
      List<String> header = null;
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        List<String> cells = List.of(line.strip().split("\\s+"));
        if (cells.contains("EU")) {
          header = cells;
        } else if (header != null && cells.size() == header.size()) {
          sample(header, cells);
        }
      }
    } catch (IOException ended) {
      // jstat was stopped by close(): the samples taken so far are the result.
    }
  }

  /** Used: survivors, eden and old generation; capacity likewise (jstat prints KiB). */
  private synchronized void sample(List<String> header, List<String> cells) {
    long used = 0;
    long total = 0;
    for (String column : List.of("S0U", "S1U", "EU", "OU")) {
      used += kib(cells.get(header.indexOf(column)));
    }
    for (String column : List.of("S0C", "S1C", "EC", "OC")) {
      total += kib(cells.get(header.indexOf(column)));
    }
    samples++;
    last = used;
    capacity = total;
    peak = Math.max(peak, used);
  }

  private static long kib(String cell) {
    return (long) (Double.parseDouble(cell) * 1024);
  }

  /** What was sampled so far. */
  public synchronized Heap heap() {
    return new Heap(samples, peak, last, capacity);
  }

  @Override
  public void close() {
    jstat.destroy();
  }
}
