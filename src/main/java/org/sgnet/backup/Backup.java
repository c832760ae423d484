package org.sgnet.backup;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.Value;
import org.sgnet.SgnetException;
import org.sgnet.store.CypherFile;
import org.sgnet.store.Store;

/**
 * Writes a backup of a store: its whole graph as it was at one moment, the server's files and the
 * position of the audit log (see {@link BackupFile} for the layout).
 *
 * <p>Neo4j's reads are read-committed, not snapshots, so the graph is read between two fences:
 * small writes of the backup's own ({@code cypher/backup/fence.cypher}) whose transaction numbers
 * come from the session's bookmarks (see {@link TransactionNumber}). The read runs in the same
 * session, so the server starts it only once every transaction up to the first fence is applied;
 * when the second fence's number follows the first's, nothing committed while the graph was read,
 * and the graph is the store as it was after the first fence. Otherwise (or when a staged import
 * was half-way) the read is thrown away and made again, a bounded number of times.
 */
public final class Backup {

  /** How many times the graph is read before the backup gives up on a store that keeps changing. */
  static final int ATTEMPTS = 10;

  private static final long LONGEST_PAUSE_MILLIS = 5_000;

  /** The hash before an audit log's first line (as {@code AuditLog} chains it). */
  private static final String AUDIT_GENESIS = "0".repeat(64);

  private final Store store;
  private final Path serverFiles;
  private final Path auditLog;
  private final String sgnetVersion;

  /**
   * @param store the store, opened here or through the server that holds it
   * @param serverFiles the folder of the server's files ({@code users}, {@code jwt-secret}, {@code
   *     pseudonym-key})
   * @param auditLog the server's audit log; when it does not exist the backup records no position
   * @param sgnetVersion the version recorded in the manifest
   */
  public Backup(Store store, Path serverFiles, Path auditLog, String sgnetVersion) {
    this.store = store;
    this.serverFiles = serverFiles;
    this.auditLog = auditLog;
    this.sgnetVersion = sgnetVersion;
  }

  /**
   * What a backup wrote.
   *
   * @param file the backup
   * @param bytes its size
   * @param manifest its manifest
   * @param millis how long it took
   */
  public record Summary(Path file, long bytes, Manifest manifest, long millis) {}

  /** Why one read of the graph cannot be kept, or {@code null} when it can. */
  private record Read(String changed, long nodes, long relationships, List<String> migrations) {}

  /**
   * Writes a backup to a new file, owner-only, whole or not at all: it is written beside the target
   * as {@code FILE.partial} and takes its name only when complete.
   *
   * @throws SgnetException of kind {@link SgnetException.Kind#INVALID_INPUT} when the file exists;
   *     of kind {@link SgnetException.Kind#CONFLICT} when the store never stayed still long enough
   *     to be read whole
   */
  public Summary write(Path out) {
    long started = System.nanoTime();
    Path target = out.toAbsolutePath().normalize();
    if (Files.exists(target)) {
      throw new SgnetException(
          SgnetException.Kind.INVALID_INPUT,
          target + " exists: a backup never overwrites a file; give a new name");
    }
    Path parent = BackupFile.parentOf(target);
    Path partial = parent.resolve(target.getFileName() + ".partial");
    try {
      Files.createDirectories(parent);
      Manifest manifest = null;
      String changed = null;
      for (int attempt = 1; manifest == null; attempt++) {
        if (attempt > ATTEMPTS) {
          throw new SgnetException(
              SgnetException.Kind.CONFLICT,
              "the store changed during each of "
                  + ATTEMPTS
                  + " reads of it ("
                  + changed
                  + "); nothing was written: try again when it is quieter");
        }
        if (attempt > 1) {
          pause(attempt);
        }
        Files.deleteIfExists(partial);
        BackupFile.createOwnerOnly(partial, false);
        try (OutputStream file = Files.newOutputStream(partial, StandardOpenOption.WRITE);
            ArchiveWriter zip = new ArchiveWriter(file)) {
          String createdAt = Instant.now().truncatedTo(ChronoUnit.MILLIS).toString();
          Read read = readGraph(zip);
          if (read.changed() != null) {
            changed = read.changed();
            continue;
          }
          for (String name : BackupFile.SERVER_FILES) {
            copyServerFile(zip, name);
          }
          Manifest.AuditPosition audit = copyAudit(zip);
          manifest =
              new Manifest(
                  BackupFile.FORMAT,
                  BackupFile.VERSION,
                  sgnetVersion,
                  createdAt,
                  read.migrations(),
                  read.nodes(),
                  read.relationships(),
                  audit,
                  attempt,
                  zip.entries());
          zip.finish(manifest);
        }
      }
      Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
      return new Summary(
          target, Files.size(target), manifest, (System.nanoTime() - started) / 1_000_000);
    } catch (IOException e) {
      throw new SgnetException(
          SgnetException.Kind.FAILURE, "cannot write the backup " + target + ": " + e, e);
    } finally {
      deletePartial(partial);
    }
  }

