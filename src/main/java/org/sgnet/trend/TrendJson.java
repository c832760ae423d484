package org.sgnet.trend;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import org.sgnet.rules.Rule;
import org.sgnet.rules.Theme;

/**
 * Writes a trend as one JSON document, the same for {@code sgnet trend --format json} and {@code
 * GET /api/trend}: the request ({@code from}, {@code to}, {@code step}, {@code windowDays}, {@code
 * engine}), the rules and themes it counts, and one point per step with {@code date}, {@code
 * findings}, {@code childrenAffected}, {@code byTheme}, {@code childrenAffectedByTheme} and {@code
 * byRule}. Counts only: no id of a person is in it.
 */
public final class TrendJson {

  private TrendJson() {}

  /** Writes the document to {@code out}. */
  public static void write(Trend trend, boolean pretty, OutputStream out) throws IOException {
    JsonGenerator g = new JsonFactory().createGenerator(out, JsonEncoding.UTF8);
    if (pretty) {
      g.useDefaultPrettyPrinter();
    }
    g.writeStartObject();
    g.writeStringField("from", trend.from().toString());
    g.writeStringField("to", trend.to().toString());
    g.writeStringField("step", trend.step().label());
    g.writeNumberField("windowDays", trend.windowDays());
    g.writeStringField("engine", trend.engine().name().toLowerCase(Locale.ROOT));
    g.writeArrayFieldStart("themes");
    for (Theme t : trend.themes()) {
      g.writeStartObject();
      g.writeStringField("theme", t.name());
      g.writeStringField("title", t.title());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("rules");
    for (Rule r : trend.rules()) {
      g.writeStartObject();
      g.writeStringField("rule", r.name());
      g.writeStringField("theme", r.theme().name());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("points");
    for (Trend.Point p : trend.points()) {
      g.writeStartObject();
      g.writeStringField("date", p.date().toString());
      g.writeNumberField("findings", p.findings());
      g.writeNumberField("childrenAffected", p.children());
      counts(g, "byTheme", p.byTheme());
      counts(g, "childrenAffectedByTheme", p.childrenByTheme());
      counts(g, "byRule", p.byRule());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
    g.flush();
  }

  /** Returns the document, compact. */
  public static byte[] bytes(Trend trend) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      write(trend, false, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static void counts(JsonGenerator g, String field, Map<?, Integer> counts)
      throws IOException {
    g.writeObjectFieldStart(field);
    for (Map.Entry<?, Integer> e : counts.entrySet()) {
      g.writeNumberField(String.valueOf(e.getKey()), e.getValue());
    }
    g.writeEndObject();
  }
}
