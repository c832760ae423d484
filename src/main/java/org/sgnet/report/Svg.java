package org.sgnet.report;

/**
 * The pieces the report's pictures share: the opening of an {@code <svg>} element (with the {@code
 * xmlns} the PDF renderer needs to see it at all) and text.
 */
final class Svg {

  private static final String FONT = "font-family=\"DejaVu Sans, Arial, sans-serif\"";

  /** The width of the report's text on an A4 page with its margins. */
  static final double PRINTED_WIDTH_MM = 178;

  private Svg() {}

  /** Opens a picture of that size, with its title for screen readers. */
  static StringBuilder open(String cssClass, double width, double height, String title) {
    StringBuilder svg = new StringBuilder(8192);
    svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"")
        .append(cssClass)
        .append("\" width=\"")
        .append(Xml.num(width))
        .append("\" height=\"")
        .append(Xml.num(height))
        // The printed size: the A4 page's text width, in proportion.
        .append("\" style=\"width: ")
        .append(Xml.num(PRINTED_WIDTH_MM))
        .append("mm; height: ")
        .append(Xml.num(PRINTED_WIDTH_MM * height / width))
        .append("mm\" viewBox=\"0 0 ")
        .append(Xml.num(width))
        .append(' ')
        .append(Xml.num(height))
        .append("\" role=\"img\" aria-label=\"")
        .append(Xml.escape(title))
        .append("\"><title>")
        .append(Xml.escape(title))
        .append("</title>");
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
    svg.append("<text x=\"")
        .append(Xml.num(x))
        .append("\" y=\"")
        .append(Xml.num(y))
        .append("\" text-anchor=\"")
        .append(anchor)
        .append("\" font-size=\"")
        .append(size)
        .append("\" ")
        .append(FONT)
        .append(bold ? " font-weight=\"bold\"" : "")
        .append(" fill=\"")
        .append(fill)
        .append("\">")
        .append(Xml.escape(text))
        .append("</text>");
  }

  /** Cuts a label to at most that many characters, marking the cut. */
  static String clip(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }
}