  /** Waits before another read: longer each time, so that a burst of writes can pass. */
  private static void pause(int attempt) {
    try {
      Thread.sleep(Math.min(LONGEST_PAUSE_MILLIS, 100L << Math.min(attempt, 10)));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SgnetException(SgnetException.Kind.FAILURE, "the backup was interrupted", e);
    }
  }

  private static void deletePartial(Path partial) {
    try {
      Files.deleteIfExists(partial);
    } catch (IOException e) {
      // A leftover FILE.partial is never taken for a backup (it has not got the name) and the
      // next backup to that name deletes it; the failure that matters has been thrown already.
    }
  }

  /** Reads the whole graph between two fences into the backup. */
  private Read readGraph(ArchiveWriter zip) throws IOException {
    Map<String, Long> keys = new HashMap<>();
    List<String> migrations = new ArrayList<>();
    boolean[] importing = {false};
    long[] relationships = {0};
    boolean[] dangling = {false};
    long before;
    long after;
    try (Session session = store.session()) {
      before = fence(session);
      // The session passes the fence's bookmark on: the server waits until every transaction up
      // to the fence is applied before this one reads.
      try (Transaction tx = session.beginTransaction()) {
        writeLines(
            zip,
            BackupFile.NODES,
            tx,
            "backup/nodes",
            (g, r) -> {
              long key = keys.size() + 1L;
              keys.put(r.get("element").asString(), key);
              List<String> labels = r.get("labels").asList(Value::asString);
              Map<String, Object> props = r.get("props").asMap();
              importing[0] |= labels.contains("SgnetImport");
              if (labels.contains("SgnetMigration")) {
                migrations.add(String.valueOf(props.get("version")));
              }
              GraphLines.writeNode(g, key, labels, props);
            });
        writeLines(
            zip,
            BackupFile.RELATIONSHIPS,
            tx,
            "backup/relationships",
            (g, r) -> {
              Long from = keys.get(r.get("from").asString());
              Long to = keys.get(r.get("to").asString());
              if (from == null || to == null) {
                // A node created after the nodes were read: the second fence will show a
                // commit, and this read is thrown away.
                dangling[0] = true;
                return;
              }
              GraphLines.writeRelationship(
                  g, r.get("type").asString(), from, to, r.get("props").asMap());
              relationships[0]++;
            });
      }
      after = fence(session);
    }
    if (after != before + 1 || dangling[0]) {
      return new Read(
          (after - before - 1) + " transaction(s) committed while the graph was read",
          0,
          0,
          List.of());
    }
    if (importing[0]) {
      return new Read("a staged import was under way", 0, 0, List.of());
    }
    List<String> known = Store.migrations();
    migrations.sort(
        Comparator.comparingInt((String v) -> known.contains(v) ? known.indexOf(v) : known.size())
            .thenComparing(Comparator.naturalOrder()));
    return new Read(null, keys.size(), relationships[0], List.copyOf(migrations));
  }

