package org.sgnet.runs;

/** What happened to a finding, as its history and the change feed say. */
public enum ChangeKind {
  /** A run found it for the first time. */
  OPENED,
  /** An analyst triaged it (status, reason or note). */
  CHANGED,
  /** A run of the whole catalogue no longer found it. */
  RESOLVED,
  /**
   * A run found it again after it resolved, or found its evidence changed after it was dismissed.
   */
  REOPENED
}
