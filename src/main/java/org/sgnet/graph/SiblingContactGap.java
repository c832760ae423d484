package org.sgnet.graph;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DirectedPseudograph;
import org.jgrapht.graph.SimpleGraph;

/**
 * The JGraphT twin of SIBLING_CONTACT_GAP ({@code rules.md} rule 6): children a and b with a
 * SIBLING tie active on D who live apart on D, with no CONTACT in the window about one with the
 * other among its participants; HIGH when either child's active placement is PRIVATE_FOSTERING or
 * either asked (a REQUEST in the window naming the other), else MEDIUM.
 *
 * <p>Four graphs over person ids: the sibling graph (undirected, active ties), the placement graph
 * (directed child → home, each edge carrying its legal basis), and the contact and request graphs
 * (undirected: subject joined to each participant). Two children live apart when both have an
 * outgoing placement and their sets of homes are disjoint.
 *
 * <p>Complexity: O(T + Σ|participants|) to build, then O(deg_P(a) + deg_P(b)) per sibling pair.
 */
public final class SiblingContactGap {

  /**
   * Two siblings living apart without contact.
   *
   * @param childId one child, the smaller id
   * @param siblingId the other
   * @param urgent whether either is privately fostered or asked for the other (the rule's HIGH)
   */
  public record Gap(String childId, String siblingId, boolean urgent) {}

  /** A placement edge with its legal basis. */
  static final class Placement extends DefaultEdge {
    private static final long serialVersionUID = 1L;
    private final String basis;

    Placement(String basis) {
      this.basis = basis;
    }

    String basis() {
      return basis;
    }
  }

  private SiblingContactGap() {}

  /**
   * Returns the pairs.
   *
   * @param projection the network
   * @param childId keep only pairs with this child, or null for all
   */
  public static List<Gap> gaps(Projection projection, String childId) {
    Objects.requireNonNull(projection, "projection");
    Graph<String, DefaultEdge> siblings = new SimpleGraph<>(DefaultEdge.class);
    Graph<String, Placement> placements = new DirectedPseudograph<>(Placement.class);
    for (Projection.TieRow t : projection.ties()) {
      if (!t.activeOn(projection.asOf()) || t.fromId().equals(t.toId())) {
        continue;
      }
      if (t.type().equals("SIBLING")) {
        siblings.addVertex(t.fromId());
        siblings.addVertex(t.toId());
        siblings.addEdge(t.fromId(), t.toId());
      } else if (t.type().equals("PLACED_WITH")) {
        placements.addVertex(t.fromId());
        placements.addVertex(t.toId());
        placements.addEdge(t.fromId(), t.toId(), new Placement(t.legalBasis()));
      }
    }
    Graph<String, DefaultEdge> contacts = joined(projection, "CONTACT");
    Graph<String, DefaultEdge> requests = joined(projection, "REQUEST");
    List<Gap> result = new ArrayList<>();
    for (DefaultEdge s : siblings.edgeSet()) {
      String a = siblings.getEdgeSource(s);
      String b = siblings.getEdgeTarget(s);
      if (childId != null && !childId.equals(a) && !childId.equals(b)) {
        continue;
      }
      if (!liveApart(placements, a, b) || edge(contacts, a, b)) {
        continue;
      }
      boolean urgent = fostered(placements, a) || fostered(placements, b) || edge(requests, a, b);
      result.add(a.compareTo(b) < 0 ? new Gap(a, b, urgent) : new Gap(b, a, urgent));
    }
    return List.copyOf(result);
  }

  private static Graph<String, DefaultEdge> joined(Projection projection, String type) {
    Graph<String, DefaultEdge> g = new SimpleGraph<>(DefaultEdge.class);
    for (Projection.EventRow e : projection.events()) {
      if (!e.type().equals(type) || !projection.inWindow(e.date())) {
        continue;
      }
      g.addVertex(e.subjectId());
      for (String p : e.participants()) {
        if (!p.equals(e.subjectId())) {
          g.addVertex(p);
          g.addEdge(e.subjectId(), p);
        }
      }
    }
    return g;
  }

  private static boolean edge(Graph<String, DefaultEdge> g, String a, String b) {
    return g.containsVertex(a) && g.containsVertex(b) && g.containsEdge(a, b);
  }

  private static Set<String> homes(Graph<String, Placement> placements, String child) {
    Set<String> homes = new HashSet<>();
    if (placements.containsVertex(child)) {
      for (Placement p : placements.outgoingEdgesOf(child)) {
        homes.add(placements.getEdgeTarget(p));
      }
    }
    return homes;
  }

  private static boolean liveApart(Graph<String, Placement> placements, String a, String b) {
    Set<String> ha = homes(placements, a);
    Set<String> hb = homes(placements, b);
    if (ha.isEmpty() || hb.isEmpty()) {
      return false;
    }
    for (String h : ha) {
      if (hb.contains(h)) {
        return false;
      }
    }
    return true;
  }

  private static boolean fostered(Graph<String, Placement> placements, String child) {
    if (!placements.containsVertex(child)) {
      return false;
    }
    for (Placement p : placements.outgoingEdgesOf(child)) {
      if ("PRIVATE_FOSTERING".equals(p.basis())) {
        return true;
      }
    }
    return false;
  }
}
