package org.sgnet.report;

import java.util.Locale;

/**
 * The pieces the report's pictures share: the opening of an {@code <svg>} element (with the {@code
 * xmlns} the PDF renderer needs to see it at all) and text.
 */
final class Svg {

  private static final String FONT =
      "font-family=\"DejaVu Sans, Noto Sans SC, Noto Sans KR, Arial, sans-serif\"";

  /** The width of the report's text on an A4 page with its margins. */
  static final double PRINTED_WIDTH_MM = 178;

  private Svg() {}

  /** Opens a picture of that size, with its title for screen readers. */
  static StringBuilder open(String cssClass, double width, double height, String title) {
    String w = Xml.num(width);
    String h = Xml.num(height);
    String label = Xml.escape(title);
    StringBuilder svg = new StringBuilder(8192);
    svg.append(
        String.format(
            Locale.ROOT,
            "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"%s\" width=\"%s\" height=\"%s\""
                // The printed size: the A4 page's text width, in proportion.
                + " style=\"width: %smm; height: %smm\" viewBox=\"0 0 %s %s\""
                + " role=\"img\" aria-label=\"%s\"><title>%s</title>",
            cssClass,
            w,
            h,
            Xml.num(PRINTED_WIDTH_MM),
            Xml.num(PRINTED_WIDTH_MM * height / width),
            w,
            h,
            label,
            label));
    return svg;
  }

  /** Appends text, escaped. */
  static void text(
      StringBuilder svg,
      String text,
      double x,
      double y,
      String anchor,
      String size,
      boolean bold,
      String fill) {
    svg.append(
        String.format(
            Locale.ROOT,
            "<text x=\"%s\" y=\"%s\" text-anchor=\"%s\" font-size=\"%s\" %s%s fill=\"%s\">%s</text>",
            Xml.num(x),
            Xml.num(y),
            anchor,
            size,
            FONT,
            bold ? " font-weight=\"bold\"" : "",
            fill,
            Xml.escape(text)));
  }

  /** Appends a line; style holds its stroke attributes. */
  static void line(StringBuilder svg, double x1, double y1, double x2, double y2, String style) {
    shape(svg, "line", style, "x1", x1, "y1", y1, "x2", x2, "y2", y2);
  }

  /** Appends a circle. */
  static void circle(StringBuilder svg, double cx, double cy, double r, String style) {
    shape(svg, "circle", style, "cx", cx, "cy", cy, "r", r);
  }

  /** Appends a rectangle. */
  static void rect(StringBuilder svg, double x, double y, double w, double h, String style) {
    shape(svg, "rect", style, "x", x, "y", y, "width", w, "height", h);
  }

  /** An empty element with coordinates given as name, value, name, value … and a style. */
  private static void shape(StringBuilder svg, String element, String style, Object... coords) {
    svg.append('<').append(element);
    for (int i = 0; i < coords.length; i += 2) {
      svg.append(' ')
          .append(coords[i])
          .append("=\"")
          .append(Xml.num((Double) coords[i + 1]))
          .append('"');
    }
    svg.append(' ').append(style).append("/>");
  }

  /** Appends a polygon through the points x0, y0, x1, y1, … */
  static void polygon(StringBuilder svg, String style, double... xy) {
    svg.append("<polygon points=\"");
    for (int i = 0; i < xy.length; i += 2) {
      svg.append(i == 0 ? "" : " ").append(Xml.num(xy[i])).append(',').append(Xml.num(xy[i + 1]));
    }
    svg.append("\" ").append(style).append("/>");
  }

  /** Appends a diamond of that half-diagonal around a point. */
  static void diamond(StringBuilder svg, double x, double y, double r, String style) {
    polygon(svg, style, x, y - r, x + r, y, x, y + r, x - r, y);
  }

  /** Cuts a label to at most that many characters, marking the cut. */
  static String clip(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }
}
