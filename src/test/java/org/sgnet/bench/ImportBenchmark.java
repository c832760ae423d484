package org.sgnet.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.sgnet.bundle.Bundle;
import org.sgnet.store.BundleImporter;
import org.sgnet.store.ImportProgress;
import org.sgnet.store.ImportSummary;
import org.sgnet.store.Store;
import org.sgnet.store.StoreSettings;

/**
 * The import into a new embedded store in a JVM that has already imported: the rate a running
 * process (a {@code sgnet serve} taking imports, a notebook's session) reaches once the JIT has
 * compiled the write path, beside the cold {@code sgnet import} command that {@code
 * bench/import.sh} times. Each iteration imports the same bundle, read once, into a store of its
 * own opened before the timer starts (the store's start and schema are not measured; the commit
 * is).
 *
 * <p>The default network is issue 2's benchmark bundle: {@code sgnet generate --children 13000
 * --seed 1 --events-per-year 2.5}, 232,915 rows (29,412 people, 102,394 events). Each iteration's
 * rows/s and peak heap (the heap pools' peaks since the store opened, summed: an upper bound) are
 * printed beside JMH's seconds per import. Run by {@code bench/jmh.sh ImportBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(value = 1)
public class ImportBenchmark {

  /** Children in the generated network. */
  @Param({"13000"})
  public int children;

  /** The generator's seed. */
  @Param({"1"})
  public long seed;

  /** Chronology events per child per year. */
  @Param({"2.5"})
  public double eventsPerYear;

  /** Rows per {@code UNWIND} batch. */
  @Param({"10000"})
  public int batchSize;

  /** {@code ONE}, {@code BATCH} or {@code AUTO}, as {@code sgnet import --transactions}. */
  @Param({"AUTO"})
  public String transactions;

  private Bundle bundle;
  private Path db;
  private Store store;
  private ImportSummary last;

  @Setup(Level.Trial)
  public void generate() {
    bundle = GeneratedNetwork.bundle(children, seed, eventsPerYear);
  }

  @Setup(Level.Iteration)
  public void openNewStore() throws IOException {
    db = Files.createTempDirectory("sgnet-import-bench-db");
    store = Store.open(StoreSettings.embedded(db));
    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
  }

  @Benchmark
  public ImportSummary importBundle() {
    last =
        new BundleImporter(store, batchSize, BundleImporter.Transactions.valueOf(transactions))
            .importBundle(bundle, ImportProgress.NONE);
    return last;
  }

  @TearDown(Level.Iteration)
  public void closeStore() {
    long peak = GeneratedNetwork.peakHeapMiB();
    store.close();
    GeneratedNetwork.delete(db);
    System.out.printf(
        Locale.ROOT,
        "%n  %,d rows: %,.0f rows/s, peak heap %,d MiB%n",
        last.rows(),
        last.rowsPerSecond(),
        peak);
  }
}
