package org.sgnet.sources;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.sgnet.bundle.Event;
import org.sgnet.bundle.EventType;
import org.sgnet.bundle.MeetingSubtype;

/**
 * Builds an event as a source gives it, for {@link SourceRecords#event}, naming its optional parts
 * where the adapter has them, so that no adapter spells out the fourteen columns of {@link Event}.
 * No source format says whose request a contact met, and the provenance is left empty for {@link
 * IdentityResolver} to fill from the record; every other optional part is empty until named.
 */
public final class SourceEvent {

  private final String id;
  private final LocalDate date;
  private final EventType type;
  private final String childId;
  private final String agencyId;
  private String recordedBy;
  private List<String> participants = List.of();
  private MeetingSubtype subtype;
  private String value;
  private Boolean seenAlone;
  private String summary;
  private Map<String, String> extra = Map.of();

  private SourceEvent(String id, LocalDate date, EventType type, String childId, String agencyId) {
    this.id = id;
    this.date = date;
    this.type = type;
    this.childId = childId;
    this.agencyId = agencyId;
  }

  /** Starts an event of an agency's record about a child. */
  public static SourceEvent of(
      String id, LocalDate date, EventType type, String childId, String agencyId) {
    return new SourceEvent(id, date, type, childId, agencyId);
  }

  /** Sets the professional who recorded the event. */
  public SourceEvent recordedBy(String recordedBy) {
    this.recordedBy = recordedBy;
    return this;
  }

  /** Sets the participants' ids, in the source's order. */
  public SourceEvent participants(List<String> participants) {
    this.participants = List.copyOf(participants);
    return this;
  }

  /** Sets a meeting's subtype. */
  public SourceEvent subtype(MeetingSubtype subtype) {
    this.subtype = subtype;
    return this;
  }

  /** Sets the ethnicity, risk category or decision text. */
  public SourceEvent value(String value) {
    this.value = value;
    return this;
  }

  /** Sets whether a visit saw the child alone. */
  public SourceEvent seenAlone(Boolean seenAlone) {
    this.seenAlone = seenAlone;
    return this;
  }

  /** Sets the free-text summary. */
  public SourceEvent summary(String summary) {
    this.summary = summary;
    return this;
  }

  /** Sets the {@code x_} columns the source keeps on the event. */
  public SourceEvent extra(Map<String, String> extra) {
    this.extra = Map.copyOf(extra);
    return this;
  }

  /** Returns the event. */
  public Event build() {
    return new Event(
        id,
        date,
        type,
        childId,
        agencyId,
        recordedBy,
        participants,
        subtype,
        value,
        null,
        seenAlone,
        summary,
        extra,
        List.of());
  }
}
