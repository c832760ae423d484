package org.sgnet.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The evidence of one finding while it is being written: the lines so far, the events cited, and
 * the events about the finding's children that a rule may look through. A rule adds its own lines
 * and cites events ({@link RuleDefinition#evidence}); the events cited are shown at the end, in
 * date order, whoever cited them.
 */
public final class Explanation {

  /**
   * An event about one of the finding's children, as the evidence sees it.
   *
   * @param id the event's id
   * @param date its date
   * @param type its type, such as {@code MEETING}
   * @param subtype its subtype, or {@code null}
   * @param value its value, or {@code null}
   * @param requestedBy who asked for it, or {@code null}
   * @param seenAlone whether the child was seen alone, or {@code null}
   * @param subjectId the child it is about
   * @param agencyId the agency that recorded it
   * @param recordedBy the professional who recorded it, or {@code null}
   * @param participants the people who took part
   * @param provenance the source records it came from
   */
  public record Event(
      String id,
      LocalDate date,
      String type,
      String subtype,
      String value,
      String requestedBy,
      Boolean seenAlone,
      String subjectId,
      String agencyId,
      String recordedBy,
      List<String> participants,
      List<String> provenance) {

    public Event {
      participants = List.copyOf(participants);
      provenance = List.copyOf(provenance);
    }

    /** Whether the event has this type. */
    public boolean is(String eventType) {
      return type.equals(eventType);
    }
  }

  private final Explainer.Shown shown;
  private final LocalDate windowStart;
  private final LocalDate asOf;
  private final List<Event> about;
  private final List<Event> window;
  private final Set<Evidence> lines = new LinkedHashSet<>();
  private final Set<String> cited = new LinkedHashSet<>();

  Explanation(Explainer.Shown shown, LocalDate windowStart, LocalDate asOf, List<Event> about) {
    this.shown = shown;
    this.windowStart = windowStart;
    this.asOf = asOf;
    this.about = List.copyOf(about);
    List<Event> in = new ArrayList<>();
    for (Event e : about) {
      if (e.date().isAfter(windowStart)) {
        in.add(e);
      }
    }
    this.window = List.copyOf(in);
  }

  /** The events about the finding's children up to the as-of date, by date then id. */
  public List<Event> about() {
    return about;
  }

  /** The events of {@link #about()} inside the window. */
  public List<Event> window() {
    return window;
  }

  /** The as-of date of the analysis. */
  public LocalDate asOf() {
    return asOf;
  }

  /** The day before the window's first day: events after it are in the window. */
  public LocalDate windowStart() {
    return windowStart;
  }

  /** The names (or codes) of people and agencies. */
  public Names names() {
    return shown.names();
  }

  /** A person as the evidence shows them: name, id, role and agency, or codes only. */
  public String person(String id) {
    return shown.person(id);
  }

  /** A person or an agency with its id, or only its code. */
  public String named(String name, String id) {
    return shown.named(name, id);
  }

  /** An event's id, or its code. */
  public String event(String id) {
    return shown.event(id);
  }

  /** Adds a line about people or agencies. */
  public void line(String text) {
    lines.add(new Evidence(text, null));
  }

  /** Adds a line about an event of this date. */
  public void line(String text, LocalDate date) {
    lines.add(new Evidence(text, date));
  }

  /** Cites an event: it is shown among the finding's events if it is about one of its children. */
  public void cite(String eventId) {
    cited.add(eventId);
  }

  /** The lines, then one line for each cited event in the order of {@link #about()}. */
  List<Evidence> lines() {
    List<Evidence> result = new ArrayList<>(lines);
    Set<Evidence> seen = new LinkedHashSet<>(lines);
    for (Event e : about) {
      if (cited.contains(e.id())) {
        Evidence line = new Evidence("event: " + Explainer.describe(e, shown), e.date());
        if (seen.add(line)) {
          result.add(line);
        }
      }
    }
    return result;
  }
}
