package org.sgnet.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Values;
import org.sgnet.SgnetException;
import org.sgnet.store.Store;

/**
 * The backup file on its own, without a store: every property type reads back as it was written,
 * and a backup that is damaged, cut short, incomplete or of another version is refused before
 * anything is written.
 */
class BackupFileTest {

  @TempDir Path dir;

  /** One property of every type Neo4j stores, and lists of them. */
  private static Map<String, Object> everyType() {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("string", "Zoë \"quoted\" \n newline");
    p.put("long", 9_007_199_254_740_993L);
    p.put("negative", -3L);
    p.put("double", 2.0);
    p.put("fraction", 0.1);
    p.put("nan", Double.NaN);
    p.put("infinity", Double.NEGATIVE_INFINITY);
    p.put("bool", true);
    p.put("date", LocalDate.of(2011, 2, 28));
    p.put("datetimeZone", ZonedDateTime.of(2024, 3, 31, 1, 30, 0, 5, ZoneId.of("Europe/London")));
    p.put("datetimeOffset", ZonedDateTime.of(2024, 3, 1, 10, 0, 0, 0, ZoneOffset.ofHours(-5)));
    p.put("localdatetime", LocalDateTime.of(2020, 1, 2, 3, 4, 5, 600));
    p.put("time", OffsetTime.of(10, 15, 30, 0, ZoneOffset.ofHours(1)));
    p.put("localtime", LocalTime.of(23, 59, 59, 999_999_999));
    p.put("duration", Values.isoDuration(14, 3, 3_600, 7).asIsoDuration());
    p.put("point2d", Values.point(4326, -0.1276, 51.5072).asPoint());
    p.put("point3d", Values.point(9157, 1.0, 2.0, 3.0).asPoint());
    p.put("strings", List.of("a", "b"));
    p.put("longs", List.of(1L, 2L));
    p.put("doubles", List.of(1.5, 2.0));
    p.put("dates", List.of(LocalDate.of(2020, 1, 1), LocalDate.of(2021, 1, 1)));
    p.put("empty", List.of());
    return p;
  }

  @Test
  void shouldReadEveryPropertyTypeBackAsItWasWritten() throws IOException {
    Path file = backup(dir.resolve("b.zip"), "x-child", null);

    try (ArchiveReader reader = ArchiveReader.open(file)) {
      List<GraphLines.Node> nodes = new ArrayList<>();
      List<GraphLines.Relationship> rels = new ArrayList<>();
      lines(reader, BackupFile.NODES).forEach(l -> nodes.add(GraphLines.readNode(l, "n")));
      lines(reader, BackupFile.RELATIONSHIPS)
          .forEach(l -> rels.add(GraphLines.readRelationship(l, "r")));

      assertThat(reader.manifest().nodes()).isEqualTo(2);
      assertThat(nodes.get(0).labels()).containsExactly("Person", "Child");
      Map<String, Object> read = nodes.get(0).props();
      Map<String, Object> written = everyType();
      written.put("id", "x-child");
      assertThat(read.keySet()).containsExactlyInAnyOrderElementsOf(written.keySet());
      for (String key : written.keySet()) {
        if (key.equals("nan")) {
          assertThat((Double) read.get(key)).isNaN();
        } else {
          assertThat(read.get(key)).as(key).isEqualTo(written.get(key));
          if (!(written.get(key) instanceof List)) {
            assertThat(read.get(key)).as(key).hasSameClassAs(written.get(key));
          }
        }
      }
      assertThat(((List<?>) read.get("longs")).get(0)).isInstanceOf(Long.class);
      assertThat(((List<?>) read.get("doubles")).get(1)).isInstanceOf(Double.class);
      assertThat(rels)
          .singleElement()
          .satisfies(
              r -> {
                assertThat(r.type()).isEqualTo("SIBLING");
                assertThat(r.from()).isEqualTo(1);
                assertThat(r.to()).isEqualTo(2);
                assertThat(r.props()).containsEntry("start", LocalDate.of(2019, 5, 1));
              });
    }
  }

  @Test
  void shouldRefuseAFlippedByteNamingTheEntryAndWriteNothing() throws IOException {
    Path file = backup(dir.resolve("b.zip"), "x-child", null);
    byte[] bytes = Files.readAllBytes(file);
    long offset = dataOffset(file, BackupFile.NODES);
    bytes[(int) offset + 40] ^= 0x20;
    Files.write(file, bytes);

    assertRefused(file, "entry " + BackupFile.NODES);
  }

