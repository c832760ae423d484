package org.sgnet.report;

import java.util.Locale;

/**
 * Escaping for markup: the report's, which must be well-formed XML for the PDF renderer, its SVG
 * drawings', and through {@link Templates} the web pages' (one escaping for all of sgnet's HTML).
 */
final class Xml {

  private Xml() {}

  /**
   * Escapes text for an element or a quoted attribute, and drops the control characters XML 1.0
   * does not allow (a stray one in a summary would otherwise make the whole PDF fail).
   */
  static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder b = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        case '\t', '\n', '\r' -> b.append(c);
        default -> {
          if (c >= 0x20 && c != 0xFFFE && c != 0xFFFF) {
            b.append(c);
          }
        }
      }
    }
    return b.toString();
  }

  /** A coordinate with at most one decimal, in a form SVG reads in every locale. */
  static String num(double v) {
    double r = Math.round(v * 10) / 10.0;
    return r == Math.rint(r) ? Long.toString((long) r) : String.format(Locale.ROOT, "%.1f", r);
  }
}
