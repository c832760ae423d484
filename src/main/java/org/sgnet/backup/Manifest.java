package org.sgnet.backup;

import java.util.List;

/**
 * What a backup holds: written last into the backup as {@code manifest.json}, read first by a
 * restore, which checks every entry against it before it writes anything.
 *
 * @param format always {@code sgnet-backup}
 * @param version the version of the backup format
 * @param sgnetVersion the version of sgnet that made the backup
 * @param createdAt when the graph was read (ISO-8601, UTC)
 * @param migrations the schema migrations the store had, in order
 * @param nodes how many nodes the graph holds
 * @param relationships how many relationships it holds
 * @param audit where the audit log stood, or {@code null} when the store had none
 * @param attempts how many reads it took to find the store still between two commits
 * @param entries every entry but the manifest and its checksum
 */
public record Manifest(
    String format,
    int version,
    String sgnetVersion,
    String createdAt,
    List<String> migrations,
    long nodes,
    long relationships,
    AuditPosition audit,
    int attempts,
    List<Entry> entries) {

  /** Left null when a manifest read from a file lacks them, for the reader to refuse it. */
  public Manifest {
    migrations = migrations == null ? null : List.copyOf(migrations);
    entries = entries == null ? null : List.copyOf(entries);
  }

  /**
   * One entry of the backup.
   *
   * @param name its path in the zip
   * @param size its length in bytes
   * @param sha256 the SHA-256 of its bytes, in hex
   */
  public record Entry(String name, long size, String sha256) {}

  /**
   * The position of the audit log when the backup was made: its line count and the hash of its last
   * line, which {@code sgnet audit verify} prints for the live log.
   *
   * @param lines how many lines the log had
   * @param lastHash the hash of the last one (64 zeros for an empty log)
   */
  public record AuditPosition(long lines, String lastHash) {}

  /** Returns the entry of that name, or {@code null}. */
  Entry entry(String name) {
    return entries.stream().filter(e -> e.name().equals(name)).findFirst().orElse(null);
  }
}
