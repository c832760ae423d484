package org.sgnet.store;

import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.sgnet.SgnetException;

/**
 * The graph store, embedded or external, reached through one Neo4j {@link Driver}.
 *
 * <p>Opening a store starts the embedded database when needed, connects the driver, checks the
 * connection and applies pending schema migrations. Closing it closes the driver and stops the
 * embedded database.
 */
public final class Store implements AutoCloseable {

  private final StoreSettings settings;
  private final EmbeddedNeo4j embedded;
  private final Driver driver;
  private final String boltUri;
  private final SessionConfig readSessionConfig;

  /**
   * Held by an import for its whole run, and by a record correction, so that this process runs one
   * of them at a time: two staged imports side by side would interleave their batches, and the undo
   * of a staged import puts back the values from before it, over another import's or a correction
   * made meanwhile. Imports from other processes are kept apart by the journal instead (see {@code
   * ImportJournal#begin}).
   */
  private final java.util.concurrent.locks.ReentrantLock imports =
      new java.util.concurrent.locks.ReentrantLock();

  private Store(StoreSettings settings, EmbeddedNeo4j embedded, Driver driver, String boltUri) {
    this.settings = settings;
    this.embedded = embedded;
    this.driver = driver;
    this.boltUri = boltUri;
    SessionConfig.Builder read = SessionConfig.builder().withDefaultAccessMode(AccessMode.READ);
    if (settings.database() != null) {
      read.withDatabase(settings.database());
    }
    this.readSessionConfig = read.build();
  }

  /**
   * Does work that must not run alongside an import into this store (an import, a correction of a
   * record), or refuses it while one runs in this process.
   *
   * @throws SgnetException of kind {@link SgnetException.Kind#CONFLICT}, the work not begun, while
   *     an import or another such piece of work runs
   */
  public <T> T whileNoImportRuns(java.util.function.Supplier<T> work) {
    // Refused rather than queued: a queued import would hold its whole bundle in memory and could
    // run long after its client gave up.
    if (!imports.tryLock()) {
      throw new SgnetException(
          SgnetException.Kind.CONFLICT,
          "an import or a record correction is under way in this store; try again when it has"
              + " finished");
    }
    try {
      return work.get();
    } finally {
      imports.unlock();
    }
  }

  /** Opens the store the settings describe and brings its schema up to date. */
  public static Store open(StoreSettings settings) {
    EmbeddedNeo4j embedded = null;
    String uri;
    AuthToken auth;
    if (settings.isEmbedded()) {
      embedded =
          new EmbeddedNeo4j(
              settings.db(),
              settings.boltHost(),
              settings.boltPort(),
              StoreSettings.parseSize(settings.pageCache()));
      uri = embedded.boltUri();
      auth = AuthTokens.basic(EmbeddedNeo4j.USER, embedded.password());
    } else {
      uri = settings.uri();
      auth =
          settings.username() == null
              ? AuthTokens.none()
              : AuthTokens.basic(settings.username(), settings.password());
    }
    Driver driver;
    try {
      driver =
          GraphDatabase.driver(uri, auth, Config.builder().withLogging(Logging.slf4j()).build());
      driver.verifyConnectivity();
    } catch (RuntimeException e) {
      if (embedded != null) {
        embedded.close();
      }
      throw new SgnetException(
          SgnetException.Kind.FAILURE,
          "cannot connect to the store at " + uri + ": " + reason(e),
          e);
    }
    Store store = new Store(settings, embedded, driver, uri);
    try {
      new Migrator(store).migrate();
      // A staged import interrupted by a crash or a kill is undone before anyone reads.
      ImportJournal.recover(store);
    } catch (RuntimeException e) {
      store.close();
      throw e;
    }
    return store;
  }

  /** Why a connection failed, and what to do about it, in one line without the driver's text. */
  private static String reason(RuntimeException e) {
    if (e instanceof ServiceUnavailableException) {
      return "nothing answers there; check the address (--uri or SGNET_STORE_URI) and that the"
          + " server is running";
    }
    if (e instanceof AuthenticationException) {
      return "the server refused the user name or password; set SGNET_STORE_USERNAME and"
          + " SGNET_STORE_PASSWORD (for a store that 'sgnet serve' holds: user neo4j, password in"
          + " the file bolt-password of its data directory)";
    }
    if (e instanceof Neo4jException n) {
      return n.code();
    }
    return e.getClass().getSimpleName();
  }

  /** Returns the driver; every query of sgnet goes through it. */
  public Driver driver() {
    return driver;
  }

  /** Returns the Bolt URI the driver is connected to. */
  public String boltUri() {
    return boltUri;
  }

  /** Returns whether this store is embedded in this process. */
  public boolean isEmbedded() {
    return embedded != null;
  }

  /** Returns the embedded store's data directory, or {@code null} for an external store. */
  public Path dataDirectory() {
    return embedded == null ? null : embedded.home();
  }

  /** Returns the settings the store was opened with. */
  public StoreSettings settings() {
    return settings;
  }

  /** Returns the session configuration for the configured database. */
  public SessionConfig sessionConfig() {
    SessionConfig.Builder builder = SessionConfig.builder();
    if (settings.database() != null) {
      builder.withDatabase(settings.database());
    }
    return builder.build();
  }

  /** Opens a session on the configured database. */
  public Session session() {
    return driver.session(sessionConfig());
  }

  /** Runs work in a managed read transaction. */
  public <T> T read(Function<TransactionContext, T> work) {
    try (Session session = session()) {
      return session.executeRead(work::apply);
    }
  }

  /** Runs work in a managed write transaction. */
  public <T> T write(Function<TransactionContext, T> work) {
    try (Session session = session()) {
      return session.executeWrite(work::apply);
    }
  }

  /**
   * Runs the single statement of a Cypher file as an auto-commit read and maps its rows.
   *
   * <p>One statement needs no explicit transaction: an auto-commit one sends the statement and the
   * pull for its rows together, where a managed transaction adds a begin and a commit, two more
   * round trips per read (measured: most of the cost of a small read such as a child's network).
   */
  public <T> java.util.List<T> query(
      String file, Map<String, Object> params, Function<org.neo4j.driver.Record, T> mapper) {
    String statement = CypherFile.load(file).statement();
    try (Session session = driver.session(readSessionConfig)) {
      return session.run(statement, params).list(mapper::apply);
    }
  }

  @Override
  public void close() {
    try {
      driver.close();
    } finally {
      if (embedded != null) {
        embedded.close();
      }
    }
  }
}
