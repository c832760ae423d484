package org.sgnet.sources.cin;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.sgnet.bundle.Event;
import org.sgnet.bundle.EventType;
import org.sgnet.bundle.MeetingSubtype;
import org.sgnet.sources.Locator;
import org.sgnet.sources.SourceEvent;
import org.sgnet.sources.SourceIds;
import org.sgnet.sources.SourceRecords;

/**
 * The events of one read, with ids made of what they say rather than where they stand: a referral,
 * an assessment or a plan that a child's returns of two years both hold keeps its id from one year
 * to the next (each return repeats the episodes still open). The same fact given again in the same
 * read is one event; a different fact that would take a taken id gets {@code -2}, {@code -3}… in
 * reading order.
 */
final class Chronology {

  private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

  private final SourceRecords records;
  private final Map<String, List<Event>> byBaseId = new HashMap<>();
  private final Map<String, LocalDate> earliest = new HashMap<>();

  Chronology(SourceRecords records) {
    this.records = records;
  }

  /** What every event of one child of one return shares. */
  record Subject(String childId, String agencyId, String lea) {}

  /**
   * Adds an event about the child.
   *
   * @param key what tells the event apart among the child's, such as {@code asm-20220603}
   */
  void add(
      Subject s,
      String key,
      LocalDate date,
      EventType type,
      MeetingSubtype subtype,
      String value,
      String summary,
      Locator at) {
    String base = SourceIds.id(s.childId(), key);
    if (base == null || base.length() > 60) {
      // A long LA child id leaves no room for the key (and a -2): a hash keeps it short and stable.
      base = SourceIds.named("cin-" + s.lea() + "-e", s.childId() + "|" + key);
    }
    earliest.merge(s.childId(), date, (a, b) -> a.isBefore(b) ? a : b);
    List<Event> taken = byBaseId.computeIfAbsent(base, k -> new ArrayList<>());
    for (Event e : taken) {
      if (sameFact(e, date, type, subtype, value, summary, s)) {
        return;
      }
    }
    String id = taken.isEmpty() ? base : base + "-" + (taken.size() + 1);
    Event event =
        SourceEvent.of(id, date, type, s.childId(), s.agencyId())
            .subtype(subtype)
            .value(value)
            .summary(summary)
            .build();
    taken.add(event);
    records.event(event, at);
  }

  /** Returns the date of the child's earliest event so far, or {@code null}. */
  LocalDate earliest(String childId) {
    return earliest.get(childId);
  }

  /** Returns the day as an id part, such as {@code 20220603}. */
  static String day(LocalDate date) {
    return DAY.format(date);
  }

  private static boolean sameFact(
      Event e,
      LocalDate date,
      EventType type,
      MeetingSubtype subtype,
      String value,
      String summary,
      Subject s) {
    return e.date().equals(date)
        && e.type() == type
        && e.subjectId().equals(s.childId())
        && e.agencyId().equals(s.agencyId())
        && e.subtype() == subtype
        && Objects.equals(e.value(), value)
        && Objects.equals(e.summary(), summary);
  }
}
