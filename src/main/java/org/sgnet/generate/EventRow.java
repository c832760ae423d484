package org.sgnet.generate;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.sgnet.bundle.EventType;
import org.sgnet.bundle.MeetingSubtype;
import org.sgnet.bundle.RequestedBy;

/**
 * A row of events.csv: one entry of a child's chronology. It has no id of its own: a child's
 * entries are sorted by date when the family is written, and each takes its row number in the file
 * as its id ({@code e1}, {@code e2}, …), so ids follow the file's order.
 *
 * <p>The static factories name which columns each type of entry fills.
 *
 * @param date the epoch day of the entry
 * @param type the type of entry
 * @param child the child whose record it is
 * @param agency the agency whose record it is
 * @param recorder the professional who recorded it, or null when not recorded
 * @param participants the ids taking part, repeats dropped; empty for none
 * @param subtype a meeting's subtype, otherwise null
 * @param value a risk's category, a recorded ethnicity or a decision, otherwise null
 * @param requestedBy who asked for a contact, or null
 * @param seenAlone whether a visit saw the child alone, otherwise null
 * @param summary the stock phrase of the entry, or null
 */
record EventRow(
    int date,
    EventType type,
    String child,
    String agency,
    String recorder,
    List<String> participants,
    MeetingSubtype subtype,
    String value,
    RequestedBy requestedBy,
    Boolean seenAlone,
    String summary)
    implements Row {

  /** The prefix of the ids that the entries take from their row number. */
  static final String ID_PREFIX = "e";

  EventRow {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(child, "child");
    Objects.requireNonNull(agency, "agency");
    participants = distinct(participants);
  }

  /** Who wrote an entry: the agency whose record it is and, in most entries, the professional. */
  record Author(String agency, String recorder) {
    Author {
      Objects.requireNonNull(agency, "agency");
    }
  }

  static EventRow visit(int date, String child, Author by, boolean seenAlone, String summary) {
    return of(date, EventType.VISIT, child, by, List.of(), null, null, null, seenAlone, summary);
  }

  static EventRow contact(
      int date, String child, Author by, List<String> with, RequestedBy asked, String summary) {
    return of(date, EventType.CONTACT, child, by, with, null, null, asked, null, summary);
  }

  static EventRow request(int date, String child, Author by, List<String> of, String summary) {
    return of(date, EventType.REQUEST, child, by, of, null, null, null, null, summary);
  }

  static EventRow shared(int date, String child, Author by, List<String> to, String summary) {
    return of(date, EventType.INFORMATION_SHARED, child, by, to, null, null, null, null, summary);
  }

  static EventRow meeting(
      int date,
      String child,
      Author by,
      MeetingSubtype subtype,
      List<String> attended,
      String summary) {
    return of(date, EventType.MEETING, child, by, attended, subtype, null, null, null, summary);
  }

  static EventRow assessment(
      int date, String child, Author by, List<String> contributors, String summary) {
    return of(date, EventType.ASSESSMENT, child, by, contributors, null, null, null, null, summary);
  }

  static EventRow risk(int date, String child, Author by, String category, String summary) {
    return of(date, EventType.RISK, child, by, List.of(), null, category, null, null, summary);
  }

  static EventRow change(int date, String child, Author by, String summary) {
    return of(
        date,
        EventType.CIRCUMSTANCES_CHANGED,
        child,
        by,
        List.of(),
        null,
        null,
        null,
        null,
        summary);
  }

  /** A decision, which has no summary: its value says what was decided. */
  static EventRow decision(int date, String child, Author by, List<String> about, String value) {
    return of(date, EventType.DECISION, child, by, about, null, value, null, null, null);
  }

  static EventRow ethnicity(int date, String child, Author by, String value, String summary) {
    return of(
        date, EventType.ETHNICITY_RECORDED, child, by, List.of(), null, value, null, null, summary);
  }

  private static EventRow of(
      int date,
      EventType type,
      String child,
      Author by,
      List<String> participants,
      MeetingSubtype subtype,
      String value,
      RequestedBy requestedBy,
      Boolean seenAlone,
      String summary) {
    return new EventRow(
        date,
        type,
        child,
        by.agency(),
        by.recorder(),
        participants,
        subtype,
        value,
        requestedBy,
        seenAlone,
        summary);
  }

  @Override
  public void writeTo(CsvRows<?> out) throws IOException {
    out.cell(ID_PREFIX + (out.rows() + 1))
        .date(date)
        .plain(type.name())
        .cell(child)
        .cell(agency)
        .cell(recorder)
        .cell(participants.isEmpty() ? null : String.join(";", participants))
        .plain(subtype == null ? null : subtype.name())
        .cell(value)
        .plain(requestedBy == null ? null : requestedBy.name())
        .plain(seenAlone == null ? null : seenAlone.toString())
        .cell(summary);
  }

  /**
   * The ids in first-seen order without repeats: a participant named twice took part once. The list
   * is kept as it is when it has no repeats, as most have none; the scenarios hand over lists they
   * no longer touch.
   */
  private static List<String> distinct(List<String> ids) {
    int n = ids.size();
    for (int i = 1; i < n; i++) {
      if (repeats(ids, i)) {
        List<String> out = new ArrayList<>(n);
        for (String id : ids) {
          if (!out.contains(id)) {
            out.add(id);
          }
        }
        return out;
      }
    }
    return ids;
  }

  /** Whether the id at {@code i} appears before it. */
  private static boolean repeats(List<String> ids, int i) {
    String id = ids.get(i);
    for (int j = 0; j < i; j++) {
      if (ids.get(j).equals(id)) {
        return true;
      }
    }
    return false;
  }
}
