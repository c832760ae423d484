package org.sgnet.timeline;

import java.time.LocalDate;
import java.util.List;

/**
 * A child's chronology up to a date, in one lane per agency, with the analysis window that ends on
 * that date. The window does not filter the lanes (they hold every entry up to {@code asOf}); it
 * tells a drawing which stretch the findings of the same date and window looked at.
 *
 * @param childId the child
 * @param asOf the last date included, and the window's last day
 * @param windowDays the window W in days, at least 1
 * @param windowStart the window's first day: {@code asOf} minus W − 1 days, as the rules count it
 * @param lanes one lane per agency that recorded anything, by agency id
 */
public record Timeline(
    String childId, LocalDate asOf, int windowDays, LocalDate windowStart, List<Lane> lanes) {

  public Timeline {
    if (windowDays < 1) {
      throw new IllegalArgumentException("windowDays must be at least 1");
    }
    if (!windowStart.equals(asOf.minusDays(windowDays - 1L))) {
      throw new IllegalArgumentException("windowStart must be asOf minus windowDays - 1 days");
    }
    lanes = List.copyOf(lanes);
  }

  /** A chronology whose window of {@code windowDays} ends on {@code asOf}. */
  public Timeline(String childId, LocalDate asOf, int windowDays, List<Lane> lanes) {
    this(childId, asOf, windowDays, asOf.minusDays(windowDays - 1L), lanes);
  }

  /** Returns the number of entries in all lanes. */
  public int size() {
    return lanes.stream().mapToInt(l -> l.events().size()).sum();
  }

  /**
   * An agency's entries.
   *
   * @param agencyId the agency
   * @param agencyName its name
   * @param events its entries, oldest first
   */
  public record Lane(String agencyId, String agencyName, List<Entry> events) {
    public Lane {
      events = List.copyOf(events);
    }
  }

  /**
   * One entry.
   *
   * @param id the event id
   * @param date the date
   * @param type the event type
   * @param subtype a meeting's subtype, or {@code null}
   * @param value the ethnicity, risk category or decision, or {@code null}
   * @param requestedBy whose request a contact met, or {@code null}
   * @param seenAlone whether a visit saw the child alone, or {@code null}
   * @param summary the free text, or {@code null}
   * @param recordedBy the recorder's id and name, or {@code null}
   * @param participants the participants' ids, names and kinds
   */
  public record Entry(
      String id,
      LocalDate date,
      String type,
      String subtype,
      String value,
      String requestedBy,
      Boolean seenAlone,
      String summary,
      Ref recordedBy,
      List<Ref> participants) {}

  /**
   * A person named by an entry.
   *
   * @param id the id
   * @param name the name
   * @param kind the kind
   */
  public record Ref(String id, String name, String kind) {}
}
