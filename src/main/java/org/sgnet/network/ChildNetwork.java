package org.sgnet.network;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.MapAccessor;

/**
 * A child's network on a date: the child, the people tied to the child by ties active that day, and
 * the agencies of the professionals among them.
 *
 * @param asOf the date
 * @param nodes the child first, then people and agencies by id
 * @param edges ties between the child and the people, and professionals' agency memberships
 */
public record ChildNetwork(LocalDate asOf, List<Node> nodes, List<Edge> edges) {

  public ChildNetwork {
    nodes = List.copyOf(nodes);
    edges = List.copyOf(edges);
  }

  /**
   * A node of the network.
   *
   * @param id the node's key ({@code person:ID} or {@code agency:ID})
   * @param type {@code PERSON} or {@code AGENCY}
   * @param kind the person's kind or the agency's sector
   * @param name the display name
   * @param role a person's role, or {@code null}
   */
  public record Node(String id, String type, String kind, String name, String role) {}

  /**
   * An edge of the network.
   *
   * @param type the tie type, or {@code MEMBER_OF}
   * @param source the start node's key
   * @param target the end node's key
   * @param start the tie's first day, or {@code null}
   * @param end the tie's last day, or {@code null}
   * @param attributes the tie's legal basis, parental responsibility or lead flag, when set
   */
  public record Edge(
      String type,
      String source,
      String target,
      LocalDate start,
      LocalDate end,
      Map<String, Object> attributes) {}

  static ChildNetwork from(Record r, LocalDate asOf) {
    Map<String, Object> child = r.get("child").asMap();
    Builder b = new Builder(asOf);
    String childKey = "person:" + child.get("id");
    b.nodes.put(
        childKey,
        new Node(childKey, "PERSON", (String) child.get("kind"), (String) child.get("name"), null));
    for (Value tie : r.get("ties").values()) {
      b.addTie(tie);
    }
    return b.build();
  }

  /** Returns this network with the ties of a further ring (rows of child-network-ring). */
  ChildNetwork extendedBy(List<Record> ring) {
    Builder b = new Builder(asOf);
    nodes.forEach(n -> b.nodes.put(n.id(), n));
    b.edges.addAll(edges);
    ring.forEach(b::addTie);
    return b.build();
  }

  private static final class Builder {
    private final LocalDate asOf;
    private final Map<String, Node> nodes = new LinkedHashMap<>();
    private final List<Edge> edges = new ArrayList<>();
    private final java.util.Set<Edge> seen = new java.util.HashSet<>();

    Builder(LocalDate asOf) {
      this.asOf = asOf;
    }

    void addTie(MapAccessor tie) {
      Value person = tie.get("person");
      String personKey = "person:" + person.get("id").asString();
      nodes.putIfAbsent(
          personKey,
          new Node(
              personKey,
              "PERSON",
              person.get("kind").asString(),
              person.get("name").asString(),
              person.get("role").isNull() ? null : person.get("role").asString()));
      Map<String, Object> attributes = new LinkedHashMap<>();
      for (String a : List.of("legalBasis", "parentalResponsibility", "lead")) {
        if (!tie.get(a).isNull()) {
          attributes.put(a, tie.get(a).asObject());
        }
      }
      add(
          new Edge(
              tie.get("type").asString(),
              "person:" + tie.get("fromId").asString(),
              "person:" + tie.get("toId").asString(),
              tie.get("start").isNull() ? null : tie.get("start").asLocalDate(),
              tie.get("end").isNull() ? null : tie.get("end").asLocalDate(),
              Map.copyOf(attributes)));
      Value agency = tie.get("agency");
      if (!agency.isNull()) {
        String agencyKey = "agency:" + agency.get("id").asString();
        nodes.putIfAbsent(
            agencyKey,
            new Node(
                agencyKey,
                "AGENCY",
                agency.get("sector").asString(),
                agency.get("name").asString(),
                null));
        add(new Edge("MEMBER_OF", personKey, agencyKey, null, null, Map.of()));
      }
    }

    private void add(Edge edge) {
      if (seen.add(edge)) {
        edges.add(edge);
      }
    }

    ChildNetwork build() {
      List<Node> ordered = new ArrayList<>(nodes.values());
      ordered.subList(1, ordered.size()).sort(Comparator.comparing(Node::id));
      List<Edge> sorted = new ArrayList<>(edges);
      sorted.sort(
          Comparator.comparing(Edge::type)
              .thenComparing(Edge::source)
              .thenComparing(Edge::target)
              .thenComparing(e -> String.valueOf(e.start())));
      return new ChildNetwork(asOf, ordered, sorted);
    }
  }
}