  @Test
  void shouldRefuseAnEntryWhoseContentDiffersFromItsChecksum() throws IOException {
    Path good = backup(dir.resolve("good.zip"), "x-child", null);
    // The same zip with one letter of the graph changed and the zip itself valid: only the
    // manifest's SHA-256 tells.
    Path file = rewrite(good, BackupFile.NODES, s -> s.replace("x-child", "y-child"));

    assertRefused(file, "entry graph/nodes.jsonl: its SHA-256 does not match the manifest");
  }

  @Test
  void shouldRefuseATruncatedBackup() throws IOException {
    Path file = backup(dir.resolve("b.zip"), "x-child", null);
    byte[] bytes = Files.readAllBytes(file);
    Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length * 2 / 3));

    assertRefused(file, "cut short (truncated)");
  }

  @Test
  void shouldRefuseABackupWithAMissingEntry() throws IOException {
    Path good = backup(dir.resolve("good.zip"), "x-child", null);
    Path file = rewrite(good, BackupFile.FILES + "users", null);

    assertRefused(file, "entry files/users: missing");
  }

  @Test
  void shouldRefuseAnEditedManifest() throws IOException {
    Path good = backup(dir.resolve("good.zip"), "x-child", null);
    Path file =
        rewrite(good, BackupFile.MANIFEST, s -> s.replace("\"nodes\" : 2", "\"nodes\" : 3"));

    assertRefused(file, "entry manifest.json: its SHA-256 does not match manifest.sha256");
  }

  @Test
  void shouldRefuseAnUnknownFormatVersion() throws IOException {
    Path file = backup(dir.resolve("b.zip"), "x-child", 2);

    assertRefused(file, "backup format version 2, which this sgnet cannot read");
  }

  @Test
  void shouldRefuseAMigrationThisVersionDoesNotKnow() throws IOException {
    Path file = backup(dir.resolve("b.zip"), "x-child", null, "V999__from_the_future");

    assertRefused(file, "schema migration V999__from_the_future");
  }

  @Test
  void shouldRefuseToRestoreOverADirectoryThatHoldsAnything() throws IOException {
    Path file = backup(dir.resolve("b.zip"), "x-child", null);
    Path target = Files.createDirectories(dir.resolve("db"));
    Files.writeString(target.resolve("users"), "someone");

    assertThatThrownBy(() -> Restore.restore(file, target))
        .isInstanceOfSatisfying(
            SgnetException.class,
            e -> assertThat(e.kind()).isEqualTo(SgnetException.Kind.INVALID_INPUT))
        .hasMessageContaining("is not empty");
    assertThat(Files.readString(target.resolve("users"))).isEqualTo("someone");
  }

  @Test
  void shouldReadTheTransactionNumberOfANeo4jBookmark() {
    // Bookmarks a served store gave after writes number 92 and 96, and hand-made ones past 127.
    assertThat(TransactionNumber.of("FB:kcwQwipjObJhRRWN3k0rE5eed1yQ")).isEqualTo(92);
    assertThat(TransactionNumber.of("FB:kcwQwipjObJhRRWN3k0rE5eed2CQ")).isEqualTo(96);
    assertThat(TransactionNumber.of("FB:kcwQwipjObJhRRWN3k0rE5eed1+Q")).isEqualTo(95);
    assertThat(TransactionNumber.of(bookmark(new byte[] {(byte) 0xc9, 0x01, 0x2c}))).isEqualTo(300);
    assertThat(
            TransactionNumber.of(
                bookmark(new byte[] {(byte) 0xca, 0x00, 0x01, (byte) 0x86, (byte) 0xa0})))
        .isEqualTo(100_000);
    assertThatThrownBy(() -> TransactionNumber.of("FB:kcwQ"))
        .isInstanceOf(SgnetException.class)
        .hasMessageContaining("cannot tell which transaction");
  }

  private static String bookmark(byte[] number) {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.write(0x91);
    b.write(0xcc);
    b.write(16);
    b.writeBytes(new byte[16]);
    b.writeBytes(number);
    b.write(0x90);
    return "FB:" + java.util.Base64.getEncoder().withoutPadding().encodeToString(b.toByteArray());
  }

  private void assertRefused(Path file, String message) {
    Path target = dir.resolve("restored");
    assertThatThrownBy(() -> Restore.restore(file, target))
        .isInstanceOfSatisfying(
            SgnetException.class,
            e -> assertThat(e.kind()).isEqualTo(SgnetException.Kind.INVALID_INPUT))
        .hasMessageContaining(file.toString())
        .hasMessageContaining(message);
    assertThat(target).doesNotExist();
    try (var left = Files.list(dir)) {
      assertThat(left.map(p -> p.getFileName().toString()))
          .as("no half-made store beside the target")
          .noneMatch(n -> n.contains("restoring"));
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  /** Writes a small backup: two people, one tie, the users file and an empty audit log. */
  private static Path backup(Path file, String childId, Integer version, String... extra)
      throws IOException {
    List<String> migrations = new ArrayList<>(Store.migrations());
    migrations.addAll(List.of(extra));
    try (OutputStream out = Files.newOutputStream(file);
        ArchiveWriter zip = new ArchiveWriter(out)) {
      zip.entry(
          BackupFile.NODES,
          o -> {
            var g = GraphLines.generator(o);
            Map<String, Object> child = everyType();
            child.put("id", childId);
            GraphLines.writeNode(g, 1, List.of("Person", "Child"), child);
            GraphLines.writeNode(g, 2, List.of("Person", "Child"), Map.of("id", "sibling"));
            g.flush();
          });
      zip.entry(
          BackupFile.RELATIONSHIPS,
          o -> {
            var g = GraphLines.generator(o);
            GraphLines.writeRelationship(
                g, "SIBLING", 1, 2, Map.of("start", LocalDate.of(2019, 5, 1)));
            g.flush();
          });
      zip.entry(BackupFile.FILES + "users", "a:ANALYST:hash\n".getBytes(StandardCharsets.UTF_8));
      zip.entry(BackupFile.FILES + BackupFile.AUDIT_LOG, new byte[0]);
      zip.finish(
          new Manifest(
              BackupFile.FORMAT,
              version == null ? BackupFile.VERSION : version,
              "test",
              "2026-01-01T00:00:00Z",
              migrations,
              2,
              1,
              new Manifest.AuditPosition(0, "0".repeat(64)),
              1,
              zip.entries()));
    }
    return file;
  }

  /** Copies a backup with one entry changed (or left out, when change is null). */
  private static Path rewrite(
      Path source, String entry, java.util.function.UnaryOperator<String> change)
      throws IOException {
    Path target = source.resolveSibling("changed-" + source.getFileName());
    try (ZipFile in = new ZipFile(source.toFile());
        ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
      for (ZipEntry e : java.util.Collections.list(in.entries())) {
        byte[] bytes = in.getInputStream(e).readAllBytes();
        if (e.getName().equals(entry)) {
          if (change == null) {
            continue;
          }
          bytes =
              change
                  .apply(new String(bytes, StandardCharsets.UTF_8))
                  .getBytes(StandardCharsets.UTF_8);
        }
        out.putNextEntry(new ZipEntry(e.getName()));
        out.write(bytes);
        out.closeEntry();
      }
    }
    return target;
  }

  /** Where an entry's compressed bytes start in the file. */
  private static long dataOffset(Path file, String entry) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    byte[] name = entry.getBytes(StandardCharsets.UTF_8);
    // The local header: 30 fixed bytes, the name, then (for this writer) no extra field.
    outer:
    for (int i = 0; i + 30 + name.length < bytes.length; i++) {
      if (bytes[i] == 'P' && bytes[i + 1] == 'K' && bytes[i + 2] == 3 && bytes[i + 3] == 4) {
        for (int j = 0; j < name.length; j++) {
          if (bytes[i + 30 + j] != name[j]) {
            continue outer;
          }
        }
        int extra = (bytes[i + 28] & 0xff) | (bytes[i + 29] & 0xff) << 8;
        return i + 30 + name.length + extra;
      }
    }
    throw new AssertionError("no entry " + entry);
  }

  private static List<String> lines(ArchiveReader reader, String entry) throws IOException {
    try (var in = reader.open(entry)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    }
  }
}
