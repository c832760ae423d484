package org.sgnet.report;

import java.time.LocalDate;
import java.util.Map;
import org.sgnet.rules.Evidence;
import org.sgnet.rules.Severity;

/**
 * Lays a {@link Report} out as one self-contained HTML document: inline CSS and SVG, no script, no
 * link to anything elsewhere. It is also well-formed XML (XHTML), so that the PDF renderer reads
 * the very same document.
 */
final class HtmlReport {

  /**
   * Screen and print alike; {@code @page} rules shape the PDF (A4, running header, page numbers).
   */
  private static final String CSS =
      """
      @page { size: A4; margin: 20mm 16mm 18mm 16mm;
        @top-left { content: element(running); }
        @bottom-right { content: "Page " counter(page) " of " counter(pages);
          font-family: "DejaVu Sans", Arial, sans-serif; font-size: 7.5pt; color: #505a5f; } }
      body { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 9pt; line-height: 1.4;
        color: #0b0c0c; margin: 0 auto; max-width: 190mm; }
      .running { position: running(running); font-size: 7.5pt; color: #505a5f; }
      h1 { font-size: 20pt; margin: 0 0 4mm 0; line-height: 1.15; }
      h2 { font-size: 14pt; margin: 7mm 0 2mm 0; border-bottom: 2px solid #1d70b8;
        padding-bottom: 1mm; }
      h3 { font-size: 11pt; margin: 5mm 0 2mm 0; }
      p { margin: 0 0 2mm 0; }
      .kicker { color: #505a5f; font-size: 9pt; margin-bottom: 2mm; }
      .lede { font-size: 11pt; }
      .notice { border-left: 4px solid #1d70b8; background: #f3f2f1; padding: 2mm 3mm;
        margin: 4mm 0; }
      .notice.identifiable { border-left-color: #d4351c; }
      .new-page { page-break-before: always; }
      table { border-collapse: collapse; width: 100%; margin: 1mm 0 3mm 0; }
      th, td { border-bottom: 1px solid #b1b4b6; padding: 1.2mm 1.5mm; text-align: left;
        vertical-align: top; }
      th { background: #f3f2f1; font-weight: bold; }
      td.n, th.n { text-align: right; width: 16mm; }
      table.figures td { border: none; width: 25%; padding: 2mm; background: #f3f2f1; }
      table.figures { border-collapse: separate; border-spacing: 2mm 0; }
      .figure { font-size: 18pt; font-weight: bold; display: block; }
      table.timeline { font-size: 7.5pt; -fs-table-paginate: paginate; }
      table.timeline tr { page-break-inside: avoid; }
      table.timeline .date { white-space: nowrap; width: 18mm; }
      table.timeline .agency { width: 30mm; }
      table.timeline .event { white-space: nowrap; width: 16mm; }
      table.timeline .what { width: 38mm; }
      .sev { display: inline-block; padding: 0.3mm 1.5mm; font-weight: bold; font-size: 7.5pt;
        border: 1px solid #0b0c0c; }
      .sev-HIGH { background: #d4351c; color: #ffffff; border-color: #d4351c; }
      .sev-MEDIUM { background: #f47738; color: #0b0c0c; border-color: #f47738; }
      .sev-LOW { background: #ffffff; color: #0b0c0c; }
      .theme-scope { color: #505a5f; }
      .finding { border: 1px solid #b1b4b6; border-left: 5px solid #505a5f; padding: 2mm 3mm;
        margin: 0 0 3mm 0; page-break-inside: avoid; }
      .finding.sev-border-HIGH { border-left-color: #d4351c; }
      .finding.sev-border-MEDIUM { border-left-color: #f47738; }
      .finding-head { font-size: 10pt; }
      .rule { color: #505a5f; font-size: 7.5pt; }
      .dates { color: #505a5f; }
      ul.evidence { margin: 1mm 0 2mm 0; padding-left: 5mm; font-size: 8pt; }
      ul.evidence li { margin-bottom: 0.6mm; }
      .recommendation { background: #e8f1f8; padding: 1.5mm 2mm; }
      .none { color: #505a5f; font-style: italic; }
      .picture { page-break-inside: avoid; margin: 2mm 0; }
      svg { max-width: 100%; }
      """;

  private HtmlReport() {}

  /** Returns the report as an HTML document. */
  static String write(Report r) {
    StringBuilder h = new StringBuilder(64 * 1024);
    String title =
        "Safeguarding network briefing"
            + (r.scope() == null ? "" : ": " + r.scope())
            + ", as of "
            + r.asOf();
    h.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n")
        .append("<head>\n<meta charset=\"utf-8\"/>\n<title>")
        .append(Xml.escape(title))
        .append("</title>\n<style>\n")
        .append(CSS)
        .append("</style>\n</head>\n<body>\n");
    h.append("<div class=\"running\">sgnet briefing, as of ")
        .append(r.asOf())
        .append(r.identifiable() ? " \u2014 identifiable: personal data" : " \u2014 pseudonymised")
        .append("</div>\n");
    cover(h, r);
    summary(h, r);
    themes(h, r);
    for (Report.ChildSection c : r.children()) {
      child(h, r, c);
    }
    h.append("</body>\n</html>\n");
    return h.toString();
  }

