package org.sgnet.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Map;

/**
 * Writes {@code {"format": "sgnet-network", "version": 1, "nodes": [...], "relationships": [...]}}
 * with properties sorted by name, so that equal stores give byte-equal exports.
 */
final class JsonWriter {

  void write(GraphSnapshot snapshot, OutputStream out) throws IOException {
    JsonGenerator g = new JsonFactory().createGenerator(out, JsonEncoding.UTF8);
    g.useDefaultPrettyPrinter();
    g.writeStartObject();
    g.writeStringField("format", "sgnet-network");
    g.writeNumberField("version", 1);
    g.writeArrayFieldStart("nodes");
    for (GraphSnapshot.Node n : snapshot.nodes()) {
      g.writeStartObject();
      g.writeStringField("key", n.key());
      g.writeStringField("type", n.type().name());
      g.writeArrayFieldStart("kinds");
      for (String k : n.kinds()) {
        g.writeString(k);
      }
      g.writeEndArray();
      g.writeFieldName("properties");
      writeMap(g, n.properties());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("relationships");
    for (GraphSnapshot.Relationship r : snapshot.relationships()) {
      g.writeStartObject();
      g.writeStringField("type", r.type());
      g.writeStringField("from", r.fromKey());
      g.writeStringField("to", r.toKey());
      g.writeFieldName("properties");
      writeMap(g, r.properties());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
    g.writeRaw('\n');
    g.flush();
  }

  private static void writeMap(JsonGenerator g, Map<String, Object> map) throws IOException {
    g.writeStartObject();
    for (Map.Entry<String, Object> e : map.entrySet()) {
      g.writeFieldName(e.getKey());
      writeValue(g, e.getValue());
    }
    g.writeEndObject();
  }

  private static void writeValue(JsonGenerator g, Object v) throws IOException {
    if (v == null) {
      g.writeNull();
    } else if (v instanceof Boolean b) {
      g.writeBoolean(b);
    } else if (v instanceof Long || v instanceof Integer) {
      g.writeNumber(((Number) v).longValue());
    } else if (v instanceof Number n) {
      g.writeNumber(n.doubleValue());
    } else if (v instanceof List<?> list) {
      g.writeStartArray();
      for (Object item : list) {
        writeValue(g, item);
      }
      g.writeEndArray();
    } else if (v instanceof TemporalAccessor t) {
      g.writeString(t.toString());
    } else {
      g.writeString(v.toString());
    }
  }
}
