package org.sgnet.store;

import org.neo4j.driver.summary.SummaryCounters;
import org.sgnet.bundle.Bundle;

/**
 * What an import has written so far: what its statements counted, and its rows, which it tells its
 * progress after each batch. Batches written side by side add to it from their threads.
 */
final class ImportTally {

  private final ImportProgress progress;
  private final long total;
  private long written;
  private long nodesCreated;
  private long relationshipsCreated;
  private long relationshipsDeleted;
  private long propertiesSet;

  /**
   * @param progress told after each batch
   * @param total rows of the whole bundle
   */
  ImportTally(ImportProgress progress, long total) {
    this.progress = java.util.Objects.requireNonNull(progress);
    this.total = total;
  }

  /** Counts what a statement wrote, once its transaction will commit it. */
  synchronized void add(SummaryCounters c) {
    nodesCreated += c.nodesCreated();
    relationshipsCreated += c.relationshipsCreated();
    relationshipsDeleted += c.relationshipsDeleted();
    propertiesSet += c.propertiesSet();
  }

  /** Counts a batch's rows as written and tells the progress. */
  synchronized void advanced(int rows) {
    written += rows;
    progress.advanced(written, total);
  }

  /** Returns what the import of the bundle wrote, in that time. */
  synchronized ImportSummary summary(Bundle bundle, long millis) {
    return new ImportSummary(
        bundle.agencies().size(),
        bundle.people().size(),
        bundle.ties().size(),
        bundle.events().size(),
        nodesCreated,
        relationshipsCreated,
        relationshipsDeleted,
        propertiesSet,
        millis);
  }
}
