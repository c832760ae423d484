package org.sgnet.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import org.jgrapht.alg.connectivity.BiconnectivityInspector;
import org.jgrapht.alg.connectivity.ConnectivityInspector;

/**
 * The JGraphT twin of COORDINATION_GAP ({@code rules.md} rule 3): the children with at least 2
 * involved professionals whose coordination graph has 2 or more connected components.
 *
 * <p>The coordination graph of child c: its involved professionals, joined when they belong to the
 * same agency or are both among the people (recorder, participants) of one INFORMATION_SHARED or
 * MEETING event about c in the window. {@code details.components} are the connected sets ({@link
 * ConnectivityInspector}); {@code details.brokers} are the cut vertices ({@link
 * BiconnectivityInspector#getCutpoints()}): professionals whose removal splits their component.
 *
 * <p>Complexity: per child O(V + E) with V its professionals and E ≤ V² its edges. JGraphT's
 * biconnectivity search recurses once per vertex of a path; the engine runs it on a thread with a
 * large stack (see {@link JGraphTRuleEngine}).
 */
public final class CoordinationGap {

  /**
   * A child whose professionals form separate groups.
   *
   * @param childId the child
   * @param professionalIds its involved professionals, sorted
   * @param components the groups, each sorted
   * @param brokers the cut vertices, sorted
   */
  public record Gap(
      String childId,
      List<String> professionalIds,
      List<List<String>> components,
      List<String> brokers) {

    public Gap {
      professionalIds = List.copyOf(professionalIds);
      components = List.copyOf(components);
      brokers = List.copyOf(brokers);
    }
  }

  private static final Set<String> GATHERINGS = Set.of("INFORMATION_SHARED", "MEETING");

  private CoordinationGap() {}

  /**
   * Returns the children with separate groups.
   *
   * @param projection the network
   * @param involvement its involvement graph
   * @param childId the only child to look at, or null for all
   */
  public static List<Gap> gaps(Projection projection, Involvement involvement, String childId) {
    Objects.requireNonNull(projection, "projection");
    Objects.requireNonNull(involvement, "involvement");
    Map<String, List<Projection.EventRow>> gatherings = new HashMap<>();
    for (Projection.EventRow e : projection.events()) {
      if (GATHERINGS.contains(e.type()) && projection.inWindow(e.date())) {
        gatherings.computeIfAbsent(e.subjectId(), k -> new ArrayList<>()).add(e);
      }
    }
    List<Gap> result = new ArrayList<>();
    for (String c : involvement.children()) {
      if (childId != null && !childId.equals(c)) {
        continue;
      }
      SortedSet<String> professionals = involvement.professionals(c);
      if (professionals.size() < 2) {
        continue;
      }
      List<List<String>> people = new ArrayList<>();
      for (Projection.EventRow e : gatherings.getOrDefault(c, List.of())) {
        people.add(e.people());
      }
      CoordinationGraph g =
          new CoordinationGraph(professionals, projection.agencyOf()::get, people);
      if (g.components().size() >= 2) {
        result.add(new Gap(c, List.copyOf(professionals), g.components(), g.brokers()));
      }
    }
    return List.copyOf(result);
  }
}
