package org.sgnet.backup;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiConsumer;
import org.apache.commons.io.FileUtils;
import org.sgnet.SgnetException;
import org.sgnet.audit.AuditLog;
import org.sgnet.store.CypherFile;
import org.sgnet.store.Store;
import org.sgnet.store.StoreSettings;

/**
 * Rebuilds a store from a backup into a new data directory.
 *
 * <p>The whole backup is checked first ({@link ArchiveReader}); nothing is written before. The
 * store is then built in a hidden folder beside the target, opened as any store is (so the schema
 * migrations run), filled, closed, given the server's files, and only then renamed to the target: a
 * failure at any point leaves the target as it was and removes the hidden folder.
 */
public final class Restore {

  /** Rows per write when rebuilding the graph. */
  private static final int BATCH = 5_000;

  private Restore() {}

  /**
   * What a restore rebuilt.
   *
   * @param directory the new data directory
   * @param manifest the backup's manifest
   * @param files the server files it restored, by name
   * @param millis how long it took
   */
  public record Summary(Path directory, Manifest manifest, List<String> files, long millis) {
    public Summary {
      files = List.copyOf(files);
    }
  }

  /**
   * Checks a backup whole without restoring it.
   *
   * @throws SgnetException of kind {@link SgnetException.Kind#INVALID_INPUT} naming the entry and
   *     what is wrong with it
   */
  public static Manifest verify(Path file) {
    try (ArchiveReader reader = ArchiveReader.open(file)) {
      checkMigrations(file, reader.manifest());
      return reader.manifest();
    } catch (IOException e) {
      throw new SgnetException(SgnetException.Kind.FAILURE, "cannot read " + file + ": " + e, e);
    }
  }

  /**
   * Restores a backup into a directory that does not exist yet or is empty.
   *
   * @throws SgnetException of kind {@link SgnetException.Kind#INVALID_INPUT} when the backup is
   *     damaged, cut short or of an unknown version, or the directory holds anything; nothing is
   *     written then
   */
  public static Summary restore(Path file, Path directory) {
    long started = System.nanoTime();
    Path target = directory.toAbsolutePath().normalize();
    refuseNonEmpty(target);
    try (ArchiveReader reader = ArchiveReader.open(file)) {
      Manifest manifest = reader.manifest();
      checkMigrations(file, manifest);
      Path parent = BackupFile.parentOf(target);
      Files.createDirectories(parent);
      Path work = parent.resolve("." + target.getFileName() + ".restoring-" + UUID.randomUUID());
      try {
        BackupFile.createOwnerOnly(work, true);
        rebuildGraph(reader, work);
        List<String> files = restoreFiles(reader, work);
        // Checked again just before the move: another restore or store may have taken the name.
        refuseNonEmpty(target);
        Files.deleteIfExists(target);
        Files.move(work, target, StandardCopyOption.ATOMIC_MOVE);
        return new Summary(target, manifest, files, (System.nanoTime() - started) / 1_000_000);
      } finally {
        if (Files.exists(work)) {
          FileUtils.deleteQuietly(work.toFile());
        }
      }
    } catch (IOException e) {
      throw new SgnetException(
          SgnetException.Kind.FAILURE, "cannot restore " + file + " into " + target + ": " + e, e);
    }
  }

  private static void refuseNonEmpty(Path target) {
    if (!Files.exists(target)) {
      return;
    }
    boolean empty;
    try (var entries = Files.list(target)) {
      empty = entries.findAny().isEmpty();
    } catch (IOException e) {
      throw new SgnetException(
          SgnetException.Kind.FAILURE, "cannot look into " + target + ": " + e, e);
    }
    if (!empty) {
      throw new SgnetException(
          SgnetException.Kind.INVALID_INPUT,
          target
              + " is not empty: a restore builds a new store and never writes over one; give a"
              + " new directory (or move the old one aside first)");
    }
  }

  private static void checkMigrations(Path file, Manifest manifest) {
    for (String version : manifest.migrations()) {
      if (!Store.migrations().contains(version)) {
        throw BackupFile.damaged(
            file
                + ": the store had schema migration "
                + version
                + ", which this version of sgnet does not know: restore with the sgnet that made"
                + " the backup ("
                + manifest.sgnetVersion()
                + ") or a newer one");
      }
    }
  }

  /** Opens a new store in the folder (which applies the migrations) and writes the graph. */
  private static void rebuildGraph(ArchiveReader reader, Path work) throws IOException {
    Manifest manifest = reader.manifest();
    try (Store store = Store.open(StoreSettings.embedded(work), false)) {
      Map<Long, String> elements = new HashMap<>();
      Batches nodes = new Batches(store, elements);
      long read = eachLine(reader, BackupFile.NODES, nodes::add);
      nodes.flush();
      check(reader, BackupFile.NODES, read, manifest.nodes());
      List<Map<String, Object>> rows = new ArrayList<>(BATCH);
      String create = CypherFile.load("backup/create-relationships").statement();
      long rels =
          eachLine(
              reader,
              BackupFile.RELATIONSHIPS,
              (line, where) -> {
                GraphLines.Relationship r = GraphLines.readRelationship(line, where);
                rows.add(
                    Map.of(
                        "type", r.type(),
                        "from", element(elements, r.from(), "from", where),
                        "to", element(elements, r.to(), "to", where),
                        "props", r.props()));
                if (rows.size() == BATCH) {
                  write(store, create, rows);
                }
              });
      write(store, create, rows);
      check(reader, BackupFile.RELATIONSHIPS, rels, manifest.relationships());
    }
  }

