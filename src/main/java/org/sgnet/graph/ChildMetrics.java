package org.sgnet.graph;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.BiconnectivityInspector;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.graph.DefaultEdge;
import org.sgnet.network.Coordination;
import org.sgnet.network.Coordination.Professional;

/**
 * Network metrics of one child's professionals: how many professionals and agencies are involved,
 * the components of their coordination graph, its brokers, and each professional's betweenness in
 * it.
 *
 * <p>Definitions: the coordination graph is that of {@code rules.md} rule 3 (involved
 * professionals, joined when they share an agency or both attend one information-sharing or meeting
 * event about the child in the window). Components are its connected components, sorted by size
 * (largest first), then by first id; brokers are its cut vertices (Hopcroft–Tarjan, via JGraphT's
 * {@link BiconnectivityInspector}); betweenness is Brandes' centrality, normalised to [0, 1]
 * (JGraphT's {@link BetweennessCentrality}). Complexity: O(V·E) for betweenness, O(V + E) for the
 * rest, on one child's graph (tens of vertices). Computed lazily, once; results are unmodifiable.
 */
public final class ChildMetrics {

  private final String childId;
  private final Map<String, String> names;
  private final List<String> agencies;
  private final CoordinationGraph coordination;
  private Result result;

  /**
   * The computed metrics.
   *
   * @param childId the child
   * @param professionals the involved professionals, by id
   * @param agencies the involved agencies, by id
   * @param components the coordination graph's components, largest first
   * @param brokers the professionals whose removal splits a component, by id
   * @param betweenness each professional's normalised betweenness, by id
   */
  public record Result(
      String childId,
      List<Professional> professionals,
      List<String> agencies,
      List<List<String>> components,
      List<String> brokers,
      Map<String, Double> betweenness) {

    public Result {
      professionals = List.copyOf(professionals);
      agencies = List.copyOf(agencies);
      components = List.copyOf(components);
      brokers = List.copyOf(brokers);
      // Kept in id order for the API's JSON.
      betweenness = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(betweenness));
    }
  }

  /**
   * @param childId the child
   * @param coordination the child's coordination picture as read from the store
   */
  public ChildMetrics(String childId, Coordination coordination) {
    if (childId == null || coordination == null) {
      throw new IllegalArgumentException("a child and its coordination picture are required");
    }
    List<Professional> professionals = coordination.professionals();
    List<String> agencies = coordination.agencies();
    List<List<String>> gatherings = coordination.gatherings();
    this.childId = childId;
    this.names = new TreeMap<>();
    this.agencies = List.copyOf(new TreeSet<>(agencies));
    Map<String, String> agencyOf = new java.util.HashMap<>();
    for (Professional p : professionals) {
      names.put(p.id(), p.name());
      agencyOf.put(p.id(), p.agencyId());
    }
    this.coordination = new CoordinationGraph(agencyOf.keySet(), agencyOf::get, gatherings);
    this.professionals =
        professionals.stream().sorted(Comparator.comparing(Professional::id)).distinct().toList();
  }

  private final List<Professional> professionals;

  /** Returns the metrics, computing them on first use. */
  public Result result() {
    if (result == null) {
      Graph<String, DefaultEdge> graph = coordination.graph();
      Map<String, Double> betweenness = new LinkedHashMap<>();
      // The usual normalisation for a graph without directions: each pair of other vertices
      // counts once, out of (n-1)(n-2)/2 pairs, so a star's centre scores 1. (JGraphT's own
      // normalisation divides by (n-1)(n-2), half the usual figure.)
      int n = graph.vertexSet().size();
      double scale = n > 2 ? 2.0 / ((n - 1.0) * (n - 2.0)) : 0.0;
      new TreeMap<>(new BetweennessCentrality<>(graph, false).getScores())
          .forEach((id, raw) -> betweenness.put(id, raw * scale));
      result =
          new Result(
              childId,
              professionals,
              agencies,
              coordination.components(),
              coordination.brokers(),
              java.util.Collections.unmodifiableMap(betweenness));
    }
    return result;
  }
}