  private static void cover(StringBuilder h, Report r) {
    h.append("<p class=\"kicker\">sgnet \u00b7 safeguarding network analyzer</p>\n")
        .append("<h1>Safeguarding network briefing</h1>\n")
        .append("<p class=\"lede\">")
        .append(
            Xml.escape(
                (r.scope() == null ? "Every child with findings" : "One child: " + r.scope())
                    + ", as of "
                    + r.asOf()
                    + ". The window is the "
                    + r.windowDays()
                    + " days from "
                    + r.windowStart()
                    + " to "
                    + r.asOf()
                    + "."))
        .append("</p>\n");
    if (r.identifiable()) {
      h.append("<p class=\"notice identifiable\"><strong>Identifiable.</strong> This briefing")
          .append(" names children, families, professionals and agencies and quotes case")
          .append(" records. It is personal data: keep it to the people who need it.</p>\n");
    } else {
      h.append("<p class=\"notice\"><strong>Pseudonymised.</strong> Children, people,")
          .append(" agencies and events appear as codes (Child A, Professional 7, Agency 3,")
          .append(" Event 12), the same codes as in pseudonymised exports; birth dates, roles")
          .append(" and free text are left out. The key to the codes stays on the server.</p>\n");
    }
  }

  private static void summary(StringBuilder h, Report r) {
    Report.Summary s = r.summary();
    h.append("<h2>Summary</h2>\n<table class=\"figures\"><tr>");
    figure(
        h,
        Integer.toString(s.perChild().size()),
        (r.scope() == null ? "children with findings, of " : "child, of ")
            + s.childrenInStore()
            + " in the store");
    figure(h, Integer.toString(s.agencies()), "agencies in their networks and records");
    figure(h, Integer.toString(r.findings()), "findings");
    figure(
        h,
        s.bySeverity().get(Severity.HIGH)
            + " / "
            + s.bySeverity().get(Severity.MEDIUM)
            + " / "
            + s.bySeverity().get(Severity.LOW),
        "high / medium / low");
    h.append("</tr></table>\n");

    h.append("<h3>Findings by theme</h3>\n<table>\n<thead><tr><th>Theme</th>");
    severityHeads(h);
    h.append("</tr></thead>\n<tbody>\n");
    for (Report.ThemeSection t : r.themes()) {
      h.append("<tr><td>").append(Xml.escape(t.theme().title())).append("</td>");
      severityCells(h, s.byTheme().get(t.theme()));
      h.append("</tr>\n");
    }
    h.append("</tbody>\n</table>\n");

    if (!s.perChild().isEmpty()) {
      h.append("<h3>Findings by child</h3>\n<table>\n<thead><tr><th>Child</th>");
      severityHeads(h);
      h.append("</tr></thead>\n<tbody>\n");
      for (Report.ChildCount c : s.perChild()) {
        h.append("<tr><td>").append(Xml.escape(c.label())).append("</td>");
        severityCells(h, c.bySeverity());
        h.append("</tr>\n");
      }
      h.append("</tbody>\n</table>\n")
          .append("<p class=\"none\">A finding about two or more children (siblings, agencies")
          .append(" that share children) counts for each of them.</p>\n");
    }
    h.append("<h3>How to read this briefing</h3>\n<p>")
        .append("Each finding comes from one rule of sgnet's catalogue, a check that turns a")
        .append(" lesson of a multi-agency review into a question the records can answer. The")
        .append(" findings are grouped under the review's six themes, most severe first, each")
        .append(" with the evidence behind it (the people, agencies and dated events) and what")
        .append(" to do about it. After the themes, each child has an ecomap of the network")
        .append(" around them on ")
        .append(r.asOf())
        .append(" and a timeline of what the agencies recorded.</p>\n");
  }

  private static void figure(StringBuilder h, String value, String label) {
    h.append("<td><span class=\"figure\">")
        .append(Xml.escape(value))
        .append("</span>")
        .append(Xml.escape(label))
        .append("</td>");
  }

  private static void severityHeads(StringBuilder h) {
    for (Severity s : Severity.values()) {
      h.append("<th class=\"n\">").append(Words.sentence(s.name())).append("</th>");
    }
    h.append("<th class=\"n\">Total</th>");
  }

  private static void severityCells(StringBuilder h, Map<Severity, Integer> counts) {
    int total = 0;
    for (Severity s : Severity.values()) {
      int n = counts.get(s);
      total += n;
      h.append("<td class=\"n\">").append(n).append("</td>");
    }
    h.append("<td class=\"n\"><strong>").append(total).append("</strong></td>");
  }