  private static String element(Map<Long, String> elements, long key, String field, String where) {
    String element = elements.get(key);
    if (element == null) {
      throw BackupFile.damaged(
          where + ": field " + field + ": no node " + key + " in " + BackupFile.NODES);
    }
    return element;
  }

  private static void check(ArchiveReader reader, String entry, long read, long listed) {
    if (read != listed) {
      throw BackupFile.damaged(
          reader.file()
              + ": entry "
              + entry
              + ": holds "
              + read
              + " lines where the manifest says "
              + listed);
    }
  }

  private static void write(Store store, String statement, List<Map<String, Object>> rows) {
    if (rows.isEmpty()) {
      return;
    }
    List<Map<String, Object>> batch = List.copyOf(rows);
    store.write(tx -> tx.run(statement, Map.of("rows", batch)).consume());
    rows.clear();
  }

  /** Calls the handler with each line of an entry and its place, and returns how many lines. */
  private static long eachLine(
      ArchiveReader reader, String entry, BiConsumer<String, String> handler) throws IOException {
    long n = 0;
    try (BufferedReader lines =
        new BufferedReader(new InputStreamReader(reader.open(entry), StandardCharsets.UTF_8))) {
      String line;
      while ((line = lines.readLine()) != null) {
        n++;
        handler.accept(line, reader.file() + ": entry " + entry + ": line " + n);
      }
    }
    return n;
  }

  /**
   * Nodes waiting to be written, in batches; the records of schema migrations take the place of the
   * ones the new store made when it opened.
   */
  private static final class Batches {
    private final Store store;
    private final Map<Long, String> elements;
    private final Map<Long, Map<String, Object>> plain = new HashMap<>();
    private final Map<Long, Map<String, Object>> migrations = new HashMap<>();

    Batches(Store store, Map<Long, String> elements) {
      this.store = store;
      this.elements = elements;
    }

    private boolean pending(long key) {
      return plain.containsKey(key) || migrations.containsKey(key);
    }

    /** Reads one line of the nodes' entry; a node given twice damages the backup. */
    void add(String line, String where) {
      GraphLines.Node n = GraphLines.readNode(line, where);
      if (elements.containsKey(n.key()) || pending(n.key())) {
        throw BackupFile.damaged(where + ": field key: node " + n.key() + " twice");
      }
      Map<String, Object> row = Map.of("key", n.key(), "labels", n.labels(), "props", n.props());
      boolean migration = n.labels().contains("SgnetMigration");
      (migration ? migrations : plain).put(n.key(), row);
      if (plain.size() >= BATCH) {
        flush();
      }
    }

    void flush() {
      write("backup/create-nodes", plain);
      write("backup/merge-migrations", migrations);
    }

    private void write(String file, Map<Long, Map<String, Object>> rows) {
      if (rows.isEmpty()) {
        return;
      }
      List<Map<String, Object>> batch = List.copyOf(rows.values());
      String statement = CypherFile.load(file).statement();
      store.write(
          tx ->
              tx.run(statement, Map.of("rows", batch))
                  .list(r -> elements.put(r.get("key").asLong(), r.get("element").asString())));
      rows.clear();
    }
  }

  /** Writes the server's files and the audit log into the new store's folder, owner-only. */
  private static List<String> restoreFiles(ArchiveReader reader, Path work) throws IOException {
    List<String> restored = new ArrayList<>();
    for (String name : BackupFile.SERVER_FILES) {
      if (reader.has(BackupFile.FILES + name)) {
        copy(reader, BackupFile.FILES + name, work.resolve(name));
        restored.add(name);
      }
    }
    Manifest.AuditPosition audit = reader.manifest().audit();
    String entry = BackupFile.FILES + BackupFile.AUDIT_LOG;
    if (audit != null && reader.has(entry)) {
      Path log = work.resolve(BackupFile.AUDIT_LOG);
      copy(reader, entry, log);
      Path head = log.resolveSibling(log.getFileName() + ".head");
      BackupFile.createOwnerOnly(head, false);
      Files.writeString(
          head, audit.lines() + " " + audit.lastHash() + "\n", StandardCharsets.UTF_8);
      AuditLog.Verification v = AuditLog.verify(log);
      if (!v.intact() || v.lines() != audit.lines()) {
        throw BackupFile.damaged(
            reader.file()
                + ": entry "
                + entry
                + ": the copy of the audit log does not verify at line "
                + v.badLine()
                + ": "
                + v.reason());
      }
      restored.add(BackupFile.AUDIT_LOG);
    }
    return restored;
  }

  private static void copy(ArchiveReader reader, String entry, Path target) throws IOException {
    BackupFile.createOwnerOnly(target, false);
    try (InputStream in = reader.open(entry);
        OutputStream out = Files.newOutputStream(target, StandardOpenOption.WRITE)) {
      in.transferTo(out);
    }
  }
}
