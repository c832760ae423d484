package org.sgnet.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.SimpleQueryRunner;
import org.neo4j.driver.summary.SummaryCounters;

/**
 * Writes an import in stages, one transaction per batch, so that the heap it needs does not grow
 * with the bundle. Each batch also records how to undo it ({@link ImportJournal}), and closing
 * without a commit undoes the batches already committed. Readers may see it in progress.
 *
 * <p>The batches of one kind are written side by side ({@link WriterPool}): rows of one kind never
 * depend on each other, and a kind starts when the one before it is written. Each batch is a
 * managed transaction, which the driver retries when Neo4j reports a deadlock between two of them.
 */
final class StagedWriting implements ImportWriting {

  private final Store store;
  private final ImportTally tally;
  private final ImportJournal journal;
  private final WriterPool writers;
  private boolean committed;

  /**
   * Opens the import's journal, having undone the interrupted imports it finds.
   *
   * @throws org.sgnet.SgnetException of kind {@link org.sgnet.SgnetException.Kind#CONFLICT} when
   *     another import into the store is still running
   */
  StagedWriting(Store store, ImportTally tally) {
    this.store = store;
    this.tally = tally;
    this.journal = ImportJournal.begin(store);
    this.writers = new WriterPool();
  }

  @Override
  public <R> R read(Function<SimpleQueryRunner, R> work) {
    return store.read(work::apply);
  }

  @Override
  public <T> void write(RowKind<T> kind, List<List<T>> slices, ImportBatches planner) {
    List<Runnable> batches = new ArrayList<>();
    for (List<T> slice : slices) {
      batches.add(
          () -> {
            try (Session session = store.session()) {
              List<SummaryCounters> wrote =
                  session.executeWrite(tx -> write(tx, planner.plan(tx, kind, slice), planner));
              // Only the attempt that committed counts.
              wrote.forEach(tally::add);
              tally.advanced(slice.size());
            }
          });
    }
    writers.runAll(batches);
  }

  /** Writes a batch and its journal in the batch's transaction, returning what it wrote. */
  private List<SummaryCounters> write(
      SimpleQueryRunner tx, ImportBatches.Batch batch, ImportBatches planner) {
    RowKind<?> kind = batch.kind();
    long seq = journal.nextBatch();
    journal.before(tx, kind, seq, batch.known());
    List<SummaryCounters> wrote = new ArrayList<>(2);
    run(tx, kind.statements().create(), batch.created(), planner, wrote);
    run(tx, kind.statements().update(), batch.known(), planner, wrote);
    journal.created(tx, kind, seq, batch.fresh());
    return wrote;
  }

  private static void run(
      SimpleQueryRunner tx,
      String file,
      List<Map<String, Object>> rows,
      ImportBatches planner,
      List<SummaryCounters> wrote) {
    if (!rows.isEmpty()) {
      long started = System.nanoTime();
      Result result = tx.run(CypherFile.load(file).statement(), Map.of("rows", rows));
      wrote.add(planner.ended(result, rows.size(), started));
    }
  }

  @Override
  public void commit() {
    journal.finish();
    committed = true;
  }

  /** Stops the writers; without a commit, first undoes every batch committed. */
  @Override
  public void close() {
    try {
      if (!committed) {
        undo();
      }
    } finally {
      writers.close();
    }
  }

  private void undo() {
    // An interrupt ends the import, but the undo must still run to its end.
    boolean interrupted = Thread.interrupted();
    try {
      journal.undo();
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