  private static void themes(StringBuilder h, Report r) {
    int number = 1;
    for (Report.ThemeSection t : r.themes()) {
      h.append(number == 1 ? "<h2 class=\"new-page\" id=\"" : "<h2 id=\"")
          .append("theme-")
          .append(t.theme().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'))
          .append("\">")
          .append(number++)
          .append(". ")
          .append(Xml.escape(t.theme().title()))
          .append("</h2>\n<p class=\"theme-scope\">")
          .append(Xml.escape(t.theme().scope()))
          .append("</p>\n");
      if (t.findings().isEmpty()) {
        h.append("<p class=\"none\">No findings under this theme.</p>\n");
      }
      for (Report.FindingView f : t.findings()) {
        finding(h, r, f);
      }
    }
  }

  private static void finding(StringBuilder h, Report r, Report.FindingView f) {
    h.append("<div class=\"finding sev-border-")
        .append(f.severity())
        .append("\">\n<p class=\"finding-head\"><span class=\"sev sev-")
        .append(f.severity())
        .append("\">")
        .append(f.severity())
        .append("</span> <strong>")
        .append(Xml.escape(Words.sentence(f.rule().name())))
        .append("</strong> \u2014 ")
        .append(Xml.escape(String.join(", ", f.children())))
        .append("</p>\n<p>")
        .append(Xml.escape(f.message()))
        .append("</p>\n<p class=\"dates\">")
        .append(Xml.escape(dates(r, f)))
        .append("</p>\n");
    if (!f.evidence().isEmpty()) {
      h.append("<ul class=\"evidence\">\n");
      for (Evidence e : f.evidence()) {
        String text = e.text();
        int colon = text.indexOf(": ");
        h.append("<li>");
        if (colon > 0) {
          h.append("<strong>")
              .append(
                  Xml.escape(
                      Words.sentence(text.substring(0, colon).toUpperCase(java.util.Locale.ROOT))))
              .append(":</strong> ")
              .append(Xml.escape(text.substring(colon + 2)));
        } else {
          h.append(Xml.escape(text));
        }
        h.append("</li>\n");
      }
      h.append("</ul>\n");
    }
    h.append("<p class=\"recommendation\"><strong>Recommendation.</strong> ")
        .append(Xml.escape(f.recommendation()))
        .append("</p>\n<p class=\"rule\">Rule ")
        .append(f.rule().number())
        .append(", ")
        .append(f.rule().name())
        .append("</p>\n</div>\n");
  }

  /** The span of the dated evidence, and the run it belongs to. */
  private static String dates(Report r, Report.FindingView f) {
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

  private static void child(StringBuilder h, Report r, Report.ChildSection c) {
    h.append("<h2 class=\"new-page\">").append(Xml.escape(c.label())).append("</h2>\n");
    if (c.birthDate() != null) {
      h.append("<p>Born ").append(c.birthDate()).append(".</p>\n");
    }
    h.append("<h3>Ecomap on ").append(r.asOf()).append("</h3>\n");
    if (c.ecomap().isEmpty()) {
      h.append("<p class=\"none\">No network recorded.</p>\n");
    } else {
      h.append("<div class=\"picture\">").append(c.ecomap()).append("</div>\n");
    }
    h.append("<h3>Timeline up to ")
        .append(r.asOf())
        .append("</h3>\n")
        .append("<div class=\"picture\">")
        .append(c.timeline())
        .append("</div>\n");
    h.append("<p>Events of the window (")
        .append(r.windowStart())
        .append(" to ")
        .append(r.asOf())
        .append("): ")
        .append(c.events().size());
    if (c.earlier() > 0) {
      h.append("; ").append(c.earlier()).append(" earlier events are in the strip above only");
    }
    h.append(".</p>\n");
    if (!c.events().isEmpty()) {
      h.append("<table class=\"timeline\">\n<thead><tr><th class=\"date\">Date</th>")
          .append("<th class=\"agency\">Agency</th><th class=\"event\">Event</th>")
          .append("<th class=\"what\">What</th><th>Who</th>")
          .append(r.identifiable() ? "<th>Summary</th>" : "")
          .append("</tr></thead>\n<tbody>\n");
      for (Report.TimelineRow e : c.events()) {
        h.append("<tr><td class=\"date\">")
            .append(e.date())
            .append("</td><td class=\"agency\">")
            .append(Xml.escape(e.agency()))
            .append("</td><td class=\"event\">")
            .append(Xml.escape(e.event()))
            .append("</td><td class=\"what\">")
            .append(Xml.escape(e.what()))
            .append("</td><td>")
            .append(Xml.escape(e.people()))
            .append("</td>");
        if (r.identifiable()) {
          h.append("<td>").append(Xml.escape(e.summary())).append("</td>");
        }
        h.append("</tr>\n");
      }
      h.append("</tbody>\n</table>\n");
    }
  }
}
