package org.sgnet.store;

/** Told how an import advances, so that a terminal can show a progress bar. */
@FunctionalInterface
public interface ImportProgress {

  /** Does nothing: for imports nobody watches. */
  ImportProgress NONE = (done, total) -> {};

  /**
   * Called after each batch is written.
   *
   * @param rowsWritten rows written so far
   * @param rowsTotal rows of the whole bundle
   */
  void advanced(long rowsWritten, long rowsTotal);
}
