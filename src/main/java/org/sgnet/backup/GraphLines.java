package org.sgnet.backup;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The graph of a backup as JSON lines: {@code graph/nodes.jsonl} holds {@code {"key": 1, "labels":
 * […], "props": {…}}} per node, {@code graph/relationships.jsonl} holds {@code {"type": "…",
 * "from": 1, "to": 2, "props": {…}}} per relationship, whose ends are the keys of nodes. Keys
 * number the nodes of one backup from 1; they are not Neo4j's ids, which another store does not
 * share.
 */
final class GraphLines {

  private static final JsonFactory FACTORY = new JsonFactory();

  /** A node read back from a backup. */
  record Node(long key, List<String> labels, Map<String, Object> props) {}

  /** A relationship read back from a backup. */
  record Relationship(String type, long from, long to, Map<String, Object> props) {}

  private GraphLines() {}

  /** A generator that writes one JSON value per line and leaves the stream open. */
  static JsonGenerator generator(OutputStream out) throws IOException {
    JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8);
    g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    g.setRootValueSeparator(null);
    return g;
  }

  static void writeNode(JsonGenerator g, long key, List<String> labels, Map<String, Object> props)
      throws IOException {
    g.writeStartObject();
    g.writeNumberField("key", key);
    g.writeArrayFieldStart("labels");
    for (String label : labels) {
      g.writeString(label);
    }
    g.writeEndArray();
    g.writeFieldName("props");
    PropertyCodec.writeMap(g, props);
    g.writeEndObject();
    g.writeRaw('\n');
  }

  static void writeRelationship(
      JsonGenerator g, String type, long from, long to, Map<String, Object> props)
      throws IOException {
    g.writeStartObject();
    g.writeStringField("type", type);
    g.writeNumberField("from", from);
    g.writeNumberField("to", to);
    g.writeFieldName("props");
    PropertyCodec.writeMap(g, props);
    g.writeEndObject();
    g.writeRaw('\n');
  }

  /** Reads a line of {@code graph/nodes.jsonl}; {@code where} is its entry and line number. */
  static Node readNode(String line, String where) {
    JsonNode n = parse(line, where);
    List<String> labels = new ArrayList<>();
    JsonNode array = n.get("labels");
    if (array == null || !array.isArray()) {
      throw BackupFile.damaged(where + ": field labels: not a list");
    }
    for (JsonNode label : array) {
      if (!label.isTextual() || label.textValue().isBlank()) {
        throw BackupFile.damaged(where + ": field labels: not a list of names");
      }
      labels.add(label.textValue());
    }
    return new Node(key(n, "key", where), labels, PropertyCodec.readMap(n.get("props"), where));
  }

  /** Reads a line of {@code graph/relationships.jsonl}. */
  static Relationship readRelationship(String line, String where) {
    JsonNode n = parse(line, where);
    JsonNode type = n.get("type");
    if (type == null || !type.isTextual() || type.textValue().isBlank()) {
      throw BackupFile.damaged(where + ": field type: missing");
    }
    return new Relationship(
        type.textValue(),
        key(n, "from", where),
        key(n, "to", where),
        PropertyCodec.readMap(n.get("props"), where));
  }

  private static JsonNode parse(String line, String where) {
    try {
      JsonNode n = ArchiveWriter.JSON.readTree(line);
      if (n == null || !n.isObject()) {
        throw BackupFile.damaged(where + ": not a JSON object");
      }
      return n;
    } catch (IOException e) {
      throw BackupFile.damaged(where + ": not JSON", e);
    }
  }

  private static long key(JsonNode n, String field, String where) {
    JsonNode key = n.get(field);
    if (key == null || !key.isIntegralNumber() || key.longValue() < 1) {
      throw BackupFile.damaged(where + ": field " + field + ": not a node key (1, 2, …)");
    }
    return key.longValue();
  }
}
