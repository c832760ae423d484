package org.sgnet.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Value;
import org.neo4j.driver.Values;
import org.sgnet.SgnetException;
import org.sgnet.SharedStore;
import org.sgnet.audit.AuditEntry;
import org.sgnet.audit.AuditLog;
import org.sgnet.demo.DemoBundle;
import org.sgnet.export.ExportFormat;
import org.sgnet.export.GraphSnapshotReader;
import org.sgnet.export.NetworkExporter;
import org.sgnet.store.BundleImporter;
import org.sgnet.store.ImportProgress;
import org.sgnet.store.Store;
import org.sgnet.store.StoreSettings;

/**
 * A backup of a real store restores to the same graph, files and audit position, even while
 * transactions commit during the backup: each is wholly in it or wholly out.
 */
class BackupRestoreIT {

  @TempDir Path dir;

  private Store store;
  private Path files;
  private Path audit;

  @BeforeEach
  void populate() throws Exception {
    store = SharedStore.clear();
    new BundleImporter(store, 1_000)
        .importBundle(
            new org.sgnet.bundle.BundleReader().read(DemoBundle.extract(dir.resolve("demo"))),
            ImportProgress.NONE);
    store.write(
        tx ->
            tx.run(
                    "CREATE (a:Oddity {id: 'every-type'})-[:ODD $rel]->(b:Oddity:Second $props)",
                    Map.of("props", everyType(), "rel", everyType()))
                .consume());
    files = Files.createDirectories(dir.resolve("files"));
    Files.writeString(files.resolve("users"), "analyst:ANALYST:$2a$04$hash:0:1\n");
    Files.writeString(files.resolve("jwt-secret"), "secret\n");
    // The last line of the key is being appended: a backup keeps only whole lines.
    Files.writeString(files.resolve("pseudonym-key"), "person:child-j=Child A\nperson:mo");
    audit = files.resolve("audit.log");
    try (AuditLog log = new AuditLog(audit)) {
      for (int i = 0; i < 3; i++) {
        log.append(
            new AuditEntry(
                Instant.now(),
                "analyst",
                List.of("ANALYST"),
                "GET",
                "/api/x",
                "/api/x",
                null,
                Map.of(),
                200,
                true,
                null,
                null,
                null));
      }
    }
  }

  private static Map<String, Object> everyType() {
    return Map.ofEntries(
        Map.entry("string", "text"),
        Map.entry("long", 42L),
        Map.entry("double", 2.0),
        Map.entry("bool", false),
        Map.entry("date", LocalDate.of(2011, 2, 28)),
        Map.entry(
            "datetime", ZonedDateTime.of(2024, 3, 1, 10, 0, 0, 7, ZoneId.of("Europe/London"))),
        Map.entry("offsetDatetime", ZonedDateTime.of(2024, 3, 1, 10, 0, 0, 0, ZoneOffset.UTC)),
        Map.entry("localdatetime", LocalDateTime.of(2020, 1, 2, 3, 4, 5)),
        Map.entry("time", OffsetTime.of(10, 15, 30, 0, ZoneOffset.ofHours(1))),
        Map.entry("localtime", LocalTime.of(23, 59)),
        Map.entry("duration", Values.isoDuration(14, 3, 3_600, 7)),
        Map.entry("point", Values.point(4326, -0.1276, 51.5072)),
        Map.entry("point3d", Values.point(9157, 1.0, 2.0, 3.0)),
        Map.entry("bytes", new byte[] {1, 2, 3}),
        Map.entry("strings", List.of("a", "b")),
        Map.entry("longs", List.of(1L, 2L)),
        Map.entry("dates", List.of(LocalDate.of(2020, 1, 1))));
  }

  @Test
  void shouldRestoreTheSameGraphFilesAndAuditPosition() throws Exception {
    Backup.Summary backup = backup().write(dir.resolve("b.zip"));
    Set<PosixFilePermission> owner =
        Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
    assertThat(Files.getPosixFilePermissions(backup.file())).isEqualTo(owner);
    List<String> graph = graph(store);
    byte[] export = export(store);

    Path restored = dir.resolve("restored");
    Restore.restore(backup.file(), restored);

    try (Store copy = Store.open(StoreSettings.embedded(restored), false)) {
      assertThat(graph(copy)).isEqualTo(graph);
      assertThat(export(copy)).isEqualTo(export);
    }
    assertThat(Files.readString(restored.resolve("users")))
        .isEqualTo(Files.readString(files.resolve("users")));
    assertThat(Files.readString(restored.resolve("jwt-secret"))).isEqualTo("secret\n");
    assertThat(Files.readString(restored.resolve("pseudonym-key")))
        .isEqualTo("person:child-j=Child A\n");
    assertThat(Files.getPosixFilePermissions(restored.resolve("users"))).isEqualTo(owner);
    AuditLog.Verification kept = AuditLog.verify(restored.resolve("audit.log"));
    assertThat(kept.intact()).isTrue();
    assertThat(kept.lines()).isEqualTo(3);
    assertThat(kept.lastHash()).isEqualTo(AuditLog.verify(audit).lastHash());
    assertThat(backup.manifest().audit().lines()).isEqualTo(3);
    assertThat(backup.manifest().migrations()).isEqualTo(Store.migrations());
    assertThat(restored.resolve("bolt-password"))
        .as("the restored store has a Bolt password of its own")
        .exists();
  }

