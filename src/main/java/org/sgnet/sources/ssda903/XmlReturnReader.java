package org.sgnet.sources.ssda903;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.sgnet.SgnetException;
import org.sgnet.sources.Locator;
import org.sgnet.sources.SourceError;
import org.sgnet.sources.SourceFiles;
import org.sgnet.sources.SourceRecords;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads the XML form of a 903 return ({@code <EXPSSDA903>}): each {@code CHILD} holds a {@code
 * HEADER} (with the child's reviews, missing episodes, OC2 outcomes, previous permanence and
 * adoption records inside it) and the child's {@code EPISODE}s. Each becomes a record with the CSV
 * form's field names ({@code CHILDID} is {@code CHILD}, {@code PL} is {@code PLACE}) and the
 * header's CHILD and DOB, which the CSV form repeats on every row.
 *
 * <p>An element the return does not define is refused on its own, so that no data goes unseen.
 */
final class XmlReturnReader {

  static final String ROOT = "EXPSSDA903";

  /** The XML form's names for fields whose CSV name differs. */
  private static final Map<String, String> CSV_NAMES = Map.of("CHILDID", "CHILD", "PL", "PLACE");

  /** The header's own fields, including those of the UASC, OC3 and AD1 tables. */
  private static final Set<String> HEADER_FIELDS =
      Set.of(
          "CHILDID",
          "UPN",
          "SEX",
          "DOB",
          "ETHNIC",
          "MOTHER",
          "MC_DOB",
          "UASC",
          "DUC",
          "IN_TOUCH",
          "ACTIV",
          "ACCOM",
          "DATE_INT",
          "DATE_MATCH",
          "FOSTER_CARE",
          "NB_ADOPTR",
          "SEX_ADOPTR",
          "LS_ADOPTR");

  /** The tables held in a header, by element. */
  private static final Map<String, Ssda903Table> HEADER_TABLES =
      Map.of(
          "AREVIEW", Ssda903Table.REVIEWS,
          "AMISSING", Ssda903Table.MISSING,
          "OC2", Ssda903Table.OC2,
          "PERMANENCE", Ssda903Table.PREVIOUS_PERMANENCE,
          "AD_PLACED", Ssda903Table.PLACED_FOR_ADOPTION);

  private XmlReturnReader() {}

  /**
   * Reads the file's records, counting each in {@code records} and refusing elements that are not
   * part of the return.
   *
   * @throws SgnetException of kind {@code INVALID_INPUT} when the file is not well-formed XML or
   *     its root is not {@code EXPSSDA903}
   */
  static List<Ssda903Record> read(Path file, SourceRecords records) {
    String name = file.getFileName().toString();
    Element root = parse(file, name).getDocumentElement();
    if (!ROOT.equals(root.getTagName())) {
      throw new SgnetException(
          SgnetException.Kind.INVALID_INPUT,
          name
              + ":1: not an SSDA903 XML file: the root element is "
              + root.getTagName()
              + ", expected "
              + ROOT);
    }
    List<Ssda903Record> out = new ArrayList<>();
    String rootPath = "/" + ROOT;
    Counter children = new Counter();
    for (Element child : elements(root)) {
      String path = rootPath + "/" + child.getTagName() + "[" + children.next(child) + "]";
      if (!"CHILD".equals(child.getTagName())) {
        unknown(records, name, path);
        continue;
      }
      readChild(child, name, path, records, out);
    }
    return out;
  }

  private static void readChild(
      Element child, String name, String path, SourceRecords records, List<Ssda903Record> out) {
    Map<String, String> shared = new HashMap<>();
    Counter counter = new Counter();
    List<Element> episodes = new ArrayList<>();
    for (Element e : elements(child)) {
      String tag = e.getTagName();
      String at = path + "/" + tag + "[" + counter.next(e) + "]";
      if ("HEADER".equals(tag)) {
        readHeader(e, name, at, records, out, shared);
      } else if ("EPISODE".equals(tag)) {
        episodes.add(e);
      } else {
        unknown(records, name, at);
      }
    }
    // Episodes after the header, whatever their order in the file: they take its CHILD and DOB.
    Counter episodeCount = new Counter();
    for (Element e : episodes) {
      String at = path + "/EPISODE[" + episodeCount.next(e) + "]";
      out.add(record(Ssda903Table.EPISODES, e, name, at, shared, records));
    }
  }

