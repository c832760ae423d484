package org.sgnet.sources.cin;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.Attributes;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * An element of a parsed CIN census file with what a locator and an error need: its XML path (such
 * as {@code /Message/Children/Child[3]/CINdetails[2]}), the lines it spans, its text and its child
 * elements. Text beside child elements (mixed content) is not kept: the census has none (the schema
 * check reports it).
 */
final class XmlElement {

  /** The elements whose path carries their position: the repeated records of the census. */
  static final Set<String> INDEXED =
      Set.of(
          "Child",
          "CINdetails",
          "Assessments",
          "CINPlanDates",
          "Section47",
          "ChildProtectionPlans");

  private final String name;
  private final String path;
  private final int firstLine;
  private final int firstColumn;
  private int lastLine;
  private int lastColumn;
  private final StringBuilder text = new StringBuilder();
  private final List<XmlElement> children = new ArrayList<>();
  private final Map<String, Integer> counts = new HashMap<>();

  private XmlElement(String name, String path, int firstLine, int firstColumn) {
    this.name = name;
    this.path = path;
    this.firstLine = firstLine;
    this.firstColumn = firstColumn;
    this.lastLine = firstLine;
    this.lastColumn = firstColumn;
  }

  /**
   * Parses a file. DTDs are refused, so no entity or external file is ever read.
   *
   * @throws SAXException a {@link org.xml.sax.SAXParseException} with the line when the text is not
   *     well-formed XML
   */
  static XmlElement parse(InputStream in) throws IOException, SAXException {
    SAXParserFactory factory = SAXParserFactory.newInstance();
    try {
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
      factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      Builder builder = new Builder();
      factory.newSAXParser().parse(in, builder);
      return builder.root;
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("the JDK's SAX parser takes these features", e);
    }
  }

  String name() {
    return name;
  }

  String path() {
    return path;
  }

  int firstLine() {
    return firstLine;
  }

  /**
   * Returns whether a place of the file (as a parser reports it: line, and column after the
   * construct) lies from the end of this element's start tag to the end of its end tag.
   */
  boolean spans(int line, int column) {
    boolean afterStart = line > firstLine || (line == firstLine && column >= firstColumn);
    boolean beforeEnd = line < lastLine || (line == lastLine && column <= lastColumn);
    return afterStart && beforeEnd;
  }

  /** Returns the trimmed text of an element without children, or {@code null} when empty. */
  String text() {
    String t = text.toString().strip();
    return t.isEmpty() || !children.isEmpty() ? null : t;
  }

  List<XmlElement> children() {
    return Collections.unmodifiableList(children);
  }

  /** Returns the child elements of that name, in order. */
  List<XmlElement> all(String childName) {
    return children.stream().filter(c -> c.name.equals(childName)).toList();
  }

  /** Returns the first child element of that name, or {@code null}. */
  XmlElement first(String childName) {
    for (XmlElement c : children) {
      if (c.name.equals(childName)) {
        return c;
      }
    }
    return null;
  }

  /**
   * Returns the text at a relative path such as {@code Reviews/CPPreviewDate[2]} (a step without an
   * index is the first of its name), or {@code null} when absent or empty.
   */
  String find(String relative) {
    XmlElement at = this;
    for (String step : relative.split("/")) {
      int bracket = step.indexOf('[');
      String stepName = bracket < 0 ? step : step.substring(0, bracket);
      int index =
          bracket < 0 ? 1 : Integer.parseInt(step.substring(bracket + 1, step.length() - 1));
      List<XmlElement> named = at.all(stepName);
      if (index < 1 || index > named.size()) {
        return null;
      }
      at = named.get(index - 1);
    }
    return at.text();
  }

  /** Builds the tree from SAX events, keeping where each element starts and ends. */
  private static final class Builder extends DefaultHandler {
    private final Deque<XmlElement> open = new ArrayDeque<>();
    private Locator locator;
    private XmlElement root;

    @Override
    public void setDocumentLocator(Locator locator) {
      this.locator = locator;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
      int line = locator == null ? 0 : locator.getLineNumber();
      int column = locator == null ? 0 : locator.getColumnNumber();
      XmlElement parent = open.peek();
      String path;
      if (parent == null) {
        path = "/" + qName;
      } else {
        int n = parent.counts.merge(qName, 1, Integer::sum);
        path = parent.path + "/" + qName + (INDEXED.contains(qName) ? "[" + n + "]" : "");
      }
      XmlElement e = new XmlElement(qName, path, line, column);
      if (parent == null) {
        root = e;
      } else {
        parent.children.add(e);
      }
      open.push(e);
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
      XmlElement e = open.pop();
      e.lastLine = locator == null ? e.firstLine : locator.getLineNumber();
      e.lastColumn = locator == null ? e.firstColumn : locator.getColumnNumber();
    }

    @Override
    public void characters(char[] ch, int start, int length) {
      XmlElement e = open.peek();
      if (e != null) {
        e.text.append(ch, start, length);
      }
    }
  }
}