  /** Writes a backup query's records into an entry of the backup, one JSON line each. */
  private static void writeLines(
      ArchiveWriter zip, String entry, Transaction tx, String query, LineWriter line)
      throws IOException {
    zip.entry(
        entry,
        out -> {
          JsonGenerator g = GraphLines.generator(out);
          Result records = tx.run(CypherFile.load(query).statement());
          while (records.hasNext()) {
            line.write(g, records.next());
          }
          g.flush();
        });
  }

  /** Writes the line of one record, or none. */
  @FunctionalInterface
  private interface LineWriter {
    void write(JsonGenerator g, Record r) throws IOException;
  }

  /** Commits a fence and returns its transaction number. */
  private static long fence(Session session) {
    session.executeWriteWithoutResult(
        tx -> tx.run(CypherFile.load("backup/fence").statement()).consume());
    return TransactionNumber.of(session.lastBookmarks());
  }

  private void copyServerFile(ArchiveWriter zip, String name) throws IOException {
    Path file = serverFiles.resolve(name);
    if (!Files.isRegularFile(file)) {
      return;
    }
    byte[] bytes = Files.readAllBytes(file);
    if (name.equals("pseudonym-key")) {
      // The key grows by appended lines; one being appended right now is left for the next backup.
      bytes = completeLines(bytes);
    }
    zip.entry(BackupFile.FILES + name, bytes);
  }

  private static byte[] completeLines(byte[] bytes) {
    int end = bytes.length;
    while (end > 0 && bytes[end - 1] != '\n') {
      end--;
    }
    return java.util.Arrays.copyOf(bytes, end);
  }

  /**
   * Copies the audit log up to the position its head file records (the head is written after the
   * line, so every line up to it is whole) and returns that position.
   */
  private Manifest.AuditPosition copyAudit(ArchiveWriter zip) throws IOException {
    if (auditLog == null || !Files.isRegularFile(auditLog)) {
      return null;
    }
    Path head = auditLog.resolveSibling(auditLog.getFileName() + ".head");
    long lines = 0;
    String hash = AUDIT_GENESIS;
    if (Files.exists(head)) {
      String[] parts = Files.readString(head, StandardCharsets.UTF_8).strip().split(" ");
      if (parts.length != 2 || !parts[0].matches("\\d+")) {
        throw damagedAudit("its head file is not 'LINES HASH'");
      }
      lines = Long.parseLong(parts[0]);
      hash = parts[1];
    } else if (Files.size(auditLog) > 0) {
      throw damagedAudit("its head file " + head.getFileName() + " is missing");
    }
    long wanted = lines;
    String[] last = {null};
    long[] copied = {0};
    zip.entry(
        BackupFile.FILES + BackupFile.AUDIT_LOG,
        out -> copied[0] = copyLines(auditLog, wanted, out, last));
    if (copied[0] != lines || (lines > 0 && !last[0].endsWith(",\"hash\":\"" + hash + "\"}"))) {
      throw damagedAudit(
          "it does not reach the position its head file records (" + lines + " lines)");
    }
    return new Manifest.AuditPosition(lines, hash);
  }

  private SgnetException damagedAudit(String what) {
    return new SgnetException(
        SgnetException.Kind.FAILURE,
        "the audit log "
            + auditLog
            + " cannot be backed up: "
            + what
            + "; check it with 'sgnet audit verify --audit-log "
            + auditLog
            + "'");
  }

  /** Copies the first lines of a file and returns how many it copied; keeps the last one. */
  private static long copyLines(Path file, long lines, OutputStream out, String[] last)
      throws IOException {
    long copied = 0;
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    try (InputStream in = new java.io.BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
      int b;
      while (copied < lines && (b = in.read()) >= 0) {
        line.write(b);
        if (b == '\n') {
          line.writeTo(out);
          last[0] = line.toString(StandardCharsets.UTF_8).strip();
          line.reset();
          copied++;
        }
      }
    }
    return copied;
  }
}
