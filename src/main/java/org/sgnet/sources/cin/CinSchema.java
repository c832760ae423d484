package org.sgnet.sources.cin;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The DfE's CIN census schema as published for the 2023 to 2024 collection ({@code
 * CIN_schema_2024.xsd}, which still has {@code GenderCurrent}), and the check of a file against it.
 *
 * <p>The schema's messages quote the offending value, which may be a child's UPN or date of birth:
 * every quoted text that is not one of the schema's own element or type names (or a pattern or a
 * list of codes the schema gives) is replaced by {@code '…'} before it reaches an error.
 */
final class CinSchema {

  static final String RESOURCE = "/sources/cin/CIN_schema_2024.xsd";

  /**
   * A schema violation: where the validator found it (line and column, to place it in the record
   * that holds it even when a file is on one line) and what it says, values removed.
   */
  record Problem(int line, int column, String message) {}

  private static final Pattern QUOTED = Pattern.compile("'([^']*)'");
  private static final Set<String> XSD_TYPES =
      Set.of("date", "dateTime", "gYear", "string", "positiveInteger", "integer", "boolean");

  private static final byte[] XSD = load();
  private static final Schema SCHEMA = compile(XSD);
  private static final Set<String> NAMES = names(XSD);

  private CinSchema() {}

  /**
   * Returns whether the schema describes the file: the 2024 schema knows {@code GenderCurrent}, so
   * a return of 2024 to 2025 or later (which writes {@code Sex} instead) is not checked against it.
   */
  static boolean covers(XmlElement message) {
    XmlElement children = message.first("Children");
    if (children == null) {
      return false;
    }
    for (XmlElement child : children.all("Child")) {
      XmlElement ids = child.first("ChildIdentifiers");
      if (ids != null && ids.first("Sex") != null) {
        return false;
      }
    }
    return true;
  }

  /** Returns the file's schema violations, one per place, in the order found. */
  static List<Problem> check(byte[] file) throws IOException {
    Validator validator = SCHEMA.newValidator();
    try {
      validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    } catch (SAXException e) {
      throw new IllegalStateException("the JDK's validator takes these properties", e);
    }
    Map<List<Integer>, List<String>> byPlace = new LinkedHashMap<>();
    validator.setErrorHandler(
        new ErrorHandler() {
          @Override
          public void warning(SAXParseException e) {
            // Warnings do not make a file invalid.
          }

          @Override
          public void error(SAXParseException e) {
            List<String> messages =
                byPlace.computeIfAbsent(
                    List.of(e.getLineNumber(), e.getColumnNumber()), k -> new ArrayList<>());
            String m = withoutValues(e.getMessage());
            if (!messages.contains(m)) {
              messages.add(m);
            }
          }

          @Override
          public void fatalError(SAXParseException e) throws SAXParseException {
            throw e;
          }
        });
    try {
      validator.validate(new StreamSource(new ByteArrayInputStream(file)));
    } catch (SAXException e) {
      // The file was parsed before: a fatal error here is one the parser reported already.
      List<Integer> place =
          e instanceof SAXParseException p
              ? List.of(p.getLineNumber(), p.getColumnNumber())
              : List.of(1, 1);
      byPlace.computeIfAbsent(place, k -> new ArrayList<>()).add("is not well-formed XML");
    }
    List<Problem> problems = new ArrayList<>();
    byPlace.forEach(
        (place, messages) ->
            problems.add(new Problem(place.get(0), place.get(1), String.join(" ", messages))));
    return problems;
  }

  /**
   * Where the validator's messages put the document's value: after {@code Value '} up to the words
   * that follow it, or first thing after the message key. Read up to those words rather than up to
   * the next quote, since the value may hold a quote itself ({@code O'Neil}).
   */
  private static final Pattern VALUE_AT =
      Pattern.compile(
          "((?:[Vv]alue '|^cvc-[\\w.-]+: '))(.*?)(?=' (?:is not|with length|of element|of"
              + " attribute))");

  /** Replaces each quoted text that is not a name of the schema by {@code '…'}. */
  static String withoutValues(String message) {
    String valuesOut =
        VALUE_AT
            .matcher(message == null ? "" : message)
            .replaceAll(v -> Matcher.quoteReplacement(v.group(1)) + "…");
    Matcher m = QUOTED.matcher(valuesOut);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String quoted = m.group(1);
      boolean schemaText =
          NAMES.contains(quoted)
              || XSD_TYPES.contains(quoted)
              || quoted.startsWith("[")
              || quoted.startsWith("{")
              || quoted.startsWith("\\");
      m.appendReplacement(out, Matcher.quoteReplacement(schemaText ? m.group() : "'…'"));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static byte[] load() {
    try (InputStream in = CinSchema.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the build");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + RESOURCE, e);
    }
  }

  private static Schema compile(byte[] xsd) {
    try {
      SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
      factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      return factory.newSchema(new StreamSource(new ByteArrayInputStream(xsd)));
    } catch (SAXException e) {
      throw new IllegalStateException(RESOURCE + " is not a schema the JDK compiles", e);
    }
  }

  private static Set<String> names(byte[] xsd) {
    Set<String> names = new HashSet<>();
    Matcher m =
        Pattern.compile("name=\"([A-Za-z0-9_]+)\"")
            .matcher(new String(xsd, StandardCharsets.UTF_8));
    while (m.find()) {
      names.add(m.group(1));
    }
    return Set.copyOf(names);
  }
}
