package org.sgnet.sources.cin;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.sgnet.SgnetException;
import org.sgnet.bundle.Sector;
import org.sgnet.sources.FormatAdapter;
import org.sgnet.sources.Locator;
import org.sgnet.sources.SourceDates;
import org.sgnet.sources.SourceError;
import org.sgnet.sources.SourceFiles;
import org.sgnet.sources.SourceOptions;
import org.sgnet.sources.SourceRecords;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The Children in Need census return (XML, root {@code Message} with {@code Header/Source/LEA} and
 * {@code Children/Child}), of any collection year: the authority's children with their referrals,
 * assessments and the factors found, section 47 enquiries, child protection plans and reviews.
 *
 * <p>The authority's children's social care is the agency of every event ({@code la-LEA}); each
 * child is a {@code CHILD} ({@code cin-LEA-LAchildID}) known by {@code la-child:LEA:ID} and their
 * UPNs. A return that the 2024 schema describes (one that writes {@code GenderCurrent}) is checked
 * against it, and a record that breaks it is refused with the line; later returns (which write
 * {@code Sex}) are checked by the mapping alone. See {@code docs/sources/cin.md}.
 */
public final class CinAdapter extends FormatAdapter {

  static final String FORMAT = "cin";

  private static final Pattern AUTHORITY = Pattern.compile("[A-Za-z0-9-]{1,20}");

  /** Creates the adapter; it holds no state between reads. */
  public CinAdapter() {
    super(
        FORMAT,
        "the Children in Need census return (XML): referrals, assessments and their factors,"
            + " section 47 enquiries, child protection plans");
  }

  @Override
  protected void read(List<Path> paths, SourceOptions options, SourceRecords records) {
    Chronology chronology = new Chronology(records);
    for (Path file : SourceFiles.expand(paths, "CIN census XML", "xml")) {
      records.opened(String.valueOf(file.getFileName()));
      readFile(file, options, records, chronology);
    }
  }

  private static void readFile(
      Path file, SourceOptions options, SourceRecords records, Chronology chronology) {
    String name = file.getFileName().toString();
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw SourceFiles.unreadable(file, e);
    }
    XmlElement message = parse(name, bytes);
    XmlElement header = message.first("Header");
    String collection = message.find("Header/CollectionDetails/Collection");
    if (!message.name().equals("Message")
        || message.first("Children") == null
        || (collection != null && !collection.equalsIgnoreCase("CIN"))) {
      throw new SgnetException(
          SgnetException.Kind.INVALID_INPUT,
          name
              + ":1: not a CIN census file: expected the root element Message with Header/Source/LEA"
              + " and Children/Child"
              + (collection != null && !collection.equalsIgnoreCase("CIN")
                  ? ", found the collection " + shortCode(collection)
                  : ", found "
                      + shortCode(message.name())
                      + (message.first("Children") == null ? " without Children" : "")));
    }
    String lea = message.find("Header/Source/LEA");
    if (lea == null) {
      lea = options.authority();
    } else if (!AUTHORITY.matcher(lea).matches()) {
      XmlElement at = header.first("Source").first("LEA");
      throw new SgnetException(
          SgnetException.Kind.INVALID_INPUT,
          name
              + ":"
              + at.firstLine()
              + ": Header/Source/LEA is not an authority code (1 to 20 letters, digits or -)");
    }
    LocalDate referenceDate =
        SourceDates.parse(message.find("Header/CollectionDetails/ReferenceDate"));
    Locator headerAt = new Locator(FORMAT, name, header != null ? header.path() : message.path());
    String agencyId = "la-" + lea;
    records.agency(
        agencyId,
        "Local authority " + lea + " children's social care",
        Sector.SOCIAL_CARE,
        headerAt);

    Map<XmlElement, List<CinSchema.Problem>> problems = schemaProblems(name, bytes, message);
    for (Map.Entry<XmlElement, List<CinSchema.Problem>> e : problems.entrySet()) {
      if (!XmlElement.INDEXED.contains(e.getKey().name())) {
        // The header (or the message itself) is no record of a child: its violations are
        // reported, and the children, which do not depend on them, are read.
        for (CinSchema.Problem p : e.getValue()) {
          records.refuse(
              new SourceError(
                  new Locator(FORMAT, name, e.getKey().path()),
                  null,
                  "line "
                      + p.line()
                      + ": does not follow the CIN census schema (2024): "
                      + p.message()));
        }
      }
    }
    ChildMapper mapper =
        new ChildMapper(
            new ChildMapper.Context(
                name, lea, agencyId, referenceDate, records, chronology, problems));
    for (XmlElement child : message.first("Children").all("Child")) {
      mapper.map(child);
    }
  }

  private static XmlElement parse(String name, byte[] bytes) {
    try {
      return XmlElement.parse(new ByteArrayInputStream(bytes));
    } catch (SAXParseException e) {
      throw SourceFiles.notWellFormed(
          name, e, "not a CIN census file: not well-formed XML (or a DOCTYPE, which is not read)");
    } catch (SAXException | IOException e) {
      throw new SgnetException(
          SgnetException.Kind.INVALID_INPUT, name + ":1: not a CIN census file: not readable XML");
    }
  }

  /**
   * Returns the schema's violations by the record that holds each (the innermost {@code Child},
   * {@code CINdetails}, {@code Assessments}, … around it; else the header or the message), or
   * nothing when the 2024 schema does not describe the file.
   */
  private static Map<XmlElement, List<CinSchema.Problem>> schemaProblems(
      String name, byte[] bytes, XmlElement message) {
    Map<XmlElement, List<CinSchema.Problem>> byRecord = new IdentityHashMap<>();
    if (!CinSchema.covers(message)) {
      return byRecord;
    }
    List<CinSchema.Problem> problems;
    try {
      problems = CinSchema.check(bytes);
    } catch (IOException e) {
      throw new SgnetException(
          SgnetException.Kind.FAILURE, "cannot check " + name + ": " + e.getMessage(), e);
    }
    for (CinSchema.Problem p : problems) {
      XmlElement owner = message;
      XmlElement at = message;
      boolean deeper = true;
      while (deeper) {
        deeper = false;
        for (XmlElement c : at.children()) {
          if (c.spans(p.line(), p.column())) {
            at = c;
            if (XmlElement.INDEXED.contains(c.name()) || c.name().equals("Header")) {
              owner = c;
            }
            deeper = true;
            break;
          }
        }
      }
      byRecord.computeIfAbsent(owner, k -> new ArrayList<>()).add(p);
    }
    return byRecord;
  }

  /** Returns a code or element name for a message, cut short. */
  private static String shortCode(String code) {
    String c = code.length() > 20 ? code.substring(0, 20) + "…" : code;
    return "'" + c + "'";
  }
}
