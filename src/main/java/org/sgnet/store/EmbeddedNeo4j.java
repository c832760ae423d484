package org.sgnet.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.storageengine.api.StoreId;
import org.neo4j.storageengine.api.StoreIdProvider;
import org.neo4j.storageengine.api.TransactionId;
import org.neo4j.storageengine.api.TransactionIdStore;
import org.sgnet.SgnetException;

/**
 * Neo4j Community embedded in this process, reachable only through its Bolt connector on loopback
 * with authentication on.
 *
 * <p>The password of the {@code neo4j} user is generated once and kept in {@code DIR/bolt-password}
 * with owner-only permissions: whoever holds the data directory can point cypher-shell or Neo4j
 * Browser at the running store, nobody else can. The file is written only once the store has taken
 * the password, so a file that exists holds the store's password and opening the store does not set
 * it again (a change of password is a write to the system database, a few seconds of a cold start).
 * While the store runs, {@code DIR/bolt-uri} holds the URI it listens on; while {@code sgnet serve}
 * holds it, {@code DIR/bolt-served} holds the same URI, for commands that run through the server
 * instead of being refused the locked directory. {@code DIR/opening-checked} holds the {@link
 * #position} at which the store was last found to need nothing on opening (see {@link
 * Store#open(StoreSettings, boolean)}).
 */
final class EmbeddedNeo4j implements AutoCloseable {

  static final String USER = "neo4j";
  static final String PASSWORD_FILE = "bolt-password";
  static final String URI_FILE = "bolt-uri";
  static final String SERVED_FILE = "bolt-served";
  static final String CHECKED_FILE = "opening-checked";

  private static final java.time.Duration QUERY_CHECK = java.time.Duration.ofMillis(100);
  private static final java.time.Duration SHUTDOWN_WAIT = java.time.Duration.ofSeconds(2);

  /** One generator for every secret: seeded once by the system, safe to share across threads. */
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Path home;
  private final DatabaseManagementService service;
  private final String boltUri;
  private final GraphDatabaseAPI database;

  /** Replaced when the store refuses it (see {@link #resetPassword()}). */
  private volatile String password;

  EmbeddedNeo4j(
      Path home, String host, int port, long pageCacheBytes, boolean capTransactionMemory) {
    this.home = home.toAbsolutePath();
    createDataDirectory(this.home);
    // Neo4j must never find the transaction logs of a bulk import killed before its commit point.
    BulkImport.clearInterrupted(this.home);
    String kept = readPassword(this.home);
    try {
      DatabaseManagementServiceBuilder builder =
          new DatabaseManagementServiceBuilder(this.home)
              .setConfig(BoltConnector.enabled, true)
              .setConfig(BoltConnector.listen_address, new SocketAddress(host, port))
              .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
              // Micronaut's Netty 4.2 cannot run the in-JVM local connector; TCP Bolt works.
              .setConfig(BoltConnectorInternalSettings.enable_local_connector, false)
              // Neo4j's HTTP server clashes with Micronaut's jakarta.ws.rs; Bolt is all we need.
              .setConfig(HttpConnector.enabled, false)
              .setConfig(HttpsConnector.enabled, false)
              .setConfig(GraphDatabaseSettings.auth_enabled, true)
              .setConfig(GraphDatabaseSettings.pagecache_memory, pageCacheBytes)
              .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
              .setConfig(GraphDatabaseSettings.keep_logical_logs, "2 files")
              // A query past its timeout is stopped within 100 ms, not Neo4j's default 2 s.
              .setConfig(GraphDatabaseSettings.transaction_monitor_check_interval, QUERY_CHECK)
              // Stopping waits this long for running transactions, then goes on without them.
              .setConfig(GraphDatabaseSettings.shutdown_transaction_end_timeout, SHUTDOWN_WAIT)
              // Neo4j reports anonymous usage data to its vendor by default; sgnet holds
              // safeguarding data and makes no third-party network calls.
              .setConfig(GraphDatabaseSettings.udc_enabled, false);
      if (capTransactionMemory) {
        // A served store: one transaction may hold a quarter of the heap, all of them half, so
        // no analyst query can take the heap from the others (README "Limits of analyst
        // queries"). Commands leave it off: a one-transaction import of a large authority
        // legitimately holds more than a quarter of a small heap.
        builder
            .setConfig(GraphDatabaseSettings.memory_transaction_max_size, heapShare(4))
            .setConfig(GraphDatabaseSettings.memory_transaction_global_max_size, heapShare(2));
      }
      this.service = builder.build();
    } catch (RuntimeException e) {
      throw new SgnetException(
          SgnetException.Kind.FAILURE,
          "cannot open the store in "
              + this.home
              + " (is another sgnet process using it? then use --uri with the Bolt URI that"
              + " 'sgnet store info' prints)",
          e);
    }
    try {
      this.password = kept != null ? kept : newPassword();
      GraphDatabaseAPI db =
          (GraphDatabaseAPI) service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
      this.database = db;
      var address =
          db.getDependencyResolver()
              .resolveDependency(ConnectorPortRegister.class)
              .getLocalAddress(ConnectorType.BOLT);
      this.boltUri = "bolt://" + address.getHost() + ":" + address.getPort();
      Files.writeString(this.home.resolve(URI_FILE), boltUri + "\n", StandardCharsets.UTF_8);
    } catch (IOException | RuntimeException e) {
      service.shutdown();
      throw new SgnetException(SgnetException.Kind.FAILURE, "cannot start the embedded store", e);
    }
  }