  @Test
  void shouldTakeEachConcurrentWriteWhollyOrNotAtAll() throws Exception {
    // Each write creates a pair of nodes in one transaction: a backup that caught a transaction
    // half-way, or one before and not the next, would hold an odd one out.
    AtomicBoolean stop = new AtomicBoolean();
    AtomicLong pairs = new AtomicLong();
    List<Throwable> failures = new ArrayList<>();
    Thread writer =
        new Thread(
            () -> {
              try {
                while (!stop.get()) {
                  long n = pairs.incrementAndGet();
                  // A busy server, not a flood: the backup needs a moment between two commits.
                  Thread.sleep(100);
                  store.write(
                      tx ->
                          tx.run(
                                  "CREATE (:Pair {n: $n, half: 1})-[:OF]->(:Pair {n: $n, half: 2})",
                                  Map.of("n", n))
                              .consume());
                }
              } catch (Throwable t) {
                failures.add(t);
              }
            });
    writer.start();
    Backup.Summary backup;
    try {
      // The writer numbers a pair before writing it: once it has numbered the sixth, the fifth
      // is committed.
      while (pairs.get() < 6) {
        Thread.sleep(10);
      }
      backup = backup().write(dir.resolve("busy.zip"));
    } finally {
      stop.set(true);
      writer.join();
    }
    assertThat(failures).isEmpty();
    System.out.println(
        "backup under writes: "
            + backup.manifest().attempts()
            + " read(s), "
            + backup.millis()
            + " ms");

    Path restored = dir.resolve("restored-busy");
    Restore.restore(backup.file(), restored);
    try (Store copy = Store.open(StoreSettings.embedded(restored), false)) {
      List<Long> halves =
          copy.read(
              tx ->
                  tx.run(
                          "MATCH (p:Pair) OPTIONAL MATCH (p)-[:OF]-(q:Pair {n: p.n})"
                              + " RETURN p.n AS n, p.half AS half, count(q) AS other ORDER BY n, half")
                      .list(r -> r.get("other").asLong()));
      assertThat(halves).as("every pair whole").allMatch(o -> o == 1);
      List<Long> numbers =
          copy.read(
              tx ->
                  tx.run("MATCH (p:Pair {half: 1}) RETURN p.n AS n ORDER BY n")
                      .list(r -> r.get("n").asLong()));
      assertThat(numbers)
          .as("the pairs up to one moment, none missing before it")
          .isEqualTo(java.util.stream.LongStream.rangeClosed(1, numbers.size()).boxed().toList());
      assertThat(numbers.size()).isGreaterThanOrEqualTo(5).isLessThan((int) pairs.get() + 1);
    }
  }

  @Test
  void shouldNeverOverwriteAFile() throws Exception {
    Path existing = Files.writeString(dir.resolve("taken.zip"), "keep");

    assertThatThrownBy(() -> backup().write(existing))
        .isInstanceOfSatisfying(
            SgnetException.class,
            e -> assertThat(e.kind()).isEqualTo(SgnetException.Kind.INVALID_INPUT))
        .hasMessageContaining("never overwrites");
    assertThat(Files.readString(existing)).isEqualTo("keep");
  }

  private Backup backup() {
    return new Backup(store, files, audit, "test");
  }

  /** Every node and relationship but the backup's own fence counter, as sorted text. */
  private static List<String> graph(Store s) {
    List<String> lines = new ArrayList<>();
    lines.addAll(
        s.read(
            tx ->
                tx.run(
                        "MATCH (n) WHERE NOT (n:SgnetCounter AND n.name = 'backup')"
                            + " RETURN labels(n) AS l, properties(n) AS p")
                    .list(r -> r.get("l").asList(Value::asString) + " " + text(r.get("p")))));
    lines.addAll(
        s.read(
            tx ->
                tx.run(
                        "MATCH (a)-[r]->(b) RETURN type(r) AS t, properties(a) AS a,"
                            + " properties(b) AS b, properties(r) AS p")
                    .list(
                        r ->
                            r.get("t").asString()
                                + text(r.get("a"))
                                + text(r.get("b"))
                                + text(r.get("p")))));
    lines.sort(null);
    return lines;
  }

  /** A property map as text with its keys in order and byte arrays spelled out. */
  private static String text(Value map) {
    StringBuilder b = new StringBuilder("{");
    new java.util.TreeMap<>(map.asMap())
        .forEach(
            (k, v) ->
                b.append(k)
                    .append('=')
                    .append(v instanceof byte[] bytes ? java.util.Arrays.toString(bytes) : v)
                    .append(v == null ? "" : "/" + v.getClass().getSimpleName())
                    .append(';'));
    return b.append('}').toString();
  }

  private static byte[] export(Store s) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new NetworkExporter(new GraphSnapshotReader(s)).write(ExportFormat.JSON, out);
    return out.toByteArray();
  }
}
