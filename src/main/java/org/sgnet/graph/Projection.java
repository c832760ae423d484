package org.sgnet.graph;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the JGraphT engine reads from the store: the professionals' agencies, the ties the twin
 * rules use, and the events they read.
 *
 * <p>The events are those of the window, of every type, and before the window those of the {@link
 * #HISTORY_TYPES}, which the rules read at any date up to D (assessments, changes of circumstances,
 * ethnicity records, meetings and decisions). A twin that counts only the window tests {@link
 * #inWindow}.
 *
 * @param asOf the as-of date D
 * @param windowDays the window W, at least 1
 * @param agencyOf the agency of every professional, by professional id
 * @param ties every SIBLING, PARENT, PLACED_WITH and INVOLVED tie, active or not
 * @param events the events dated in the window {@code D - W < date <= D}, and those of the {@link
 *     #HISTORY_TYPES} dated before it
 */
public record Projection(
    LocalDate asOf,
    int windowDays,
    Map<String, String> agencyOf,
    List<TieRow> ties,
    List<EventRow> events) {

  /** The types of event that rules read before the window too (any date up to D). */
  public static final java.util.Set<String> HISTORY_TYPES =
      java.util.Set.of(
          "ASSESSMENT", "CIRCUMSTANCES_CHANGED", "DECISION", "ETHNICITY_RECORDED", "MEETING");

  public Projection {
    Objects.requireNonNull(asOf, "asOf");
    if (windowDays < 1) {
      throw new IllegalArgumentException("windowDays must be at least 1");
    }
    // A hash map, not Map.copyOf: it probes long runs on alike ids (see rules.Names).
    agencyOf = java.util.Collections.unmodifiableMap(new java.util.HashMap<>(agencyOf));
    ties = List.copyOf(ties);
    events = List.copyOf(events);
  }

  /**
   * Returns the projection as of an earlier or equal date with another window, whose window starts
   * no earlier than this one's: the same professionals and ties, and the events a projection loaded
   * as of that date would hold, in this projection's order. A trend loads one projection for its
   * whole span and takes each step's from it. O(events).
   *
   * @throws IllegalArgumentException when this projection does not hold every event that one needs
   */
  public Projection within(LocalDate date, int days) {
    LocalDate start = date.minusDays(days);
    if (date.isAfter(asOf) || start.isBefore(asOf.minusDays(windowDays))) {
      throw new IllegalArgumentException(
          "a projection as of "
              + asOf
              + " with a window of "
              + windowDays
              + " days does not hold one as of "
              + date
              + " with a window of "
              + days
              + " days");
    }
    List<EventRow> held = new java.util.ArrayList<>();
    for (EventRow e : events) {
      if (!e.date().isAfter(date)
          && (e.date().isAfter(start) || HISTORY_TYPES.contains(e.type()))) {
        held.add(e);
      }
    }
    return new Projection(date, days, agencyOf, ties, held);
  }

  /** Returns whether a date lies in the window. */
  public boolean inWindow(LocalDate date) {
    return date.isAfter(asOf.minusDays(windowDays)) && !date.isAfter(asOf);
  }

  /** Returns whether a person is a professional. */
  public boolean isProfessional(String personId) {
    return personId != null && agencyOf.containsKey(personId);
  }

  /**
   * A tie.
   *
   * @param type SIBLING, PARENT, PLACED_WITH or INVOLVED
   * @param fromId the person it starts from
   * @param toId the person it goes to
   * @param start first day, or null
   * @param end last day, or null
   * @param legalBasis the basis of a PLACED_WITH, else null
   * @param lead whether an INVOLVED tie marks the lead, else false
   * @param parentalResponsibility whether a PARENT tie carries parental responsibility, else false
   */
  public record TieRow(
      String type,
      String fromId,
      String toId,
      LocalDate start,
      LocalDate end,
      String legalBasis,
      boolean lead,
      boolean parentalResponsibility) {

    /** Returns whether the tie is active on the date: started by then and not yet ended. */
    public boolean activeOn(LocalDate d) {
      return (start == null || !start.isAfter(d)) && (end == null || !end.isBefore(d));
    }
  }

  /**
   * An event.
   *
   * @param id the event id
   * @param date its date
   * @param type its type
   * @param subjectId the child it is about
   * @param agencyId whose record it is
   * @param recordedBy the recorder, or null
   * @param participants the distinct participants
   * @param subtype a MEETING's subtype, else null
   * @param value the ethnicity, risk category or decision text, else null
   * @param requestedBy whose request a CONTACT met, or null
   * @param seenAlone whether the child was seen alone at a VISIT, else null
   */
  public record EventRow(
      String id,
      LocalDate date,
      String type,
      String subjectId,
      String agencyId,
      String recordedBy,
      List<String> participants,
      String subtype,
      String value,
      String requestedBy,
      Boolean seenAlone) {

    public EventRow {
      participants = List.copyOf(participants);
    }

    /** Returns whether the event is of this type. */
    public boolean is(String eventType) {
      return type.equals(eventType);
    }

    /** The people of the event: its recorder and its participants. */
    public List<String> people() {
      if (recordedBy == null) {
        return participants;
      }
      java.util.ArrayList<String> p = new java.util.ArrayList<>(participants.size() + 1);
      p.add(recordedBy);
      p.addAll(participants);
      return p;
    }
  }
}
