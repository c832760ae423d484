package org.sgnet.export;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jgrapht.Graph;
import org.jgrapht.graph.DirectedPseudograph;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.graphml.GraphMLExporter;

/**
 * Writes GraphML through jgrapht-io: vertices are agencies, people and events (id {@code
 * person:child-j} and so on) with a {@code label} and their properties; edges carry their type and
 * properties. A property absent on a node is simply not written, which Gephi, yEd and networkx all
 * accept.
 */
final class GraphMlWriter {

  void write(GraphSnapshot snapshot, OutputStream out) {
    Graph<String, Integer> graph = new DirectedPseudograph<>(null, null, false);
    Map<String, Map<String, Attribute>> vertexAttributes = new LinkedHashMap<>();
    Map<String, AttributeType> vertexKeys = new TreeMap<>();
    for (GraphSnapshot.Node n : snapshot.nodes()) {
      graph.addVertex(n.key());
      Map<String, Attribute> attrs = new LinkedHashMap<>();
      attrs.put("nodeType", DefaultAttribute.createAttribute(n.type().name()));
      attrs.put("kinds", DefaultAttribute.createAttribute(String.join(";", n.kinds())));
      Object name = n.properties().get("name");
      attrs.put(
          "label",
          DefaultAttribute.createAttribute(
              name != null
                  ? name.toString()
                  : n.properties().getOrDefault("type", n.id()) + " " + n.id()));
      putProperties(attrs, n.properties());
      attrs.forEach((k, v) -> vertexKeys.putIfAbsent(k, v.getType()));
      vertexAttributes.put(n.key(), attrs);
    }
    List<GraphSnapshot.Relationship> rels = snapshot.relationships();
    Map<String, AttributeType> edgeKeys = new TreeMap<>();
    Map<Integer, Map<String, Attribute>> edgeAttributes = new LinkedHashMap<>();
    for (int i = 0; i < rels.size(); i++) {
      GraphSnapshot.Relationship r = rels.get(i);
      graph.addEdge(r.fromKey(), r.toKey(), i);
      Map<String, Attribute> attrs = new LinkedHashMap<>();
      attrs.put("relType", DefaultAttribute.createAttribute(r.type()));
      putProperties(attrs, r.properties());
      attrs.forEach((k, v) -> edgeKeys.putIfAbsent(k, v.getType()));
      edgeAttributes.put(i, attrs);
    }
    GraphMLExporter<String, Integer> exporter = new GraphMLExporter<>(v -> v);
    exporter.setEdgeIdProvider(e -> "e" + e);
    exporter.setExportEdgeLabels(false);
    exporter.setExportVertexLabels(false);
    vertexKeys.forEach(
        (k, t) -> exporter.registerAttribute(k, GraphMLExporter.AttributeCategory.NODE, t));
    edgeKeys.forEach(
        (k, t) -> exporter.registerAttribute(k, GraphMLExporter.AttributeCategory.EDGE, t));
    exporter.setVertexAttributeProvider(vertexAttributes::get);
    exporter.setEdgeAttributeProvider(edgeAttributes::get);
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    exporter.exportGraph(graph, writer);
  }

  private static void putProperties(Map<String, Attribute> attrs, Map<String, Object> props) {
    props.forEach(
        (k, v) -> {
          if (v == null) {
            return;
          }
          if (v instanceof Boolean b) {
            attrs.put(k, DefaultAttribute.createAttribute(b));
          } else if (v instanceof Long l) {
            attrs.put(k, DefaultAttribute.createAttribute(l));
          } else if (v instanceof List<?> list) {
            attrs.put(
                k,
                DefaultAttribute.createAttribute(
                    String.join(";", list.stream().map(String::valueOf).toList())));
          } else {
            attrs.put(k, DefaultAttribute.createAttribute(v.toString()));
          }
        });
  }
}
