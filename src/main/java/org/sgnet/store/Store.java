package org.sgnet.store;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
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
import org.neo4j.driver.Value;
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

  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Store.class);

  private final StoreSettings settings;
  private final EmbeddedNeo4j embedded;
  private final Driver driver;
  private final String boltUri;
  private final AuthToken auth;
  private final SessionConfig readSessionConfig;

  /** Whether opening ran the check of {@link #open(Store)}; set before the store is handed out. */
  private volatile boolean checkedOnOpening;

  private final java.util.concurrent.atomic.AtomicBoolean closed =
      new java.util.concurrent.atomic.AtomicBoolean();

  /**
   * Held by an import for its whole run, and by a record correction, so that this process runs one
   * of them at a time: two staged imports side by side would interleave their batches, and the undo
   * of a staged import puts back the values from before it, over another import's or a correction
   * made meanwhile. Imports from other processes are kept apart by the journal instead (see {@code
   * ImportJournal#begin}).
   */
  private final java.util.concurrent.locks.ReentrantLock imports =
      new java.util.concurrent.locks.ReentrantLock();

  private Store(
      StoreSettings settings,
      EmbeddedNeo4j embedded,
      Driver driver,
      String boltUri,
      AuthToken auth) {
    this.settings = settings;
    this.embedded = embedded;
    this.driver = driver;
    this.boltUri = boltUri;
    this.auth = auth;
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

  /**
   * Opens the store the settings describe and brings its schema up to date; an embedded store that
   * {@code sgnet serve} holds is used through the server (see {@link #open(StoreSettings,
   * boolean)}).
   */
  public static Store open(StoreSettings settings) {
    return open(settings, true);
  }

  /**
   * Opens the store the settings describe and brings its schema up to date.
   *
   * @param useRunning whether an embedded store that a server of another process holds is used
   *     through that server's Bolt connector, as its owner (the {@code neo4j} user with the
   *     password in the data directory), rather than refused because its directory is locked; a
   *     server announcement that no longer answers is ignored
   */
  public static Store open(StoreSettings settings, boolean useRunning) {
    if (settings.isEmbedded() && useRunning) {
      Store running = openRunning(settings);
      if (running != null) {
        return running;
      }
    }
    if (!settings.isEmbedded()) {
      if ((settings.username() == null) != (settings.password() == null)) {
        // Else the driver fails deep inside bean creation with its own text.
        throw new SgnetException(
            SgnetException.Kind.FAILURE,
            "cannot connect to the store at "
                + settings.uri()
                + ": "
                + (settings.username() == null
                    ? "a password but no user name"
                    : "a user name but no password")
                + " is set; set both SGNET_STORE_USERNAME and SGNET_STORE_PASSWORD (or"
                + " sgnet.store.username and sgnet.store.password in the configuration), or neither"
                + " for a server without authentication");
      }
      AuthToken auth =
          settings.username() == null
              ? AuthTokens.none()
              : AuthTokens.basic(settings.username(), settings.password());
      return prepared(
          new Store(settings, null, connect(settings.uri(), auth), settings.uri(), auth));
    }
    long started = System.nanoTime();
    EmbeddedNeo4j embedded =
        new EmbeddedNeo4j(
            settings.db(),
            settings.boltHost(),
            settings.boltPort(),
            StoreSettings.parseSize(settings.pageCache()),
            settings.capTransactionMemory());
    LOG.debug("Started the embedded DBMS in {} ms", (System.nanoTime() - started) / 1_000_000);
    Driver driver;
    AuthToken auth = ownerAuth(embedded.password());
    try {
      try {
        driver = connect(embedded.boltUri(), auth);
      } catch (SgnetException e) {
        if (!(e.getCause() instanceof AuthenticationException)) {
          throw e;
        }
        // The kept password is not the store's: its file was lost or came from another store.
        // Whoever can open the directory owns the store, so it gets a new one.
        LOG.info("The embedded store refused its kept password; it has a new one");
        auth = ownerAuth(embedded.resetPassword());
        driver = connect(embedded.boltUri(), auth);
      }
    } catch (RuntimeException e) {
      embedded.close();
      throw e;
    }
    LOG.debug("Connected to it in {} ms", (System.nanoTime() - started) / 1_000_000);
    Store store = new Store(settings, embedded, driver, embedded.boltUri(), auth);
    if (openingMark(embedded).equals(embedded.checkedMark())) {
      LOG.debug("Nothing was committed since the store was last checked on opening");
    } else {
      prepared(store);
      markChecked(embedded);
    }
    LOG.debug("Opened the store in {} ms", (System.nanoTime() - started) / 1_000_000);
    return store;
  }

  /**
   * Connects to the server that announced itself in the data directory, or returns null when none
   * did or it does not answer with the directory's password.
   */
  private static Store openRunning(StoreSettings settings) {
    Path home = settings.db().toAbsolutePath();
    String uri = EmbeddedNeo4j.readServedUri(home);
    String password = uri == null ? null : EmbeddedNeo4j.readPassword(home);
    if (password == null) {
      return null;
    }
    Driver driver;
    AuthToken auth = ownerAuth(password);
    try {
      driver = connect(uri, auth);
    } catch (SgnetException e) {
      // A server killed without its clean-up leaves its announcement behind; the store is then
      // free, and opening it here is what the user wants.
      LOG.debug("The server announced in {} does not answer; opening the store here", home);
      return null;
    }
    LOG.debug("Using the store through the server at {}", uri);
    return prepared(new Store(settings, null, driver, uri, auth));
  }

  private static AuthToken ownerAuth(String password) {
    return AuthTokens.basic(EmbeddedNeo4j.USER, password);
  }

  private static Driver connect(String uri, AuthToken auth) {
    Driver driver = null;
    try {
      driver =
          GraphDatabase.driver(uri, auth, Config.builder().withLogging(Logging.slf4j()).build());
      driver.verifyConnectivity();
      return driver;
    } catch (RuntimeException e) {
      if (driver != null) {
        driver.close();
      }
      throw new SgnetException(
          SgnetException.Kind.FAILURE,
          "cannot connect to the store at " + uri + ": " + reason(e),
          e);
    }
  }

  /**
   * What an opening check that left nothing to do is recorded under: where the store stood after
   * it, and the migrations this version of sgnet knows. An embedded store at the same mark needs
   * nothing either, since anything the check acts on (a migration, an import's journal) is written
   * in a transaction, and another version may know other migrations. So a fresh command on an
   * unchanged store skips that statement, about a quarter of a second of a cold process's planning.
   */
  private static String openingMark(EmbeddedNeo4j embedded) {
    return embedded.position() + " " + String.join(",", Migrator.MIGRATIONS);
  }

  /** Records the opening check; a failure only costs the next opening the check again. */
  private static void markChecked(EmbeddedNeo4j embedded) {
    try {
      embedded.markChecked(openingMark(embedded));
    } catch (RuntimeException e) {
      LOG.debug("Could not record the opening check: {}", e.getClass().getSimpleName());
    }
  }

  /** Applies pending migrations and undoes interrupted imports, closing the store on failure. */
  private static Store prepared(Store store) {
    try {
      open(store);
      store.checkedOnOpening = true;
    } catch (RuntimeException e) {
      store.close();
      throw e;
    }
    return store;
  }

  /**
   * What opening a store does before anyone reads it: applies pending migrations and undoes the
   * staged imports a crash or a kill interrupted. One read tells both what they need, since every
   * statement is planned afresh in a cold process.
   */
  static void open(Store store) {
    org.neo4j.driver.Record opening = store.query("store/opening", Map.of(), r -> r).get(0);
    new Migrator(store).migrate(Set.copyOf(opening.get("applied").asList(Value::asString)));
    ImportJournal.recover(
        store,
        opening.get("unfinished").asList(v -> v.asMap(Value::asObject)),
        opening.get("journal").asBoolean());
  }

  /**
   * Tells commands of other processes that they may use this embedded store through its Bolt
   * connector while this process serves it; the announcement goes when the store closes.
   */
  public void announceServed() {
    if (embedded != null) {
      embedded.announceServed();
    }
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

  /**
   * Returns the schema migrations this version of sgnet knows, in order: a backup records the ones
   * its store had, and a restore refuses one that names a migration this version does not know.
   */
  public static java.util.List<String> migrations() {
    return Migrator.MIGRATIONS;
  }

  /** Whether opening this store checked it (see {@link #openingMark}): for tests. */
  boolean checkedOnOpening() {
    return checkedOnOpening;
  }

  /** Returns the driver; every query of sgnet goes through it. */
  public Driver driver() {
    return driver;
  }

  /**
   * Opens a second driver to the same store, holding at most one connection, for work that may have
   * to be cut off: closing that driver closes its connection, which releases a caller blocked on a
   * statement the server never finishes, without touching anyone else's connections. The caller
   * closes it.
   */
  public Driver openSeparateDriver() {
    return GraphDatabase.driver(
        boltUri,
        auth,
        Config.builder().withLogging(Logging.slf4j()).withMaxConnectionPoolSize(1).build());
  }

  /** Returns the Bolt URI the driver is connected to. */
  public String boltUri() {
    return boltUri;
  }

  /**
   * Returns whether this is an embedded store (a data directory), run by this process or by the
   * server of another process that holds it.
   */
  public boolean isEmbedded() {
    return settings.isEmbedded();
  }

  /**
   * Returns a number that changes whenever anything is committed to the store, when this process
   * runs the store and can read it without a query; otherwise (an external server, or a store that
   * another process serves) nothing, and a caller that keeps answers must not keep them.
   */
  public java.util.OptionalLong version() {
    return embedded == null
        ? java.util.OptionalLong.empty()
        : java.util.OptionalLong.of(embedded.lastClosedTransaction());
  }

  /**
   * Returns whether this process runs the embedded store itself; {@code false} for an external
   * server and for an embedded store that another process's {@code sgnet serve} holds.
   */
  public boolean runsHere() {
    return embedded != null;
  }

  /** Returns the embedded store's data directory, or {@code null} for an external store. */
  public Path dataDirectory() {
    return settings.isEmbedded() ? settings.db().toAbsolutePath() : null;
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

  /**
   * Brings the index statistics up to date and drops every plan the store keeps, after an import
   * that made at least a tenth of the store's nodes: see {@code cypher/store/after-import.cypher}.
   * A smaller import (a served store's correction, a webhook's batch) barely moves the statistics
   * and keeps the plans the server warmed at start. The import has committed by then: a failure
   * here (a server whose user may not call these procedures) keeps the plans, which Neo4j replaces
   * in its own time, and is not the import's failure.
   *
   * @param nodesCreated the nodes the import created
   */
  public void afterImport(long nodesCreated) {
    try (Session session = session()) {
      long nodes =
          query("store/node-count", Map.of(), r -> r.get("nodes").asLong()).get(0).longValue();
      if (nodesCreated * 10 < nodes) {
        return;
      }
      for (String statement : CypherFile.load("store/after-import").statements()) {
        session.run(statement).consume();
      }
    } catch (RuntimeException e) {
      LOG.debug("The store kept its plans after the import: {}", e.getClass().getSimpleName());
    }
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

  /**
   * Runs the single statement of a Cypher file as an auto-commit read and maps its first row: for a
   * statement that finds one thing or nothing (a child's network, a running transaction).
   */
  public <T> java.util.Optional<T> queryFirst(
      String file, Map<String, Object> params, Function<org.neo4j.driver.Record, T> mapper) {
    return query(file, params, mapper).stream().findFirst();
  }

  /**
   * Closes the driver and stops the embedded DBMS this process runs. The second call does nothing,
   * so that whoever owns the store may close it on a failure without asking whether it was closed.
   */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    if (embedded == null) {
      driver.close();
      return;
    }
    // The driver's close waits for its event loop to go quiet (some 0.2 s, Netty's quiet period)
    // after its connections are gone; the DBMS's stop does not need that wait, so the two overlap.
    long started = System.nanoTime();
    java.util.concurrent.CompletableFuture<Void> driverClosed;
    try {
      driverClosed = driver.closeAsync().toCompletableFuture();
    } catch (RuntimeException e) {
      embedded.close();
      throw e;
    }
    try {
      embedded.close();
    } catch (RuntimeException e) {
      // The DBMS's failure is the one to tell; the driver's, if any, goes with it.
      try {
        driverClosed.join();
      } catch (RuntimeException driverFailure) {
        e.addSuppressed(driverFailure);
      }
      throw e;
    }
    LOG.debug("Stopped the embedded DBMS in {} ms", (System.nanoTime() - started) / 1_000_000);
    driverClosed.join();
    LOG.debug("Closed the store in {} ms", (System.nanoTime() - started) / 1_000_000);
  }
}
