package org.sgnet.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.LongSupplier;
import org.sgnet.SgnetException;

/**
 * Keeps an import from filling the disk that holds an embedded store, and says so clearly when it
 * would.
 *
 * <p>Neo4j must never meet a full disk: it commits a transaction into its transaction log, which it
 * preallocates (256 MiB), while the store files grow only when the page cache flushes them; at a
 * full disk that flush fails and Neo4j retries it for ever on shutdown (measured: an import of
 * 80,000 rows into a tmpfs with 21 MiB free printed "Imported", then spun one core for ten minutes
 * while closing). So an import checks the free space before it writes anything, against an estimate
 * from its row count, and again after every batch against a reserve; short of it, it stops with a
 * {@link SgnetException} that names the data directory and the space, and the import is rolled back
 * (one transaction) or undone (staged), as for any other failure.
 */
final class DiskSpace {

  /**
   * Bytes a row may need: an 80,000-row generated bundle grew the store files by 31 MB and wrote 42
   * MB of transaction log, about 910 bytes a row; twice that leaves room for larger rows.
   */
  static final long BYTES_PER_ROW = 2048;

  /**
   * Kept free at all times: for Neo4j's own logs, its checkpoints, and the undo of a staged import,
   * which writes too.
   */
  static final long RESERVE = 64L << 20;

  private final Path directory;
  private final LongSupplier usable;

  DiskSpace(Path directory, LongSupplier usable) {
    this.directory = directory;
    this.usable = usable;
  }

  /** The guard of an embedded store's data directory, or null for an external store. */
  static DiskSpace of(Store store) {
    Path directory = store.dataDirectory();
    return directory == null ? null : of(directory);
  }

  /** The guard of an embedded store's data directory. */
  static DiskSpace of(Path directory) {
    return new DiskSpace(directory, () -> usableSpace(directory));
  }

  private static long usableSpace(Path directory) {
    try {
      return Files.getFileStore(directory).getUsableSpace();
    } catch (IOException e) {
      throw new SgnetException(
          SgnetException.Kind.FAILURE,
          "cannot tell the free space of the disk holding the store " + directory,
          e);
    }
  }

  /** Refuses, having written nothing, an import of this many rows that would fill the disk. */
  void checkBefore(long rows) {
    long needed = rows * BYTES_PER_ROW + RESERVE;
    long free = usable.getAsLong();
    if (free < needed) {
      throw full(free, "the import of " + rows + " rows needs about " + mib(needed) + " MiB");
    }
  }

  /** Stops an import once the disk has less than the reserve left. */
  void checkDuring() {
    long free = usable.getAsLong();
    if (free < RESERVE) {
      throw full(free, "sgnet keeps " + mib(RESERVE) + " MiB free");
    }
  }

  /** The failure to tell, when the exception comes from a full disk; else null. */
  SgnetException explain(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      String message = t.getMessage();
      if (t instanceof IOException && message != null && message.contains("No space left")) {
        return full(usable.getAsLong(), "a write failed for want of space");
      }
    }
    return null;
  }

  private SgnetException full(long free, String why) {
    return new SgnetException(
        SgnetException.Kind.NO_SPACE,
        "the disk holding the store "
            + directory
            + " is (nearly) full: "
            + mib(free)
            + " MiB free, and "
            + why
            + "; nothing was imported. Free some space (or move the store to a larger disk)"
            + " and import again");
  }

  private static long mib(long bytes) {
    return bytes >> 20;
  }
}
