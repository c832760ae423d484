package org.sgnet.report;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import org.sgnet.timeline.Timeline;

/**
 * Draws a child's chronology as an SVG strip: one lane per agency, one mark per event, the window
 * shaded. The marks' shapes and colours group the event types a board reads for: risks, meetings
 * and information sharing, visits and contact, assessments and decisions, the child's requests.
 */
final class TimelineSvg {

  static final int WIDTH = 800;
  private static final double LABELS = 186;
  private static final double X0 = 194;
  private static final double X1 = 786;
  private static final double TOP = 22;
  private static final double LANE = 20;

  /** Kinds of mark, with the event types they stand for and their legend. */
  private enum Mark {
    RISK("Risk", "#d4351c"),
    COORDINATION("Meeting or information shared", "#1d70b8"),
    SEEN("Visit or contact", "#00703c"),
    DECIDED("Assessment, decision or change", "#4c2c92"),
    REQUEST("Child's request", "#f47738"),
    OTHER("Other record", "#505a5f");

    final String legend;
    final String colour;

    Mark(String legend, String colour) {
      this.legend = legend;
      this.colour = colour;
    }

    static Mark of(String type) {
      return switch (type) {
        case "RISK" -> RISK;
        case "MEETING", "INFORMATION_SHARED" -> COORDINATION;
        case "VISIT", "CONTACT" -> SEEN;
        case "ASSESSMENT", "DECISION", "CIRCUMSTANCES_CHANGED" -> DECIDED;
        case "REQUEST" -> REQUEST;
        default -> OTHER;
      };
    }
  }

  private TimelineSvg() {}

  /**
   * Returns the strip as an {@code <svg>} element.
   *
   * @param timeline the child's chronology up to the report's date
   * @param labels how to name agencies
   * @param windowStart the first day of the window
   * @param childLabel the child's name or code, for the picture's title
   */
  static String draw(Timeline timeline, Labels labels, LocalDate windowStart, String childLabel) {
    LocalDate end = timeline.asOf();
    LocalDate start = windowStart;
    for (Timeline.Lane lane : timeline.lanes()) {
      if (!lane.events().isEmpty() && lane.events().get(0).date().isBefore(start)) {
        start = lane.events().get(0).date();
      }
    }
    start = start.withDayOfMonth(1);
    long days = Math.max(1, ChronoUnit.DAYS.between(start, end));
    List<Timeline.Lane> lanes = timeline.lanes();
    double bottom = TOP + LANE * Math.max(1, lanes.size());
    double height = bottom + 58;
    String title = "Timeline of " + childLabel + " up to " + end;
    StringBuilder svg = Svg.open("timeline", WIDTH, height, title);
    double wx = x(windowStart, start, days);
    Svg.rect(svg, wx, TOP - 14, X1 - wx + 4, bottom - TOP + 14, "fill=\"#e8f1f8\"");
    text(svg, "window", wx + 4, TOP - 4, "start", "9", "#1d70b8");
    for (int i = 0; i < lanes.size(); i++) {
      Timeline.Lane lane = lanes.get(i);
      double y = TOP + LANE * i + LANE / 2;
      Svg.line(svg, X0, y, X1, y, "stroke=\"#b1b4b6\" stroke-width=\"0.8\"");
      String name = labels.agency(lane.agencyId());
      text(svg, Svg.clip(name, 34), LABELS, y + 3, "end", "8.5", "#0b0c0c");
      for (Timeline.Entry e : lane.events()) {
        mark(svg, Mark.of(e.type()), x(e.date(), start, days), y);
      }
    }
    axis(svg, start, end, days, bottom);
    double lx = X0 - 180;
    double ly = bottom + 44;
    for (Mark m : Mark.values()) {
      mark(svg, m, lx + 5, ly - 3.5);
      text(svg, m.legend, lx + 13, ly, "start", "9", "#0b0c0c");
      lx += 22 + m.legend.length() * 5.2;
    }
    return svg.append("</svg>").toString();
  }

  private static double x(LocalDate d, LocalDate start, long days) {
    return X0 + (X1 - X0) * ChronoUnit.DAYS.between(start, d) / (double) days;
  }

  /** Month ticks along the bottom, every month or every few when the span is long. */
  private static void axis(StringBuilder svg, LocalDate start, LocalDate end, long days, double y) {
    Svg.line(svg, X0, y, X1, y, "stroke=\"#0b0c0c\"");
    long months = ChronoUnit.MONTHS.between(start, end) + 1;
    int step = months <= 18 ? 1 : months <= 36 ? 3 : 12;
    boolean first = true;
    for (LocalDate m = start; !m.isAfter(end); m = m.plusMonths(step)) {
      double x = x(m, start, days);
      Svg.line(svg, x, y, x, y + 4, "stroke=\"#0b0c0c\"");
      String month = m.getMonth().getDisplayName(TextStyle.SHORT, Locale.UK);
      text(svg, month, x, y + 14, "middle", "8.5", "#0b0c0c");
      if (first || m.getMonthValue() <= step) {
        text(svg, Integer.toString(m.getYear()), x, y + 24, "middle", "8.5", "#505a5f");
      }
      first = false;
    }
  }

  private static void mark(StringBuilder svg, Mark m, double x, double y) {
    String style = "fill=\"" + m.colour + "\" stroke=\"#ffffff\" stroke-width=\"0.6\"";
    switch (m) {
      case RISK -> Svg.polygon(svg, style, x, y - 5, x + 5, y + 4, x - 5, y + 4);
      case COORDINATION -> Svg.rect(svg, x - 4, y - 4, 8, 8, style);
      case DECIDED -> Svg.diamond(svg, x, y, 5, style);
      default -> Svg.circle(svg, x, y, m == Mark.OTHER ? 3 : 4.2, style);
    }
  }

  private static void text(
      StringBuilder svg, String text, double x, double y, String anchor, String size, String fill) {
    Svg.text(svg, text, x, y, anchor, size, false, fill);
  }
}
