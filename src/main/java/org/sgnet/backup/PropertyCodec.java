package org.sgnet.backup;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.neo4j.driver.Values;
import org.neo4j.driver.types.IsoDuration;
import org.neo4j.driver.types.Point;
import org.sgnet.SgnetException;

/**
 * Every type a Neo4j property can hold, as JSON that reads back to the same type and value.
 *
 * <p>Strings, booleans and integers are plain JSON; a list is a JSON array of its items. Every
 * other type is an object with one field naming it: {@code {"float": 1.5}} (or {@code "NaN"},
 * {@code "Infinity"}, {@code "-Infinity"}), {@code {"date": "2024-03-01"}}, {@code {"datetime":
 * "2024-03-01T10:15:30+01:00[Europe/London]"}}, {@code {"localdatetime": …}}, {@code {"time":
 * "10:15:30+01:00"}}, {@code {"localtime": …}}, {@code {"duration": [months, days, seconds,
 * nanos]}}, {@code {"point": [srid, x, y]}} or {@code [srid, x, y, z]}, {@code {"bytes": base64}}.
 * Floats are tagged because JSON would read {@code 2.0} back as a float but a float written by
 * another tool as {@code 2} as an integer; a date as a plain string would come back a string, and
 * an export would then differ.
 */
final class PropertyCodec {

  private PropertyCodec() {}

  /** Writes a property map with its keys in order, so that equal stores give equal files. */
  static void writeMap(JsonGenerator g, Map<String, Object> properties) throws IOException {
    g.writeStartObject();
    for (Map.Entry<String, Object> e : new TreeMap<>(properties).entrySet()) {
      g.writeFieldName(e.getKey());
      write(g, e.getKey(), e.getValue());
    }
    g.writeEndObject();
  }

  private static void write(JsonGenerator g, String key, Object v) throws IOException {
    if (v instanceof String s) {
      g.writeString(s);
    } else if (v instanceof Boolean b) {
      g.writeBoolean(b);
    } else if (v instanceof Long
        || v instanceof Integer
        || v instanceof Short
        || v instanceof Byte) {
      g.writeNumber(((Number) v).longValue());
    } else if (v instanceof Double || v instanceof Float) {
      double d = ((Number) v).doubleValue();
      g.writeStartObject();
      if (Double.isFinite(d)) {
        g.writeNumberField("float", d);
      } else {
        g.writeStringField("float", Double.toString(d));
      }
      g.writeEndObject();
    } else if (v instanceof List<?> list) {
      g.writeStartArray();
      for (Object item : list) {
        write(g, key, item);
      }
      g.writeEndArray();
    } else if (v instanceof byte[] bytes) {
      tagged(g, "bytes", Base64.getEncoder().encodeToString(bytes));
    } else if (v instanceof LocalDate d) {
      tagged(g, "date", d.toString());
    } else if (v instanceof ZonedDateTime d) {
      tagged(g, "datetime", d.toString());
    } else if (v instanceof LocalDateTime d) {
      tagged(g, "localdatetime", d.toString());
    } else if (v instanceof OffsetTime t) {
      tagged(g, "time", t.toString());
    } else if (v instanceof LocalTime t) {
      tagged(g, "localtime", t.toString());
    } else if (v instanceof IsoDuration d) {
      g.writeStartObject();
      g.writeArrayFieldStart("duration");
      g.writeNumber(d.months());
      g.writeNumber(d.days());
      g.writeNumber(d.seconds());
      g.writeNumber(d.nanoseconds());
      g.writeEndArray();
      g.writeEndObject();
    } else if (v instanceof Point p) {
      g.writeStartObject();
      g.writeArrayFieldStart("point");
      g.writeNumber(p.srid());
      g.writeNumber(p.x());
      g.writeNumber(p.y());
      if (!Double.isNaN(p.z())) {
        g.writeNumber(p.z());
      }
      g.writeEndArray();
      g.writeEndObject();
    } else {
      // Neo4j stores no other type; a new one must be added here, not written as text that would
      // come back as a string.
      throw new SgnetException(
          SgnetException.Kind.FAILURE,
          "property " + key + " holds a value of an unknown type " + typeOf(v));
    }
  }

  private static String typeOf(Object v) {
    return v == null ? "null" : v.getClass().getName();
  }

  private static void tagged(JsonGenerator g, String type, String value) throws IOException {
    g.writeStartObject();
    g.writeStringField(type, value);
    g.writeEndObject();
  }

  /**
   * Reads a property map written by {@link #writeMap}.
   *
   * @param where the file and line, for the error
   * @throws SgnetException of kind INVALID_INPUT naming the property and what is wrong with it
   */
  static Map<String, Object> readMap(JsonNode node, String where) {
    if (node == null || !node.isObject()) {
      throw BackupFile.damaged(where + ": the properties are not a JSON object");
    }
    Map<String, Object> map = new LinkedHashMap<>();
    Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> f = fields.next();
      map.put(f.getKey(), read(f.getValue(), where + ": property " + f.getKey()));
    }
    return map;
  }

  private static Object read(JsonNode n, String where) {
    if (n.isTextual()) {
      return n.textValue();
    }
    if (n.isBoolean()) {
      return n.booleanValue();
    }
    if (n.isIntegralNumber() && n.canConvertToLong()) {
      return n.longValue();
    }
    if (n.isArray()) {
      List<Object> list = new ArrayList<>(n.size());
      for (JsonNode item : n) {
        list.add(read(item, where));
      }
      return list;
    }
    if (!n.isObject() || n.size() != 1) {
      throw BackupFile.damaged(where + ": not a property value: " + n.getNodeType());
    }
    String type = n.fieldNames().next();
    JsonNode v = n.get(type);
    try {
      return switch (type) {
        case "float" -> v.isNumber() ? v.doubleValue() : Double.parseDouble(v.asText());
        case "bytes" -> Base64.getDecoder().decode(v.asText());
        case "date" -> LocalDate.parse(v.asText());
        case "datetime" -> ZonedDateTime.parse(v.asText());
        case "localdatetime" -> LocalDateTime.parse(v.asText());
        case "time" -> OffsetTime.parse(v.asText());
        case "localtime" -> LocalTime.parse(v.asText());
        case "duration" -> duration(v, where);
        case "point" -> point(v, where);
        default -> throw BackupFile.damaged(where + ": unknown value type " + type);
      };
    } catch (DateTimeParseException | NumberFormatException e) {
      throw BackupFile.damaged(where + ": not a " + type + ": " + v.asText(), e);
    }
  }

  private static IsoDuration duration(JsonNode v, String where) {
    if (!v.isArray() || v.size() != 4) {
      throw BackupFile.damaged(where + ": a duration is [months, days, seconds, nanos]");
    }
    return Values.isoDuration(
            v.get(0).longValue(), v.get(1).longValue(), v.get(2).longValue(), v.get(3).intValue())
        .asIsoDuration();
  }

  private static Point point(JsonNode v, String where) {
    if (!v.isArray() || (v.size() != 3 && v.size() != 4)) {
      throw BackupFile.damaged(where + ": a point is [srid, x, y] or [srid, x, y, z]");
    }
    int srid = v.get(0).intValue();
    double x = v.get(1).doubleValue();
    double y = v.get(2).doubleValue();
    return v.size() == 3
        ? Values.point(srid, x, y).asPoint()
        : Values.point(srid, x, y, v.get(3).doubleValue()).asPoint();
  }
}
