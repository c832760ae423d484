package org.sgnet.report;

import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;
import com.ibm.icu.text.Bidi;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Prepares the pictures' text for Batik, which draws the PDF's SVG: Batik gives the first letter
 * after a change of font the previous run's font (an empty box for a Chinese letter after a Latin
 * one), and draws right-to-left text neither reordered nor joined. So each run of CJK letters gets
 * its font named in a {@code tspan}, and a label with right-to-left letters is shaped and put in
 * display order here, with ICU, and drawn as it stands. Only the PDF's copy of the document
 * changes: the HTML keeps its plain text for browsers.
 */
final class SvgScripts {

  static final String SC = "Noto Sans SC";
  static final String KR = "Noto Sans KR";

  private SvgScripts() {}

  /** Rewrites every SVG {@code text} element of the document in place. */
  static void prepare(Document document) {
    NodeList texts = document.getElementsByTagName("text");
    for (int i = 0; i < texts.getLength(); i++) {
      Element text = (Element) texts.item(i);
      // Svg.text writes one text node; anything else is left alone.
      if (text.getChildNodes().getLength() != 1
          || text.getFirstChild().getNodeType() != Node.TEXT_NODE) {
        continue;
      }
      String label = text.getTextContent();
      if (Bidi.requiresBidi(label.toCharArray(), 0, label.length())) {
        label = displayOrder(label);
        text.setAttribute("unicode-bidi", "bidi-override");
        text.setAttribute("direction", "ltr");
      }
      text.removeChild(text.getFirstChild());
      appendRuns(document, text, label);
    }
  }

  /** The label shaped (Arabic letters joined) and in left-to-right display order. */
  static String displayOrder(String label) {
    try {
      String shaped =
          new ArabicShaping(ArabicShaping.LETTERS_SHAPE | ArabicShaping.TEXT_DIRECTION_LOGICAL)
              .shape(label);
      return new Bidi(shaped, Bidi.LTR).writeReordered(Bidi.DO_MIRRORING);
    } catch (ArabicShapingException e) {
      // Unjoined letters in display order still read.
      return new Bidi(label, Bidi.LTR).writeReordered(Bidi.DO_MIRRORING);
    }
  }

  private static void appendRuns(Document document, Element text, String label) {
    int start = 0;
    while (start < label.length()) {
      String family = family(label.codePointAt(start));
      int end = start;
      while (end < label.length() && same(family, family(label.codePointAt(end)))) {
        end += Character.charCount(label.codePointAt(end));
      }
      String run = label.substring(start, end);
      if (family == null) {
        text.appendChild(document.createTextNode(run));
      } else {
        Element span = document.createElementNS(text.getNamespaceURI(), "tspan");
        span.setAttribute("font-family", family);
        span.appendChild(document.createTextNode(run));
        text.appendChild(span);
      }
      start = end;
    }
  }

  private static boolean same(String a, String b) {
    return a == null ? b == null : a.equals(b);
  }

  /** The CJK font a letter needs, or null for the text's own (DejaVu Sans). */
  static String family(int codePoint) {
    Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
    if (script == Character.UnicodeScript.HANGUL) {
      return KR;
    }
    if (script == Character.UnicodeScript.HAN
        || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA
        // CJK punctuation and full-width forms.
        || (codePoint >= 0x3000 && codePoint <= 0x303F)
        || (codePoint >= 0xFF00 && codePoint <= 0xFFEF)) {
      return SC;
    }
    return null;
  }
}
