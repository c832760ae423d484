package org.sgnet.runs;

import java.util.List;

/**
 * One change to a finding: an entry of its history and of the change feed.
 *
 * @param seq the change's number, from the store's one counter: increasing, no two alike
 * @param key the finding's stable key
 * @param kind OPENED, CHANGED, RESOLVED or REOPENED
 * @param status the finding's status after the change
 * @param runId the run that made it, or {@code null} for a triage
 * @param rule the finding's rule
 * @param childIds the finding's children
 * @param reason a triage's reason, or {@code null}
 * @param note a triage's note, or {@code null}
 * @param by who made it (who recorded the run, or who triaged)
 * @param at when (UTC, ISO-8601)
 */
public record Change(
    long seq,
    String key,
    String kind,
    String status,
    String runId,
    String rule,
    List<String> childIds,
    String reason,
    String note,
    String by,
    String at) {

  public Change {
    childIds = List.copyOf(childIds);
  }
}
