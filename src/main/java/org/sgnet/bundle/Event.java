package org.sgnet.bundle;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A row of {@code events.csv}: one dated entry of an agency's record about a child.
 *
 * @param id the event id
 * @param date the date
 * @param type the type of entry
 * @param subjectId the child the entry is about
 * @param agencyId whose record this is
 * @param recordedBy the professional who recorded it, or {@code null}
 * @param participants the participants' ids in file order (empty when the cell is empty)
 * @param subtype the meeting's subtype ({@code MEETING} only), else {@code null}
 * @param value the ethnicity, risk category or decision text, else {@code null}
 * @param requestedBy whose request a contact met ({@code CONTACT} only), or {@code null}
 * @param seenAlone whether a visit saw the child alone ({@code VISIT} only), else {@code null}
 * @param summary free text, or {@code null}
 * @param extra the {@code x_} columns that were not empty
 * @param provenance where the row came from (see {@link Provenance}); empty when not said
 */
public record Event(
    String id,
    LocalDate date,
    EventType type,
    String subjectId,
    String agencyId,
    String recordedBy,
    List<String> participants,
    MeetingSubtype subtype,
    String value,
    RequestedBy requestedBy,
    Boolean seenAlone,
    String summary,
    Map<String, String> extra,
    List<String> provenance) {

  public Event {
    participants = List.copyOf(participants);
    extra = Map.copyOf(extra);
    provenance = List.copyOf(provenance);
  }
}
