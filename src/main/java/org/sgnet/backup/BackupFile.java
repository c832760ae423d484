package org.sgnet.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.sgnet.SgnetException;

/**
 * The layout of a backup file (format {@value #FORMAT}, version {@value #VERSION}): a zip holding
 * the graph as two JSON-lines entries, the server's files, a manifest listing every entry with its
 * size and SHA-256, and the SHA-256 of the manifest itself. README "Backups" describes it for
 * users.
 */
final class BackupFile {

  static final String FORMAT = "sgnet-backup";
  static final int VERSION = 1;

  static final String MANIFEST = "manifest.json";

  /** The SHA-256 of the manifest, so that a change to the manifest itself is noticed too. */
  static final String MANIFEST_SUM = "manifest.sha256";

  static final String NODES = "graph/nodes.jsonl";
  static final String RELATIONSHIPS = "graph/relationships.jsonl";

  /** The folder of the server's files inside the backup. */
  static final String FILES = "files/";

  /**
   * The server files a backup keeps, by their names in the data directory. Not {@code
   * bolt-password}, {@code bolt-uri} or {@code bolt-served}: a restored store gets its own.
   */
  static final List<String> SERVER_FILES = List.of("users", "jwt-secret", "pseudonym-key");

  static final String AUDIT_LOG = "audit.log";

  private BackupFile() {}

  /** A backup that cannot be used: damaged, cut short, or not a backup this version reads. */
  static SgnetException damaged(String message) {
    return new SgnetException(SgnetException.Kind.INVALID_INPUT, message);
  }

  static SgnetException damaged(String message, Throwable cause) {
    return new SgnetException(SgnetException.Kind.INVALID_INPUT, message, cause);
  }

  /**
   * Creates an empty file, or a directory, that only its owner may use: a backup and the store
   * restored from it hold personal data and secrets.
   */
  static void createOwnerOnly(Path path, boolean directory) throws IOException {
    String mode = directory ? "rwx------" : "rw-------";
    FileAttribute<?>[] attributes =
        path.getFileSystem().supportedFileAttributeViews().contains("posix")
            ? new FileAttribute<?>[] {
              PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(mode))
            }
            : new FileAttribute<?>[0];
    if (directory) {
      Files.createDirectory(path, attributes);
    } else {
      Files.createFile(path, attributes);
    }
  }

  /**
   * Returns the folder a file or directory named by the user lives in.
   *
   * @throws SgnetException of kind {@link SgnetException.Kind#INVALID_INPUT} for the root, which
   *     has no name and no folder
   */
  static Path parentOf(Path target) {
    Path parent = target.getParent();
    if (parent == null || target.getFileName() == null) {
      throw new SgnetException(
          SgnetException.Kind.INVALID_INPUT, target + " is not a path sgnet can write beside");
    }
    return parent;
  }
}
