package org.sgnet.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;

/**
 * The JGraphT twin of AGENCY_SILO ({@code rules.md} rule 5): two agencies x and y that are both
 * involved agencies of at least {@code silo.sharedChildren} children, with no INFORMATION_SHARED or
 * MEETING event (about any child) in the window whose people include a professional of x and one of
 * y.
 *
 * <p>The shared children of a pair are the common neighbours of x and y in the {@link Involvement}
 * graph, counted child by child over the pairs of each child's agencies. The agencies that talked
 * form the communication graph: agencies joined by an edge when professionals of both were among
 * the people of one such event.
 *
 * <p>Complexity: O(Σ deg_A(c)²) for the pairs, where deg_A(c) is the number of involved agencies of
 * child c, plus O(Σ |people of an event|²) for the communication graph.
 */
public final class AgencySilo {

  /**
   * Two agencies that share children and did not talk.
   *
   * @param agencyId one agency, the smaller id
   * @param otherAgencyId the other
   * @param childIds the children they share
   */
  public record Silo(String agencyId, String otherAgencyId, List<String> childIds) {

    public Silo {
      childIds = List.copyOf(childIds);
    }
  }

  private static final java.util.Set<String> TALKS =
      java.util.Set.of("INFORMATION_SHARED", "MEETING");

  private AgencySilo() {}

  /**
   * Returns the pairs of agencies.
   *
   * @param projection the network
   * @param involvement its involvement graph
   * @param sharedChildren the threshold, at least 1
   * @param childId keep only pairs sharing this child, or null for all
   */
  public static List<Silo> silos(
      Projection projection, Involvement involvement, int sharedChildren, String childId) {
    Objects.requireNonNull(projection, "projection");
    Objects.requireNonNull(involvement, "involvement");
    if (sharedChildren < 1) {
      throw new IllegalArgumentException("sharedChildren must be at least 1");
    }
    Graph<String, DefaultEdge> talked = new SimpleGraph<>(DefaultEdge.class);
    for (Projection.EventRow e : projection.events()) {
      if (!TALKS.contains(e.type()) || !projection.inWindow(e.date())) {
        continue;
      }
      List<String> present = new ArrayList<>();
      for (String p : e.people()) {
        if (projection.isProfessional(p)) {
          present.add(projection.agencyOf().get(p));
        }
      }
      List<String> distinct = List.copyOf(new TreeSet<>(present));
      for (String a : distinct) {
        talked.addVertex(a);
      }
      for (int i = 0; i < distinct.size(); i++) {
        for (int j = i + 1; j < distinct.size(); j++) {
          talked.addEdge(distinct.get(i), distinct.get(j));
        }
      }
    }
    Map<List<String>, List<String>> shared = new TreeMap<>(AgencySilo::compare);
    for (String c : involvement.children()) {
      List<String> agencies = List.copyOf(involvement.agencies(c));
      for (int i = 0; i < agencies.size(); i++) {
        for (int j = i + 1; j < agencies.size(); j++) {
          shared
              .computeIfAbsent(List.of(agencies.get(i), agencies.get(j)), k -> new ArrayList<>())
              .add(c);
        }
      }
    }
    List<Silo> result = new ArrayList<>();
    for (Map.Entry<List<String>, List<String>> e : shared.entrySet()) {
      String x = e.getKey().get(0);
      String y = e.getKey().get(1);
      List<String> children = e.getValue();
      if (children.size() >= sharedChildren
          && (childId == null || children.contains(childId))
          && !(talked.containsVertex(x) && talked.containsVertex(y) && talked.containsEdge(x, y))) {
        result.add(new Silo(x, y, List.copyOf(children)));
      }
    }
    return List.copyOf(result);
  }

  private static int compare(List<String> a, List<String> b) {
    int c = a.get(0).compareTo(b.get(0));
    return c != 0 ? c : a.get(1).compareTo(b.get(1));
  }
}
