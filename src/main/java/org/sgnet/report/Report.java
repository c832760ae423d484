package org.sgnet.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.sgnet.rules.Evidence;
import org.sgnet.rules.Rule;
import org.sgnet.rules.Severity;
import org.sgnet.rules.Theme;

/**
 * Everything a report shows, already in the words it shows them (names or codes): the HTML writer
 * only lays it out.
 *
 * @param asOf the as-of date D
 * @param windowDays the window W
 * @param identifiable whether real names are shown
 * @param scope the one child the report is about, or {@code null} for every child with findings
 * @param summary the counts of the summary page
 * @param themes every theme, in order, with its findings (possibly none)
 * @param children a section for each child the report covers
 */
record Report(
    LocalDate asOf,
    int windowDays,
    boolean identifiable,
    String scope,
    Summary summary,
    List<ThemeSection> themes,
    List<ChildSection> children) {

  /** The first day of the window. */
  LocalDate windowStart() {
    return asOf.minusDays(windowDays - 1L);
  }

  /** The number of findings under all themes. */
  int findings() {
    return themes.stream().mapToInt(t -> t.findings().size()).sum();
  }

  /**
   * The summary page.
   *
   * @param childrenInStore how many children the store holds
   * @param agencies how many agencies appear in the covered children's networks and chronologies
   * @param bySeverity findings per severity
   * @param byTheme findings per theme and severity
   * @param perChild findings per child and severity (a finding about two children counts for both)
   */
  record Summary(
      long childrenInStore,
      int agencies,
      Map<Severity, Integer> bySeverity,
      Map<Theme, Map<Severity, Integer>> byTheme,
      List<ChildCount> perChild) {}

  /**
   * A child's line of the summary.
   *
   * @param label the child's name or code
   * @param bySeverity its findings per severity
   */
  record ChildCount(String label, Map<Severity, Integer> bySeverity) {}

  /**
   * A theme and its findings, most severe first.
   *
   * @param theme the theme
   * @param findings its findings
   */
  record ThemeSection(Theme theme, List<FindingView> findings) {}

  /**
   * A finding as the report shows it.
   *
   * @param rule the rule
   * @param severity its severity
   * @param children the names or codes of its children
   * @param message what was found
   * @param recommendation what to do
   * @param evidence the evidence lines, with the dates of their events
   */
  record FindingView(
      Rule rule,
      Severity severity,
      List<String> children,
      String message,
      String recommendation,
      List<Evidence> evidence) {}

  /**
   * A child's section: the ecomap and the timeline.
   *
   * @param label the child's name or code
   * @param birthDate the birth date, or {@code null} (always in a pseudonymised report)
   * @param ecomap the ecomap, an SVG element
   * @param timeline the chronology as an SVG strip
   * @param events the events of the window, oldest first
   * @param earlier how many events before the window the strip shows but the table does not
   */
  record ChildSection(
      String label,
      LocalDate birthDate,
      String ecomap,
      String timeline,
      List<TimelineRow> events,
      int earlier) {}

  /**
   * A row of a child's timeline table.
   *
   * @param date the date
   * @param agency the recording agency's name or code
   * @param event the event's id or code
   * @param what the type, and subtype or value where they say what happened
   * @param people the recorder and participants
   * @param summary the free text, or {@code null} (always in a pseudonymised report)
   */
  record TimelineRow(
      LocalDate date, String agency, String event, String what, String people, String summary) {}
}
