package org.sgnet.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.BiconnectivityInspector;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;

/**
 * The coordination graph of one child ({@code rules.md} rule 3): the child's involved
 * professionals, joined when they belong to the same agency or are both among the people of one
 * information-sharing or meeting event about the child in the window. The rule's twin and the
 * child's metrics both build it here.
 *
 * <p>Complexity: O(V + Σ|gathering|²) to build; components and brokers O(V + E) (JGraphT's {@link
 * ConnectivityInspector} and {@link BiconnectivityInspector}, whose depth-first search recurses
 * once per vertex of a path). Computed lazily; results are unmodifiable.
 */
final class CoordinationGraph {

  private final Graph<String, DefaultEdge> graph = new SimpleGraph<>(DefaultEdge.class);
  private List<List<String>> components;
  private List<String> brokers;

  /**
   * @param professionals the child's involved professionals
   * @param agencyOf each professional's agency, or {@code null} for none (joined to nobody by it)
   * @param gatherings the people of each gathering; those who are not among the professionals are
   *     left out
   */
  CoordinationGraph(
      Collection<String> professionals,
      Function<String, String> agencyOf,
      Collection<? extends Collection<String>> gatherings) {
    Map<String, List<String>> byAgency = new TreeMap<>();
    for (String p : new TreeSet<>(professionals)) {
      graph.addVertex(p);
      String agency = agencyOf.apply(p);
      if (agency != null) {
        byAgency.computeIfAbsent(agency, k -> new ArrayList<>()).add(p);
      }
    }
    byAgency.values().forEach(this::clique);
    for (Collection<String> people : gatherings) {
      clique(new TreeSet<>(people).stream().filter(graph::containsVertex).toList());
    }
  }

  private void clique(List<String> vertices) {
    for (int i = 0; i < vertices.size(); i++) {
      for (int j = i + 1; j < vertices.size(); j++) {
        graph.addEdge(vertices.get(i), vertices.get(j));
      }
    }
  }

  /** The graph itself, for measures computed elsewhere (betweenness). */
  Graph<String, DefaultEdge> graph() {
    return graph;
  }

  /** The connected components, each sorted, largest first, then by first id. */
  synchronized List<List<String>> components() {
    if (components == null) {
      List<List<String>> sets = new ArrayList<>();
      for (Set<String> set : new ConnectivityInspector<>(graph).connectedSets()) {
        sets.add(List.copyOf(new TreeSet<>(set)));
      }
      sets.sort(
          Comparator.<List<String>>comparingInt(List::size)
              .reversed()
              .thenComparing(c -> c.get(0)));
      components = List.copyOf(sets);
    }
    return components;
  }

  /** The cut vertices (brokers), sorted. */
  synchronized List<String> brokers() {
    if (brokers == null) {
      brokers = List.copyOf(new TreeSet<>(new BiconnectivityInspector<>(graph).getCutpoints()));
    }
    return brokers;
  }
}
