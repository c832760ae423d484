package org.sgnet.bench;

import java.util.List;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DefaultUndirectedGraph;
import org.sgnet.graph.Projection;

/** The projection's ties as a JGraphT default graph: the representation the engine uses. */
final class TieGraphs {

  private TieGraphs() {}

  /** Builds the undirected graph of the ties, people as vertices. */
  static Graph<String, DefaultEdge> jgrapht(List<Projection.TieRow> ties) {
    Graph<String, DefaultEdge> g = new DefaultUndirectedGraph<>(DefaultEdge.class);
    for (Projection.TieRow t : ties) {
      g.addVertex(t.fromId());
      g.addVertex(t.toId());
      g.addEdge(t.fromId(), t.toId());
    }
    return g;
  }
}
