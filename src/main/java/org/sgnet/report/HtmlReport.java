package org.sgnet.report;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.sgnet.rules.Evidence;
import org.sgnet.rules.Severity;
import org.sgnet.rules.Theme;

/**
 * Lays a {@link Report} out as one self-contained HTML document: inline CSS and SVG, no script, no
 * link to anything elsewhere. It is also well-formed XML (XHTML), so that the PDF renderer reads
 * the very same document. The layout is the template {@code src/main/jte/report/briefing.jte}; here
 * are the few sentences and figures it computes.
 */
final class HtmlReport {

  private HtmlReport() {}

  /** Returns the report as an HTML document. */
  static String write(Report r) {
    return Templates.render("report/briefing.jte", r);
  }

  /** The document's title. */
  static String title(Report r) {
    return "Safeguarding network briefing"
        + (r.scope() == null ? "" : ": " + r.scope())
        + ", as of "
        + r.asOf();
  }

  /** The cover's first sentences: whom the briefing covers, on which date, over which window. */
  static String lede(Report r) {
    return (r.scope() == null ? "Every child with findings" : "One child: " + r.scope())
        + ", as of "
        + r.asOf()
        + ". The window is the "
        + r.windowDays()
        + " days from "
        + r.windowStart()
        + " to "
        + r.asOf()
        + ".";
  }

  /** The id of a theme's heading, e.g. {@code theme-family-and-sibling-contact}. */
  static String themeId(Theme theme) {
    return "theme-" + theme.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The sum of a row of counts by severity. */
  static int total(Map<Severity, Integer> counts) {
    int total = 0;
    for (Severity s : Severity.values()) {
      total += counts.get(s);
    }
    return total;
  }

  /**
   * A line of evidence as shown: {@code "event: …"} as the kind "Event" in bold, then the rest.
   *
   * @param kind the kind of evidence in words, or {@code null} when the line has none
   * @param text the rest of the line
   */
  record EvidenceLine(String kind, String text) {

    static EvidenceLine of(Evidence e) {
      String text = e.text();
      int colon = text.indexOf(": ");
      if (colon <= 0) {
        return new EvidenceLine(null, text);
      }
      return new EvidenceLine(
          Words.sentence(text.substring(0, colon).toUpperCase(Locale.ROOT)),
          text.substring(colon + 2));
    }
  }

  /** The span of the dated evidence, and the run it belongs to. */
  static String dates(Report r, Report.FindingView f) {
    LocalDate first = null;
    LocalDate last = null;
    for (Evidence e : f.evidence()) {
      if (e.date() != null) {
        first = first == null || e.date().isBefore(first) ? e.date() : first;
        last = last == null || e.date().isAfter(last) ? e.date() : last;
      }
    }
    String run = "Found as of " + r.asOf() + " over the window from " + r.windowStart() + ".";
    if (first == null) {
      return run;
    }
    return (first.equals(last)
            ? "Evidence dated " + first + ". "
            : "Evidence dated " + first + " to " + last + ". ")
        + run;
  }
}
