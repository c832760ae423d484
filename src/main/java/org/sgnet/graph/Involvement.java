package org.sgnet.graph;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.jgrapht.Graph;
import org.jgrapht.Graphs;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;

/**
 * The involvement graph: a bipartite graph joining each child to its involved professionals and
 * involved agencies.
 *
 * <p>Definition ({@code rules.md}, Terms): the involved professionals of child c are the
 * professionals with an {@code INVOLVED} tie to c active on D and every professional who is the
 * recorder or a participant of an event about c in the window; its involved agencies are their
 * agencies and the agency of every event about c in the window. Vertices are typed {@link Node}s,
 * so that a person and an agency may share an id.
 *
 * <p>Complexity: built lazily in O(T + Σ|people of an event|) for T ties; the sets of a child are
 * read in O(deg log deg).
 */
public final class Involvement {

  /** A vertex: a child, a professional or an agency. */
  record Node(Kind kind, String id) {
    Node {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(id, "id");
    }
  }

  /** The kinds of vertex. */
  enum Kind {
    CHILD,
    PROFESSIONAL,
    AGENCY
  }

  private final Projection projection;
  private Graph<Node, DefaultEdge> graph;
  private Map<String, Node> children;

  /**
   * @param projection the network, not null
   */
  public Involvement(Projection projection) {
    this.projection = Objects.requireNonNull(projection, "projection");
  }

  private synchronized Graph<Node, DefaultEdge> graph() {
    if (graph == null) {
      Graph<Node, DefaultEdge> g = new SimpleGraph<>(DefaultEdge.class);
      Map<String, Node> kids = new HashMap<>();
      for (Projection.TieRow t : projection.ties()) {
        if (t.type().equals("INVOLVED")
            && t.activeOn(projection.asOf())
            && projection.isProfessional(t.fromId())) {
          involve(g, kids, t.toId(), t.fromId());
        }
      }
      for (Projection.EventRow e : projection.events()) {
        if (!projection.inWindow(e.date())) {
          continue;
        }
        Node child = child(g, kids, e.subjectId());
        Node agency = new Node(Kind.AGENCY, e.agencyId());
        g.addVertex(agency);
        g.addEdge(child, agency);
        for (String p : e.people()) {
          if (projection.isProfessional(p)) {
            involve(g, kids, e.subjectId(), p);
          }
        }
      }
      graph = g;
      children = kids;
    }
    return graph;
  }

  private void involve(Graph<Node, DefaultEdge> g, Map<String, Node> kids, String c, String p) {
    Node child = child(g, kids, c);
    Node professional = new Node(Kind.PROFESSIONAL, p);
    Node agency = new Node(Kind.AGENCY, projection.agencyOf().get(p));
    g.addVertex(professional);
    g.addVertex(agency);
    g.addEdge(child, professional);
    g.addEdge(child, agency);
  }

  private static Node child(Graph<Node, DefaultEdge> g, Map<String, Node> kids, String id) {
    Node n = kids.computeIfAbsent(id, k -> new Node(Kind.CHILD, k));
    g.addVertex(n);
    return n;
  }

  /** Returns the children with at least one involved professional or agency. */
  public Set<String> children() {
    graph();
    return Collections.unmodifiableSet(children.keySet());
  }

  /** Returns the child's involved professionals, sorted. */
  public SortedSet<String> professionals(String child) {
    return neighbours(child, Kind.PROFESSIONAL);
  }

  /** Returns the child's involved agencies, sorted. */
  public SortedSet<String> agencies(String child) {
    return neighbours(child, Kind.AGENCY);
  }

  private SortedSet<String> neighbours(String child, Kind kind) {
    Graph<Node, DefaultEdge> g = graph();
    Node c = children.get(child);
    SortedSet<String> result = new TreeSet<>();
    if (c != null) {
      for (Node n : Graphs.neighborListOf(g, c)) {
        if (n.kind() == kind) {
          result.add(n.id());
        }
      }
    }
    return Collections.unmodifiableSortedSet(result);
  }
}
