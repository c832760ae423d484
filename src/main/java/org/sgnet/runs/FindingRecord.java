package org.sgnet.runs;

import java.util.List;

/**
 * A finding as kept across runs, with its triage.
 *
 * @param key the stable key ({@link FindingKey})
 * @param rule the rule
 * @param severity as last found
 * @param childIds the children, sorted
 * @param agencyIds the agencies, sorted
 * @param personIds the people, sorted
 * @param eventId the event it is about, for the rules about one event, else {@code null}
 * @param message as last found
 * @param status the triage status: NEW, CONFIRMED, DISMISSED or ACTIONED
 * @param open whether the last run found it (false: resolved)
 * @param firstSeenRun the run that first found it
 * @param lastSeenRun the last run that found it
 * @param resolvedRun the run that last found it gone, or {@code null}
 * @param hash the SHA-256 evidence hash
 * @param reason the reason of the last triage (a dismissal's), or {@code null}
 * @param note the last note, or {@code null}
 * @param triagedBy who triaged it last, or {@code null}
 * @param triagedAt when, or {@code null}
 */
public record FindingRecord(
    String key,
    String rule,
    String severity,
    List<String> childIds,
    List<String> agencyIds,
    List<String> personIds,
    String eventId,
    String message,
    String status,
    boolean open,
    String firstSeenRun,
    String lastSeenRun,
    String resolvedRun,
    String hash,
    String reason,
    String note,
    String triagedBy,
    String triagedAt) {

  public FindingRecord {
    childIds = List.copyOf(childIds);
    agencyIds = List.copyOf(agencyIds);
    personIds = List.copyOf(personIds);
  }
}
