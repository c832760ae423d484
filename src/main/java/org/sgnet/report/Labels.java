package org.sgnet.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sgnet.export.GraphSnapshot;
import org.sgnet.export.Pseudonymiser;
import org.sgnet.rules.Pseudonyms;

/**
 * How a report names the people, agencies and events it shows: by their names and ids, or by the
 * codes of pseudonymised exports. Built from the snapshots of the children a report covers, which
 * hold everyone and everything the report can mention; in codes, anything outside them shows as a
 * placeholder rather than as itself.
 */
final class Labels {

  private final Map<String, GraphSnapshot.Node> nodes;
  private final Pseudonyms codes;

  private Labels(Map<String, GraphSnapshot.Node> nodes, Pseudonyms codes) {
    this.nodes = nodes;
    this.codes = codes;
  }

  /** Real names, ids, roles and birth dates. */
  static Labels identifiable(List<GraphSnapshot> parts) {
    return new Labels(merge(parts), null);
  }

  /**
   * Codes from the pseudonymisation key (extended for nodes it has not coded yet, in the order an
   * export would code them: agencies, people, events, each by id).
   */
  static Labels pseudonymised(List<GraphSnapshot> parts, Pseudonymiser pseudonymiser) {
    Map<String, GraphSnapshot.Node> nodes = merge(parts);
    Map<String, String> byKey =
        pseudonymiser.codes(new GraphSnapshot(new ArrayList<>(nodes.values()), List.of()));
    Map<String, String> people = new HashMap<>();
    Map<String, String> agencies = new HashMap<>();
    Map<String, String> events = new HashMap<>();
    for (GraphSnapshot.Node n : nodes.values()) {
      String code = byKey.get(n.key());
      switch (n.type()) {
        case PERSON -> people.put(n.id(), code);
        case AGENCY -> agencies.put(n.id(), code);
        case EVENT -> events.put(n.id(), code);
      }
    }
    return new Labels(nodes, new Pseudonyms(people, agencies, events));
  }

  private static Map<String, GraphSnapshot.Node> merge(List<GraphSnapshot> parts) {
    List<GraphSnapshot.Node> all = new ArrayList<>();
    parts.forEach(p -> all.addAll(p.nodes()));
    all.sort(Comparator.comparing(GraphSnapshot.Node::type).thenComparing(GraphSnapshot.Node::id));
    Map<String, GraphSnapshot.Node> nodes = new LinkedHashMap<>();
    all.forEach(n -> nodes.putIfAbsent(n.key(), n));
    return nodes;
  }

  /** Whether real names are shown. */
  boolean identifiable() {
    return codes == null;
  }

  /** The codes, or {@code null} when real names are shown. */
  Pseudonyms codes() {
    return codes;
  }

  String person(String id) {
    return codes == null ? name("person:" + id, id) : codes.person(id);
  }

  String agency(String id) {
    return codes == null ? name("agency:" + id, id) : codes.agency(id);
  }

  String event(String id) {
    return codes == null ? id : codes.event(id);
  }

  /** A person's role, only when real names are shown (roles are free text). */
  String role(String personId) {
    return codes == null ? text("person:" + personId, "role") : null;
  }

  /** A person's birth date, only when real names are shown. */
  LocalDate birthDate(String personId) {
    GraphSnapshot.Node n = nodes.get("person:" + personId);
    return codes == null && n != null && n.properties().get("birthDate") instanceof LocalDate d
        ? d
        : null;
  }

  private String name(String key, String fallback) {
    String name = text(key, "name");
    return name == null || name.isBlank() ? fallback : name;
  }

  private String text(String key, String property) {
    GraphSnapshot.Node n = nodes.get(key);
    return n != null && n.properties().get(property) instanceof String s ? s : null;
  }
}
