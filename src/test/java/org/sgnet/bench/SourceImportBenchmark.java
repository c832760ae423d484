package org.sgnet.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
import org.sgnet.identity.SourceImport;
import org.sgnet.sources.SourceFormats;
import org.sgnet.sources.SourceOptions;
import org.sgnet.sources.ssda903.Ssda903Returns;
import org.sgnet.store.BundleImporter;
import org.sgnet.store.ImportProgress;
import org.sgnet.store.Store;
import org.sgnet.store.StoreSettings;

/**
 * An SSDA903 return from its files into a new embedded store: reading, mapping, identity matching,
 * the bundle check and the write, as {@code sgnet import --from ssda903 --rejects FILE} does them,
 * in a JVM that has imported before. {@code sample} is the public sample's CSV set (12 files,
 * 26,000 records, two of them refused on purpose); a number is a generated return of that many
 * children (a large authority looks after 1,000 to 2,500). Each iteration prints the bundle rows
 * per second and the peak heap. Run by {@code bench/jmh.sh SourceImportBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1)
public class SourceImportBenchmark {

  static final Path SAMPLE = Path.of("src/test/resources/statutory/ssda903_lac_validator");

  /** {@code sample}, or the children of a generated return. */
  @Param({"sample", "2500"})
  public String source;

  private Path generated;
  private List<Path> files;
  private Path db;
  private Store store;
  private long rows;
  private long nanos;

  @Setup(Level.Trial)
  public void files() throws IOException {
    if (source.equals("sample")) {
      files =
          List.of(
                  "header",
                  "episodes",
                  "reviews",
                  "missing",
                  "sw_episodes",
                  "uasc",
                  "oc2",
                  "oc3",
                  "ad1",
                  "placed_for_adoption",
                  "previous_permanence",
                  "DoLo")
              .stream()
              .map(f -> SAMPLE.resolve(f + ".csv"))
              .toList();
    } else {
      generated = Files.createTempDirectory("sgnet-903-bench");
      files = Ssda903Returns.write(generated, Integer.parseInt(source), 1);
    }
  }

  @Setup(Level.Iteration)
  public void openNewStore() throws IOException {
    db = Files.createTempDirectory("sgnet-source-bench-db");
    store = Store.open(StoreSettings.embedded(db));
    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
  }

  @Benchmark
  public SourceImport.Outcome importReturn() {
    long started = System.nanoTime();
    SourceImport.Outcome outcome =
        new SourceImport(store, new BundleImporter(store, 10_000))
            .run(
                SourceFormats.named("ssda903"),
                files,
                new SourceOptions("975"),
                true,
                ImportProgress.NONE);
    nanos = System.nanoTime() - started;
    rows = outcome.conversion().bundle().rowCount();
    return outcome;
  }

  @TearDown(Level.Iteration)
  public void closeStore() {
    long peak = GeneratedNetwork.peakHeapMiB();
    store.close();
    GeneratedNetwork.delete(db);
    System.out.printf(
        Locale.ROOT,
        "%n  %,d bundle rows: %,.0f rows/s (conversion and import), peak heap %,d MiB%n",
        rows,
        rows / (nanos / 1e9),
        peak);
  }

  @TearDown(Level.Trial)
  public void deleteGenerated() {
    if (generated != null) {
      GeneratedNetwork.delete(generated);
    }
  }
}
