package org.sgnet.store;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.SimpleQueryRunner;
import org.neo4j.driver.Transaction;

/**
 * Writes an import in one transaction: on failure it rolls back, and readers never see it
 * half-written. Its batches are written one after another, each statement that returns nothing left
 * running while the next batch is made ready ({@link InFlight}).
 */
final class OneTransaction implements ImportWriting {

  private static final org.slf4j.Logger LOG = BundleImporter.STATEMENT_LOG;

  private final ImportTally tally;
  private final Session session;
  private final Transaction tx;
  private final InFlight inFlight = new InFlight();

  OneTransaction(Store store, ImportTally tally) {
    this.tally = tally;
    this.session = store.session();
    try {
      this.tx = session.beginTransaction();
    } catch (RuntimeException | Error e) {
      session.close();
      throw e;
    }
  }

  @Override
  public <R> R read(Function<SimpleQueryRunner, R> work) {
    return work.apply(tx);
  }

  @Override
  public <T> void write(RowKind<T> kind, List<List<T>> slices, ImportBatches planner) {
    for (List<T> slice : slices) {
      ImportBatches.Batch batch = planner.plan(tx, kind, slice);
      send(kind, kind.statements().create(), batch.created(), planner);
      send(kind, kind.statements().update(), batch.known(), planner);
      tally.advanced(slice.size());
    }
    inFlight.await(tally);
  }

  private void send(
      RowKind<?> kind, String file, List<Map<String, Object>> rows, ImportBatches planner) {
    if (rows.isEmpty()) {
      return;
    }
    long started = System.nanoTime();
    Result result = tx.run(CypherFile.load(file).statement(), Map.of("rows", rows));
    // The statement before this one has ended by now: the server answers in order.
    inFlight.await(tally);
    if (kind.statements().returnsElementIds()) {
      tally.add(planner.ended(result, rows.size(), started));
    } else {
      inFlight.leave(result, rows.size(), started);
    }
  }

  @Override
  public void commit() {
    long committing = System.nanoTime();
    tx.commit();
    LOG.debug("commit in {} ms", (System.nanoTime() - committing) / 1_000_000);
  }

  @Override
  public void close() {
    try (session) {
      tx.close();
    }
  }
}