  /** Creates a data directory, readable by its owner only, unless it exists. */
  static void createDataDirectory(Path home) {
    try {
      Files.createDirectories(home);
      restrictToOwner(home);
    } catch (IOException e) {
      throw new SgnetException(
          SgnetException.Kind.FAILURE, "cannot create the data directory " + home, e);
    }
  }

  /** A share of the heap, at least 128 MiB. */
  private static long heapShare(int divisor) {
    return Math.max(128L << 20, Runtime.getRuntime().maxMemory() / divisor);
  }

  /**
   * Gives the {@code neo4j} user a new generated password and keeps it in the data directory: for a
   * new store, and for one that refused the kept password (its password file was lost, or copied
   * from another store).
   */
  String resetPassword() {
    this.password = newPassword();
    return password;
  }

  private String newPassword() {
    byte[] bytes = new byte[24];
    RANDOM.nextBytes(bytes);
    String generated = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    GraphDatabaseService system = service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
    system.executeTransactionally(
        CypherFile.load("store/set-password").statement(), Map.of("p", generated));
    writeOwnerOnly(home.resolve(PASSWORD_FILE), generated + "\n");
    return generated;
  }

  /** Tells commands of other processes that this store is served and where (see the class). */
  void announceServed() {
    writeOwnerOnly(home.resolve(SERVED_FILE), boltUri + "\n");
  }

  String boltUri() {
    return boltUri;
  }

  /**
   * Returns the number of the last transaction of the {@code neo4j} database that is closed with
   * every one before it: it grows with every commit, whoever made it (this process, a command of
   * another process through the Bolt connector), and is read from memory.
   */
  long lastClosedTransaction() {
    return transactions().getLastClosedTransactionId();
  }

  /**
   * Returns where the {@code neo4j} database stands: which store it is (the identity Neo4j gives a
   * store when it creates it) and the last transaction committed to it (number, checksum and commit
   * time). Two readings are equal only when nothing was committed in between and the files are the
   * same store with the same history: a store created again (a bulk import, a restore) has another
   * identity, and one put back from an older copy and written to since has other transactions.
   */
  String position() {
    StoreId store =
        database.getDependencyResolver().resolveDependency(StoreIdProvider.class).getStoreId();
    TransactionId last = transactions().getLastCommittedTransaction();
    return store.getCreationTime()
        + "/"
        + store.getRandom()
        + " "
        + last.id()
        + "/"
        + last.checksum()
        + "/"
        + last.commitTimestamp();
  }

  /** The mark the last opening check left in the data directory, or null (none, unreadable). */
  String checkedMark() {
    try {
      return readKept(home.resolve(CHECKED_FILE));
    } catch (UncheckedIOException unreadable) {
      // Only a shortcut: without it the opening checks the store, as for a new one.
      return null;
    }
  }

  /**
   * Keeps the mark of an opening check that left nothing to do.
   *
   * @throws SgnetException when the file cannot be written
   */
  void markChecked(String mark) {
    writeOwnerOnly(home.resolve(CHECKED_FILE), mark + "\n");
  }

  private TransactionIdStore transactions() {
    return database.getDependencyResolver().resolveDependency(TransactionIdStore.class);
  }

  String password() {
    return password;
  }

  Path home() {
    return home;
  }

  @Override
  public void close() {
    try {
      Files.deleteIfExists(home.resolve(SERVED_FILE));
      Files.deleteIfExists(home.resolve(URI_FILE));
    } catch (IOException e) {
      // The file only tells other processes where a running store listens; a stale one is
      // recognised by 'store info' because nothing answers at that address.
    }
    service.shutdown();
  }

  /** Reads the generated Bolt password of a data directory, or null when it has none yet. */
  static String readPassword(Path home) {
    return readKept(home.resolve(PASSWORD_FILE));
  }

  /**
   * Reads the URI of the server holding the store in {@code home}, or null when no server announced
   * itself there (the file may be stale: a killed server leaves it behind).
   */
  static String readServedUri(Path home) {
    try {
      return readKept(home.resolve(SERVED_FILE));
    } catch (UncheckedIOException unreadable) {
      // Only a hint: without it the command opens the store itself, as with no server.
      return null;
    }
  }

  /** The one line a kept file holds, or null when there is no such file. */
  private static String readKept(Path file) {
    try {
      return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8).strip() : null;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes a file readable by its owner only, whole or not at all: the text goes to a new file that
   * then takes the file's place, so a reader never sees half a password.
   */
  private static void writeOwnerOnly(Path file, String text) {
    Path next = file.resolveSibling(file.getFileName() + ".new");
    try {
      Files.deleteIfExists(next);
      try {
        Files.createFile(
            next,
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      } catch (UnsupportedOperationException notPosix) {
        Files.createFile(next);
      }
      Files.writeString(next, text, StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
      Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new SgnetException(SgnetException.Kind.FAILURE, "cannot write " + file, e);
    }
  }

  private static void restrictToOwner(Path dir) throws IOException {
    try {
      Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
    } catch (UnsupportedOperationException notPosix) {
      // On a file system without POSIX permissions the operating system's defaults apply.
    }
  }
}
