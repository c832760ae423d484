package org.sgnet.store;

import java.nio.file.Path;
import java.util.Locale;
import org.sgnet.SgnetException;

/**
 * Where the store is and how to reach it.
 *
 * <p>With {@code uri} empty, sgnet starts Neo4j embedded with its data in {@code db} and its Bolt
 * connector on {@code boltHost:boltPort} (port 0 picks a free one). With {@code uri} set ({@code
 * bolt://}, {@code neo4j://}, {@code neo4j+s://} …) sgnet connects to that server or cluster with
 * {@code username} and {@code password}.
 *
 * @param db the embedded store's data directory
 * @param uri the external server's URI, or {@code null} for the embedded store
 * @param username the external server's user, or {@code null}
 * @param password the external server's password, or {@code null}
 * @param database the database to use, or {@code null} for the server's default
 * @param boltHost the address the embedded Bolt connector listens on
 * @param boltPort the embedded Bolt port; 0 picks a free port
 * @param pageCache the embedded page cache size, such as {@code 512m}
 * @param batchSize rows per {@code UNWIND} batch when importing
 * @param capTransactionMemory whether the embedded store caps each transaction's memory at a
 *     quarter of the heap and all of them at half, so that no query can take the heap from the
 *     others: for a server, where many users' queries share one process
 */
public record StoreSettings(
    Path db,
    String uri,
    String username,
    String password,
    String database,
    String boltHost,
    int boltPort,
    String pageCache,
    int batchSize,
    boolean capTransactionMemory) {

  public StoreSettings {
    if (uri != null && uri.isBlank()) {
      uri = null;
    }
    if (database != null && database.isBlank()) {
      database = null;
    }
    if (uri == null && db == null) {
      throw new SgnetException(SgnetException.Kind.INVALID_INPUT, "no store: give --db or --uri");
    }
    if (batchSize < 1) {
      throw new SgnetException(
          SgnetException.Kind.INVALID_INPUT, "the import batch size must be at least 1");
    }
    if (boltPort < 0 || boltPort > 65535) {
      throw new SgnetException(
          SgnetException.Kind.INVALID_INPUT, "the Bolt port must be between 0 and 65535");
    }
  }

  /** Settings for an embedded store in {@code db} with every other setting at its default. */
  public static StoreSettings embedded(Path db) {
    return new StoreSettings(db, null, null, null, null, "127.0.0.1", 0, "256m", 10_000, false);
  }

  /** Settings for an external server at {@code uri}. */
  public static StoreSettings external(String uri, String username, String password) {
    return new StoreSettings(
        null, uri, username, password, null, "127.0.0.1", 0, "256m", 10_000, false);
  }

  /** Returns whether these settings describe an embedded store. */
  public boolean isEmbedded() {
    return uri == null;
  }

  /**
   * The default data directory: {@code $XDG_DATA_HOME/sgnet/db}, else {@code
   * ~/.local/share/sgnet/db}.
   */
  public static Path defaultDataDirectory() {
    String xdg = System.getenv("XDG_DATA_HOME");
    Path base =
        xdg != null && !xdg.isBlank()
            ? Path.of(xdg)
            : Path.of(System.getProperty("user.home"), ".local", "share");
    return base.resolve("sgnet").resolve("db");
  }

  /**
   * Parses a size such as {@code 512m}, {@code 2g} or {@code 1048576} into bytes (units {@code k},
   * {@code m}, {@code g} and {@code t}, as the JVM's {@code -Xmx} takes them).
   *
   * @throws SgnetException of kind {@link SgnetException.Kind#INVALID_INPUT} for anything else, or
   *     a size beyond what a {@code long} holds
   */
  static long parseSize(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT);
    int shift = t.isEmpty() ? 0 : "kmgt".indexOf(t.charAt(t.length() - 1)) + 1;
    if (shift > 0) {
      t = t.substring(0, t.length() - 1);
    }
    try {
      return Math.multiplyExact(Long.parseLong(t), 1L << (10 * shift));
    } catch (NumberFormatException | ArithmeticException e) {
      throw new SgnetException(
          SgnetException.Kind.INVALID_INPUT, "'" + text + "' is not a size such as 512m");
    }
  }
}
