package org.sgnet.timeline;

import java.time.LocalDate;
import java.util.List;

/**
 * A child's chronology up to a date, in one lane per agency.
 *
 * @param childId the child
 * @param asOf the last date included
 * @param lanes one lane per agency that recorded anything, by agency id
 */
public record Timeline(String childId, LocalDate asOf, List<Lane> lanes) {

  public Timeline {
    lanes = List.copyOf(lanes);
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
