package org.sgnet.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.io.FileUtils;
import org.neo4j.batchimport.api.BatchImporter;
import org.neo4j.batchimport.api.Configuration;
import org.neo4j.batchimport.api.IndexConfig;
import org.neo4j.batchimport.api.Monitor;
import org.neo4j.batchimport.api.input.Collector;
import org.neo4j.configuration.Config;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.internal.batchimport.BatchImporterFactory;
import org.neo4j.internal.batchimport.DefaultAdditionalIds;
import org.neo4j.internal.batchimport.staging.ExecutionMonitor;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import org.neo4j.io.fs.FileSystemAbstraction;
import org.neo4j.io.layout.DatabaseLayout;
import org.neo4j.io.pagecache.context.CursorContextFactory;
import org.neo4j.io.pagecache.tracing.PageCacheTracer;
import org.neo4j.kernel.impl.index.schema.IndexImporterFactoryImpl;
import org.neo4j.kernel.impl.scheduler.JobSchedulerFactory;
import org.neo4j.kernel.impl.transaction.log.EmptyLogTailMetadata;
import org.neo4j.kernel.impl.transaction.log.files.TransactionLogInitializer;
import org.neo4j.logging.internal.NullLogService;
import org.neo4j.memory.EmptyMemoryTracker;
import org.neo4j.scheduler.JobScheduler;
import org.sgnet.SgnetException;
import org.sgnet.bundle.Bundle;

/**
 * Imports a validated bundle into an embedded store that holds no database yet with Neo4j's
 * parallel bulk importer (the library behind {@code neo4j-admin database import}), instead of
 * Cypher transactions: at 30,000 children several times faster (README "Performance").
 *
 * <p>The importer writes a database's files while no database runs on them, so it only serves a
 * data directory that no process has opened yet; anything else (a populated store, one that a
 * server holds, an external server) takes the transactional path of {@link BundleImporter}. The
 * store's constraints and indexes are then built by the migrations when the store is opened, as for
 * any store.
 *
 * <p>Crash safety: the database is built in {@code DIR/bulk-import}, a store of its own, and then
 * moved into place, its transaction logs first and its store files last: the store files' directory
 * appearing is the commit point. A kill before it leaves the data directory without a database,
 * that is empty, and the leftovers are removed by the next opening of the store ({@link
 * #clearInterrupted}) or the next import.
 */
public final class BulkImport {

  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(BulkImport.class);

  /** Where a bulk import builds its database before moving it into place. */
  static final String STAGING = "bulk-import";

  /** How an import chooses between the bulk importer and Cypher transactions. */
  public enum Method {
    /** The bulk importer; refused unless the store is embedded and holds no database yet. */
    BULK,
    /** Cypher transactions ({@link BundleImporter}), for any store. */
    TRANSACTIONAL,
    /**
     * {@link #BULK} when the store allows it and the bundle holds at least {@link #AUTO_ROWS} rows,
     * else {@link #TRANSACTIONAL}.
     */
    AUTO
  }

  /**
   * The fewest rows for which {@link Method#AUTO} uses the bulk importer: it has a fixed cost of
   * seconds (3.4–8.3 s for the demo's 188 rows, against 0.6 s of transactional writing, on a loaded
   * two-core machine), which pays off only for large bundles (a quarter of the transactional time
   * at 1.2 million rows).
   */
  public static final int AUTO_ROWS = 100_000;

  /**
   * What a bulk import wrote.
   *
   * @param summary as a transactional import reports it
   * @param importerMillis the time Neo4j's importer took, of {@code summary.millis()}
   */
  public record Outcome(ImportSummary summary, long importerMillis) {}

  private BulkImport() {}

  /**
   * Returns whether an import into the store these settings describe may use the bulk importer: an
   * embedded store whose data directory holds no database yet (so no process has it open).
   */
  public static boolean applies(StoreSettings settings) {
    if (!settings.isEmbedded()) {
      return false;
    }
    Path home = settings.db().toAbsolutePath();
    return !Files.exists(databaseLayout(home).databaseDirectory())
        && EmbeddedNeo4j.readServedUri(home) == null;
  }

