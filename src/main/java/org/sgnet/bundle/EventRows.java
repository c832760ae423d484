package org.sgnet.bundle;

import static org.sgnet.bundle.Columns.Events.AGENCY_ID;
import static org.sgnet.bundle.Columns.Events.DATE;
import static org.sgnet.bundle.Columns.Events.EVENT_ID;
import static org.sgnet.bundle.Columns.Events.PARTICIPANTS;
import static org.sgnet.bundle.Columns.Events.RECORDED_BY;
import static org.sgnet.bundle.Columns.Events.REQUESTED_BY;
import static org.sgnet.bundle.Columns.Events.SEEN_ALONE;
import static org.sgnet.bundle.Columns.Events.SUBJECT_ID;
import static org.sgnet.bundle.Columns.Events.SUBTYPE;
import static org.sgnet.bundle.Columns.Events.SUMMARY;
import static org.sgnet.bundle.Columns.Events.TYPE;
import static org.sgnet.bundle.Columns.Events.VALUE;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.sgnet.bundle.Columns.Events;

/** Reads the rows of {@code events.csv}, the chronology, checking every reference. */
final class EventRows {

  private static final Set<EventType> NEED_PARTICIPANTS =
      EnumSet.of(EventType.CONTACT, EventType.REQUEST);
  private static final Set<EventType> NEED_VALUE =
      EnumSet.of(EventType.ETHNICITY_RECORDED, EventType.RISK, EventType.DECISION);

  private final Table table;
  private final IdIndex<Void> agencies;
  private final IdIndex<PersonKind> people;
  private final IdIndex<Void> events = new IdIndex<>("event", BundleFile.EVENTS);

  EventRows(Table table, IdIndex<Void> agencies, IdIndex<PersonKind> people) {
    if (table == null || agencies == null || people == null) {
      throw new IllegalArgumentException("event rows need their table and indexes");
    }
    this.table = table;
    this.agencies = agencies;
    this.people = people;
  }

  /** Returns the valid rows in file order; errors go to the table's error list. */
  List<Event> read() throws IOException {
    List<Event> rows = new ArrayList<>();
    for (Row row = table.next(); row != null; row = table.next()) {
      row.register(EVENT_ID, events, null);
      if (row.broken()) {
        continue;
      }
      LocalDate date = row.require(DATE) ? row.date(DATE) : null;
      EventType type = row.require(TYPE) ? row.enumOf(TYPE, EventType.class) : null;
      checkSubject(row);
      if (row.require(AGENCY_ID)) {
        row.reference(AGENCY_ID, agencies);
      }
      checkRecordedBy(row);
      List<String> participants = participants(row, type);
      MeetingSubtype subtype = subtype(row, type);
      checkValue(row, type);
      RequestedBy requestedBy = requestedBy(row, type);
      Boolean seenAlone = seenAlone(row, type);
      List<String> provenance = row.provenance(Events.PROVENANCE);
      if (row.ok()) {
        rows.add(
            new Event(
                row.cell(EVENT_ID),
                date,
                type,
                row.cell(SUBJECT_ID),
                row.cell(AGENCY_ID),
                row.cell(RECORDED_BY),
                participants,
                subtype,
                row.cell(VALUE),
                requestedBy,
                seenAlone,
                row.cell(SUMMARY),
                row.extra(),
                provenance));
      }
    }
    return rows;
  }

  private void checkSubject(Row row) {
    if (!row.require(SUBJECT_ID)) {
      return;
    }
    IdIndex.Entry<PersonKind> subject = row.reference(SUBJECT_ID, people);
    if (subject != null && subject.kind() != null && subject.kind() != PersonKind.CHILD) {
      row.error(
          SUBJECT_ID,
          Cells.quote(row.cell(SUBJECT_ID))
              + " is "
              + subject.kind()
              + ", but the subject must be a CHILD");
    }
  }

  private void checkRecordedBy(Row row) {
    IdIndex.Entry<PersonKind> recorder = row.reference(RECORDED_BY, people);
    if (recorder != null && recorder.kind() != null && recorder.kind() != PersonKind.PROFESSIONAL) {
      row.error(
          RECORDED_BY,
          Cells.quote(row.cell(RECORDED_BY))
              + " is "
              + recorder.kind()
              + ", but recorded_by must be a PROFESSIONAL");
    }
  }

  /** Returns the participants' ids, split at {@code ;} and trimmed, each checked. */
  private List<String> participants(Row row, EventType type) {
    if (NEED_PARTICIPANTS.contains(type)
        && !row.requireFor(PARTICIPANTS, "type " + type + " (person ids separated by ;)")) {
      return List.of();
    }
    String cell = row.cell(PARTICIPANTS);
    if (cell == null) {
      return List.of();
    }
    List<String> ids = new ArrayList<>();
    boolean emptyItem = false;
    int start = 0;
    while (start <= cell.length()) {
      int end = cell.indexOf(';', start);
      if (end < 0) {
        end = cell.length();
      }
      String id = Cells.trim(cell.substring(start, end));
      if (id.isEmpty()) {
        emptyItem = true;
      } else {
        IdIndex.Entry<PersonKind> person = row.reference(PARTICIPANTS, id, people);
        ids.add(person == null ? id : person.id());
      }
      start = end + 1;
    }
    if (emptyItem) {
      row.error(PARTICIPANTS, "an item of the list is empty; person ids are separated by ;");
    }
    return ids;
  }

  private static MeetingSubtype subtype(Row row, EventType type) {
    if (type == EventType.MEETING) {
      return row.requireFor(SUBTYPE, "type MEETING (" + Row.choices(MeetingSubtype.class) + ")")
          ? row.enumOf(SUBTYPE, MeetingSubtype.class)
          : null;
    }
    if (type != null) {
      row.forbidFor(SUBTYPE, "type " + type + " (only for MEETING)");
      return null;
    }
    return row.enumOf(SUBTYPE, MeetingSubtype.class);
  }

  /** Checks the value; it is free text (personal data) except for RISK, so it is never quoted. */
  private static void checkValue(Row row, EventType type) {
    if (NEED_VALUE.contains(type)) {
      if (row.requireFor(VALUE, "type " + type)
          && type == EventType.RISK
          && Row.constant(RiskCategory.class, row.cell(VALUE)) == null) {
        row.error(VALUE, "must be a risk category: " + Row.choices(RiskCategory.class));
      }
    } else if (type != null) {
      row.forbidFor(VALUE, "type " + type + " (only for ETHNICITY_RECORDED, RISK and DECISION)");
    }
  }

  private static RequestedBy requestedBy(Row row, EventType type) {
    if (type != null && type != EventType.CONTACT) {
      row.forbidFor(REQUESTED_BY, "type " + type + " (only for CONTACT)");
      return null;
    }
    return row.enumOf(REQUESTED_BY, RequestedBy.class);
  }

  private static Boolean seenAlone(Row row, EventType type) {
    if (type == EventType.VISIT) {
      return row.requireFor(SEEN_ALONE, "type VISIT (true or false)") ? row.bool(SEEN_ALONE) : null;
    }
    if (type != null) {
      row.forbidFor(SEEN_ALONE, "type " + type + " (only for VISIT)");
      return null;
    }
    return row.bool(SEEN_ALONE);
  }
}
