package org.sgnet.rules;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Writes an analysis as {@code {"asOf": "YYYY-MM-DD", "windowDays": N, "findings": [...]}}, each
 * finding with exactly the spec's fields in the spec's order and its details' keys sorted, so that
 * the same analysis always gives the same bytes (the command line and the HTTP API share it).
 */
public final class FindingsJson {

  private FindingsJson() {}

  /**
   * Writes the document.
   *
   * @param evidence per finding (same index), lines of evidence to add as {@code "evidence"}, or
   *     {@code null} for the spec's fields only
   */
  public static void write(
      Analysis analysis, List<List<String>> evidence, boolean pretty, OutputStream out)
      throws IOException {
    write(analysis, evidence, pretty, new JsonFactory().createGenerator(out, JsonEncoding.UTF8));
  }

  /**
   * Writes the document to characters, as it comes: a large authority's catalogue is hundreds of
   * megabytes, which a command should not hold twice before printing.
   *
   * @param evidence as for {@link #write(Analysis, List, boolean, OutputStream)}
   */
  public static void write(
      Analysis analysis, List<List<String>> evidence, boolean pretty, java.io.Writer out)
      throws IOException {
    write(analysis, evidence, pretty, new JsonFactory().createGenerator(out));
  }

  private static void write(
      Analysis analysis, List<List<String>> evidence, boolean pretty, JsonGenerator g)
      throws IOException {
    if (pretty) {
      g.useDefaultPrettyPrinter();
    }
    g.writeStartObject();
    g.writeStringField("asOf", analysis.asOf().toString());
    g.writeNumberField("windowDays", analysis.windowDays());
    g.writeArrayFieldStart("findings");
    List<Finding> findings = analysis.findings();
    for (int i = 0; i < findings.size(); i++) {
      Finding f = findings.get(i);
      g.writeStartObject();
      g.writeStringField("rule", f.rule().name());
      g.writeStringField("severity", f.severity().name());
      g.writeFieldName("childIds");
      writeValue(g, f.childIds());
      g.writeFieldName("agencyIds");
      writeValue(g, f.agencyIds());
      g.writeFieldName("personIds");
      writeValue(g, f.personIds());
      g.writeStringField("message", f.message());
      g.writeStringField("recommendation", f.recommendation());
      g.writeFieldName("details");
      writeValue(g, f.details());
      if (evidence != null) {
        g.writeFieldName("evidence");
        writeValue(g, evidence.get(i));
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
    if (pretty) {
      g.writeRaw('\n');
    }
    g.flush();
  }

  /** Returns the compact document as bytes. */
  public static byte[] bytes(Analysis analysis, List<List<String>> evidence) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      write(analysis, evidence, false, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** Returns a finding's details as one compact JSON object, as the CSV's details cell holds it. */
  public static String details(Map<String, Object> details) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator g = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
      writeValue(g, details);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString(java.nio.charset.StandardCharsets.UTF_8);
  }

  /** Writes a detail value: null, string, number, boolean, list or map (keys already sorted). */
  static void writeValue(JsonGenerator g, Object value) throws IOException {
    if (value == null) {
      g.writeNull();
    } else if (value instanceof String s) {
      g.writeString(s);
    } else if (value instanceof Long l) {
      g.writeNumber(l);
    } else if (value instanceof Integer n) {
      g.writeNumber(n);
    } else if (value instanceof Number n) {
      g.writeNumber(n.doubleValue());
    } else if (value instanceof Boolean b) {
      g.writeBoolean(b);
    } else if (value instanceof Collection<?> c) {
      g.writeStartArray();
      for (Object o : c) {
        writeValue(g, o);
      }
      g.writeEndArray();
    } else if (value instanceof Map<?, ?> m) {
      g.writeStartObject();
      for (Map.Entry<?, ?> e : m.entrySet()) {
        g.writeFieldName(String.valueOf(e.getKey()));
        writeValue(g, e.getValue());
      }
      g.writeEndObject();
    } else {
      g.writeString(value.toString());
    }
  }
}