  /**
   * Writes a validated bundle into a store that {@link #applies} to, all of it or nothing.
   *
   * @throws SgnetException of kind {@link SgnetException.Kind#CONFLICT} when the store does not
   *     qualify (anymore: another process opened it meanwhile), of kind {@link
   *     SgnetException.Kind#FAILURE} when the importer fails; either way no database was added
   */
  public static Outcome importBundle(StoreSettings settings, Bundle bundle) {
    if (!applies(settings)) {
      throw new SgnetException(
          SgnetException.Kind.CONFLICT,
          "the bulk import writes only into a new embedded store (a data directory that holds no"
              + " database yet, not served); use --method transactional for this store");
    }
    long started = System.nanoTime();
    Path home = settings.db().toAbsolutePath();
    EmbeddedNeo4j.createDataDirectory(home);
    clearInterrupted(home);
    DiskSpace space = DiskSpace.of(home);
    space.checkBefore(bundle.rowCount());
    Path staging = home.resolve(STAGING);
    BulkInput input = new BulkInput(bundle);
    long importerMillis;
    try {
      importerMillis = build(staging, input);
      moveIntoPlace(staging, home);
    } catch (RuntimeException e) {
      SgnetException full = space.explain(e);
      throw full != null ? full : e;
    } finally {
      clearInterrupted(home);
    }
    long millis = (System.nanoTime() - started) / 1_000_000;
    LOG.info(
        "bulk importer wrote {} rows in {} ms ({} ms with staging and moving)",
        bundle.rowCount(),
        importerMillis,
        millis);
    ImportSummary summary =
        new ImportSummary(
            bundle.agencies().size(),
            bundle.people().size(),
            bundle.ties().size(),
            bundle.events().size(),
            input.nodesWritten(),
            input.relationshipsWritten(),
            0,
            input.propertiesWritten(),
            millis);
    return new Outcome(summary, importerMillis);
  }

  /**
   * Removes what an interrupted bulk import left in a data directory: its staging store and, when
   * the data directory holds no database, transaction logs moved before the kill. Called before an
   * embedded store starts, so that Neo4j never finds logs without their store.
   */
  static void clearInterrupted(Path home) {
    Path staging = home.resolve(STAGING);
    if (!Files.exists(staging)) {
      return;
    }
    DatabaseLayout target = databaseLayout(home);
    if (!Files.exists(target.databaseDirectory())) {
      FileUtils.deleteQuietly(target.getTransactionLogsDirectory().toFile());
    }
    FileUtils.deleteQuietly(staging.toFile());
  }

  /** Runs Neo4j's importer into a store of its own in {@code staging}; returns its time. */
  private static long build(Path staging, BulkInput input) {
    Config config = config(staging);
    DatabaseLayout layout = DatabaseLayout.of(config);
    Configuration configuration =
        new Configuration() {
          @Override
          public IndexConfig indexConfig() {
            // The label and relationship type lookup indexes that Neo4j gives a new database.
            return IndexConfig.create().withLabelIndex().withRelationshipTypeIndex();
          }
        };
    long started = System.nanoTime();
    try (FileSystemAbstraction fs = new DefaultFileSystemAbstraction();
        JobScheduler scheduler = JobSchedulerFactory.createInitialisedScheduler()) {
      BatchImporter importer =
          BatchImporterFactory.withHighestPriority()
              .instantiate(
                  layout,
                  fs,
                  PageCacheTracer.NULL,
                  configuration,
                  NullLogService.getInstance(),
                  ExecutionMonitor.INVISIBLE,
                  DefaultAdditionalIds.EMPTY,
                  new EmptyLogTailMetadata(config),
                  config,
                  Monitor.NO_MONITOR,
                  scheduler,
                  Collector.STRICT,
                  TransactionLogInitializer.getLogFilesInitializer(),
                  new IndexImporterFactoryImpl(),
                  EmptyMemoryTracker.INSTANCE,
                  CursorContextFactory.NULL_CONTEXT_FACTORY);
      importer.doImport(input.input());
    } catch (Exception e) {
      // The importer's message may quote ids from the bundle: it goes to the cause, not the text.
      throw new SgnetException(
          SgnetException.Kind.FAILURE,
          "Neo4j's bulk importer failed and nothing was written; try --method transactional",
          e);
    }
    return (System.nanoTime() - started) / 1_000_000;
  }

  /**
   * Moves the built database into the data directory: its transaction logs first, its store files
   * last, the commit point (see the class).
   */
  private static void moveIntoPlace(Path staging, Path home) {
    DatabaseLayout built = DatabaseLayout.of(config(staging));
    DatabaseLayout target = databaseLayout(home);
    try {
      createParent(target.getTransactionLogsDirectory());
      createParent(target.databaseDirectory());
      Files.move(built.getTransactionLogsDirectory(), target.getTransactionLogsDirectory());
      Files.move(built.databaseDirectory(), target.databaseDirectory());
    } catch (IOException e) {
      throw new SgnetException(
          SgnetException.Kind.CONFLICT,
          "the bulk import could not move its database into "
              + home
              + " (did another process open the store meanwhile?); nothing was written",
          e);
    }
  }

  private static void createParent(Path directory) throws IOException {
    Path parent = directory.getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
  }

  /** Where the embedded store of a data directory keeps the {@code neo4j} database. */
  private static DatabaseLayout databaseLayout(Path home) {
    return DatabaseLayout.of(config(home));
  }

  private static Config config(Path home) {
    return Config.newBuilder().set(GraphDatabaseSettings.neo4j_home, home).build();
  }
}