  private static void readHeader(
      Element header,
      String name,
      String path,
      SourceRecords records,
      List<Ssda903Record> out,
      Map<String, String> shared) {
    Map<String, String> fields = new HashMap<>();
    List<Element> tables = new ArrayList<>();
    for (Element e : elements(header)) {
      String tag = e.getTagName();
      if (HEADER_TABLES.containsKey(tag)) {
        tables.add(e);
      } else if (HEADER_FIELDS.contains(tag)) {
        put(fields, tag, e);
      } else {
        unknown(records, name, path + "/" + tag);
      }
    }
    records.counted(name);
    out.add(new Ssda903Record(Ssda903Table.HEADER, locator(name, path), fields, null));
    for (String field : List.of("CHILD", "DOB")) {
      if (fields.containsKey(field)) {
        shared.put(field, fields.get(field));
      }
    }
    Counter counter = new Counter();
    for (Element e : tables) {
      String at = path + "/" + e.getTagName() + "[" + counter.next(e) + "]";
      out.add(record(HEADER_TABLES.get(e.getTagName()), e, name, at, shared, records));
    }
  }

  private static Ssda903Record record(
      Ssda903Table table,
      Element element,
      String name,
      String path,
      Map<String, String> shared,
      SourceRecords records) {
    records.counted(name);
    Map<String, String> fields = new HashMap<>(shared);
    for (Element e : elements(element)) {
      put(fields, e.getTagName(), e);
    }
    return new Ssda903Record(table, locator(name, path), fields, null);
  }

  private static void put(Map<String, String> fields, String tag, Element e) {
    String text = e.getTextContent();
    if (text != null && !text.isBlank()) {
      fields.putIfAbsent(CSV_NAMES.getOrDefault(tag, tag), text.strip());
    }
  }

  private static void unknown(SourceRecords records, String name, String path) {
    records.refuse(
        new SourceError(
            locator(name, path),
            null,
            "is not an element of the SSDA903 return that sgnet reads: its content is not"
                + " imported"));
  }

  private static Locator locator(String name, String path) {
    return new Locator(Ssda903Adapter.FORMAT, name, path);
  }

  private static List<Element> elements(Element parent) {
    List<Element> out = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e) {
        out.add(e);
      }
    }
    return out;
  }

  private static Document parse(Path file, String name) {
    try (InputStream in = Files.newInputStream(file)) {
      return builder().parse(in);
    } catch (SAXParseException e) {
      throw SourceFiles.notWellFormed(name, e, "not an SSDA903 XML file: not well-formed");
    } catch (SAXException e) {
      throw new SgnetException(
          SgnetException.Kind.INVALID_INPUT,
          name + ":1: not an SSDA903 XML file: not well-formed",
          e);
    } catch (IOException e) {
      throw SourceFiles.unreadable(file, e);
    }
  }

  private static DocumentBuilder builder() {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      // A return comes from outside: no DTD, no external entity may be read or expanded.
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setXIncludeAware(false);
      f.setExpandEntityReferences(false);
      f.setNamespaceAware(false);
      DocumentBuilder b = f.newDocumentBuilder();
      // Errors are thrown, not printed on standard error as the default handler does.
      b.setErrorHandler(new DefaultHandler());
      return b;
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("the JDK's XML parser takes these features", e);
    }
  }

  /** Numbers elements by tag among their siblings, from 1, as an XPath does. */
  private static final class Counter {
    private final Map<String, Integer> seen = new HashMap<>();

    int next(Element e) {
      return seen.merge(e.getTagName(), 1, Integer::sum);
    }
  }
}
