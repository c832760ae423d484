package org.sgnet.store;

import java.util.List;
import java.util.function.Function;
import org.neo4j.driver.SimpleQueryRunner;

/**
 * How an import's batches reach the store: {@link OneTransaction}, every batch in one transaction,
 * or {@link StagedWriting}, each batch in its own with an undo journal. Either way the import is
 * all or nothing: closed without {@link #commit}, the store is as it was.
 */
sealed interface ImportWriting extends AutoCloseable permits OneTransaction, StagedWriting {

  /** Runs a read before the first batch. */
  <R> R read(Function<SimpleQueryRunner, R> work);

  /**
   * Writes batches of rows of one kind and returns when every one is written: each is made ready by
   * the planner in the transaction that writes it. What they wrote goes to the import's tally.
   */
  <T> void write(RowKind<T> kind, List<List<T>> slices, ImportBatches planner);

  /** Makes everything written permanent and visible. */
  void commit();

  /** Ends the writing: without a commit, what it wrote is undone. */
  @Override
  void close();
}
