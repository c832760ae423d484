package org.sgnet.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import org.sgnet.bundle.BundleLayout;
import org.sgnet.bundle.Csv;
import org.sgnet.export.GraphSnapshot.NodeType;

/**
 * Writes the stored network back as a case bundle ({@code shared/spec/case-bundle.md}), so that
 * what was imported can be exported, checked and imported again. {@code x_} properties come back as
 * {@code x_} columns, and the source extension's properties (identifiers, postcode, provenance) as
 * their columns, each only when some row has it: a version 1 store exports as version 1.
 */
final class BundleCsvWriter {

  static final List<String> FILES = BundleLayout.FILES;

  private static final List<String> TIE_TYPES =
      List.of("SIBLING", "PARENT", "PLACED_WITH", "INVOLVED");

  private final GraphSnapshot snapshot;
  private final Map<String, String> agencyOf = new HashMap<>();
  private final Map<String, Map<String, String>> eventLinks = new HashMap<>();

  BundleCsvWriter(GraphSnapshot snapshot) {
    this.snapshot = snapshot;
    for (GraphSnapshot.Relationship r : snapshot.relationships()) {
      String from = idOf(r.fromKey());
      String to = idOf(r.toKey());
      switch (r.type()) {
        case "MEMBER_OF" -> agencyOf.put(from, to);
        case "ABOUT", "RECORDED_IN", "RECORDED_BY" ->
            eventLinks.computeIfAbsent(from, k -> new HashMap<>()).put(r.type(), to);
        default -> {}
      }
    }
  }

  void write(String file, OutputStream out) throws IOException {
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    switch (file) {
      case "agencies.csv" ->
          table(
              w,
              file,
              nodes(NodeType.AGENCY),
              n -> {
                Map<String, Object> p = n.properties();
                return cells(n.id(), p.get("name"), p.get("sector"));
              });
      case "people.csv" ->
          table(
              w,
              file,
              nodes(NodeType.PERSON),
              n -> {
                Map<String, Object> p = n.properties();
                return cells(
                    n.id(),
                    p.get("kind"),
                    p.get("name"),
                    p.get("birthDate"),
                    agencyOf.get(n.id()),
                    p.get("role"));
              });
      case "relationships.csv" -> writeTies(w);
      case "events.csv" ->
          table(
              w,
              file,
              nodes(NodeType.EVENT),
              n -> {
                Map<String, Object> p = n.properties();
                Map<String, String> links = eventLinks.getOrDefault(n.id(), Map.of());
                Object participants = p.get("participantIds");
                return cells(
                    n.id(),
                    p.get("date"),
                    p.get("type"),
                    links.get("ABOUT"),
                    links.get("RECORDED_IN"),
                    links.get("RECORDED_BY"),
                    participants instanceof List<?> l && !l.isEmpty()
                        ? String.join(";", l.stream().map(String::valueOf).toList())
                        : null,
                    p.get("subtype"),
                    p.get("value"),
                    p.get("requestedBy"),
                    p.get("seenAlone"),
                    p.get("summary"));
              });
      default -> throw new IllegalArgumentException(file);
    }
    w.flush();
  }

  private void writeTies(Writer w) throws IOException {
    List<Map.Entry<GraphSnapshot.Relationship, Map<String, Object>>> ties = new ArrayList<>();
    List<Map<String, Object>> props = new ArrayList<>();
    for (GraphSnapshot.Relationship r : snapshot.relationships()) {
      if (TIE_TYPES.contains(r.type())) {
        ties.add(Map.entry(r, r.properties()));
        props.add(r.properties());
      }
    }
    List<String> extra = extraColumns("relationships.csv", props);
    List<String> header = new ArrayList<>(BundleLayout.columns("relationships.csv"));
    header.addAll(extra);
    Csv.line(w, header);
    for (var e : ties) {
      GraphSnapshot.Relationship r = e.getKey();
      Map<String, Object> p = e.getValue();
      List<String> row =
          cells(
              r.type(),
              idOf(r.fromKey()),
              idOf(r.toKey()),
              p.get("start"),
              p.get("end"),
              p.get("parentalResponsibility"),
              p.get("legalBasis"),
              p.get("lead"));
      for (String x : extra) {
        row.add(text(p.get(x)));
      }
      Csv.line(w, row);
    }
  }

  private List<GraphSnapshot.Node> nodes(NodeType type) {
    return snapshot.nodes().stream().filter(n -> n.type() == type).toList();
  }

  private static void table(
      Writer w,
      String file,
      List<GraphSnapshot.Node> nodes,
      Function<GraphSnapshot.Node, List<String>> row)
      throws IOException {
    List<String> extra =
        extraColumns(file, nodes.stream().map(GraphSnapshot.Node::properties).toList());
    List<String> header = new ArrayList<>(BundleLayout.columns(file));
    header.addAll(extra);
    Csv.line(w, header);
    for (GraphSnapshot.Node n : nodes) {
      List<String> cells = row.apply(n);
      for (String x : extra) {
        cells.add(text(n.properties().get(x)));
      }
      Csv.line(w, cells);
    }
  }

  /**
   * Returns the columns beyond version 1 that some row needs: the source extension's present
   * columns in format order, then the {@code x_} columns sorted.
   */
  private static List<String> extraColumns(String file, List<Map<String, Object>> props) {
    TreeSet<String> keys = new TreeSet<>();
    java.util.Set<String> present = new java.util.HashSet<>();
    for (Map<String, Object> p : props) {
      for (String k : p.keySet()) {
        if (k.startsWith("x_")) {
          keys.add(k);
        } else {
          present.add(k);
        }
      }
    }
    List<String> columns = new ArrayList<>();
    for (String c : BundleLayout.sourceColumns(file)) {
      if (present.contains(c)) {
        columns.add(c);
      }
    }
    columns.addAll(keys);
    return columns;
  }

  /** A property as a cell: a list as its items separated by {@code ;}. */
  private static String text(Object value) {
    if (value instanceof List<?> l) {
      return String.join(";", l.stream().map(String::valueOf).toList());
    }
    return value == null ? "" : value.toString();
  }

  private static List<String> cells(Object... values) {
    List<String> cells = new ArrayList<>(values.length);
    for (Object v : values) {
      cells.add(v == null ? "" : v.toString());
    }
    return cells;
  }

  private static String idOf(String key) {
    return key.substring(key.indexOf(':') + 1);
  }
}
