package org.sgnet.store;

import java.util.ArrayList;
import java.util.List;
import org.neo4j.driver.exceptions.Neo4jException;
import org.sgnet.SgnetException;
import org.sgnet.bundle.Bundle;

/**
 * Writes a validated bundle into the store as batched {@code UNWIND} statements from {@code
 * cypher/import}.
 *
 * <p>Either every row is written or, on any failure, the store is as it was. A bundle of up to
 * {@link #DEFAULT_SINGLE_TRANSACTION_ROWS} rows (by default) is written in one transaction, which
 * rolls back on failure and which readers never see half-written. A larger bundle is written in
 * stages, one transaction per batch, so that the heap it needs does not grow with the bundle; each
 * batch also records how to undo it (see {@link ImportJournal}), and a failure undoes the batches
 * already committed. Readers may see a staged import in progress.
 *
 * <p>Rows are upserts keyed by id (ties by type, ends and start date), so importing the same bundle
 * again updates in place and changes no count.
 *
 * <p>The parts: {@link RowKind} is what is written of each kind of row, and by which statements;
 * {@link ImportBatches} makes each batch ready (links by element id, rows to create and to update);
 * {@link OneTransaction} and {@link StagedWriting} are the two ways to write the batches ({@link
 * ImportWriting}); {@link ImportTally} counts what was written.
 */
public final class BundleImporter {

  /**
   * Where the import logs each statement's time and the commit's, at debug level: the switch that
   * {@code docs/performance.md} names is this class's.
   */
  static final org.slf4j.Logger STATEMENT_LOG =
      org.slf4j.LoggerFactory.getLogger(BundleImporter.class);

  /**
   * Above this many rows, an import in {@link Transactions#AUTO} mode is staged. Up to here one
   * transaction keeps readers from ever seeing part of an import, and it costs nothing measurable:
   * in a warm process (ImportBenchmark) the two ways were alike, within the noise, at 18,000 and
   * 54,000 rows. At 233,000 rows one transaction was well behind, 22,500-25,300 rows/s against
   * 37,300-44,400 staged, with twice the heap: its state grows on the heap and its commit runs on
   * one core, while the staged batches are written side by side.
   */
  public static final long DEFAULT_SINGLE_TRANSACTION_ROWS = 50_000;

  /** How an import uses transactions. */
  public enum Transactions {
    /** The whole bundle in one transaction. */
    ONE,
    /** One transaction per batch, with an undo journal. */
    BATCH,
    /** {@link #ONE} up to {@link #DEFAULT_SINGLE_TRANSACTION_ROWS} rows, else {@link #BATCH}. */
    AUTO
  }

  private final Store store;
  private final int batchSize;
  private final Transactions transactions;

  /**
   * An importer in {@link Transactions#AUTO} mode.
   *
   * @param store the store to write into
   * @param batchSize rows per {@code UNWIND} batch, at least 1
   */
  public BundleImporter(Store store, int batchSize) {
    this(store, batchSize, Transactions.AUTO);
  }

  /**
   * @param store the store to write into
   * @param batchSize rows per {@code UNWIND} batch, at least 1
   * @param transactions how to use transactions
   */
  public BundleImporter(Store store, int batchSize, Transactions transactions) {
    if (batchSize < 1) {
      throw new IllegalArgumentException("batchSize must be at least 1");
    }
    this.store = java.util.Objects.requireNonNull(store);
    this.batchSize = batchSize;
    this.transactions = java.util.Objects.requireNonNull(transactions);
  }

  /**
   * Imports the bundle, reporting progress after each batch.
   *
   * @throws SgnetException of kind {@link SgnetException.Kind#CONFLICT}, having written nothing,
   *     while another import (or a correction, see {@link Store#whileNoImportRuns}) runs in this
   *     process, or for a staged import while another staged import runs in another process; of
   *     kind {@link SgnetException.Kind#FAILURE} when writing fails, the store then being as it
   *     was, among others when the disk holding an embedded store has too little space left (see
   *     {@link DiskSpace})
   */
  public ImportSummary importBundle(Bundle bundle, ImportProgress progress) {
    return store.whileNoImportRuns(() -> write(bundle, progress));
  }

  private ImportSummary write(Bundle bundle, ImportProgress progress) {
    long started = System.nanoTime();
    DiskSpace space = DiskSpace.of(store);
    ImportProgress watched = progress;
    if (space != null) {
      space.checkBefore(bundle.rowCount());
      watched =
          (written, total) -> {
            space.checkDuring();
            progress.advanced(written, total);
          };
    }
    ImportTally tally = new ImportTally(watched, bundle.rowCount());
    try (ImportWriting writing =
        staged(transactions, bundle.rowCount())
            ? new StagedWriting(store, tally)
            : new OneTransaction(store, tally)) {
      ImportBatches planner = writing.read(ImportBatches::new);
      for (RowKind<?> kind : RowKind.ALL) {
        write(writing, kind, bundle, planner);
      }
      writing.commit();
    } catch (RuntimeException e) {
      if (e instanceof Neo4jException neo4j && overMemory(neo4j)) {
        throw tooBigForOneTransaction(neo4j);
      }
      SgnetException full = space == null ? null : space.explain(e);
      throw full != null ? full : e;
    }
    ImportSummary summary = tally.summary(bundle, (System.nanoTime() - started) / 1_000_000);
    store.afterImport(summary.nodesCreated());
    return summary;
  }

  private static boolean overMemory(Neo4jException e) {
    return e.code() != null && e.code().contains("MemoryPoolOutOfMemoryError");
  }

  /** A served store caps each transaction's memory: say what to do instead of the driver's code. */
  private static SgnetException tooBigForOneTransaction(Neo4jException e) {
    return new SgnetException(
        SgnetException.Kind.FAILURE,
        "the import needed more memory than one transaction may hold in a served store, and"
            + " nothing was written; import it staged (--transactions batch), from the command"
            + " line while the server is stopped, or give sgnet more heap",
        e);
  }

  /** Whether an import of this many rows in this mode is staged (one transaction per batch). */
  static boolean staged(Transactions transactions, long rows) {
    return transactions == Transactions.BATCH
        || (transactions == Transactions.AUTO && rows > DEFAULT_SINGLE_TRANSACTION_ROWS);
  }

  /** Writes the bundle's rows of one kind in batches of at most {@code batchSize} rows. */
  private <T> void write(
      ImportWriting writing, RowKind<T> kind, Bundle bundle, ImportBatches planner) {
    List<T> rows = kind.rows(bundle);
    List<List<T>> slices = new ArrayList<>();
    for (int from = 0; from < rows.size(); from += batchSize) {
      slices.add(rows.subList(from, Math.min(rows.size(), from + batchSize)));
    }
    writing.write(kind, slices, planner);
  }
}
