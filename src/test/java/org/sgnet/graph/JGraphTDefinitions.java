package org.sgnet.graph;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The JGraphT engine's definitions of what the shared Cypher fragments ({@code cypher/fragments})
 * compute, opened to the differential tests of other packages: {@link Involvement} is the engine's
 * own and package-private.
 */
public final class JGraphTDefinitions {

  private JGraphTDefinitions() {}

  /**
   * The involved professionals and agencies of every child that has any, as {@link Involvement}
   * computes them from a projection.
   *
   * @param professionals child id to its involved professionals' ids, sorted
   * @param agencies child id to its involved agencies' ids, sorted
   */
  public record Involved(
      Map<String, List<String>> professionals, Map<String, List<String>> agencies) {}

  /** Returns the involved professionals and agencies of every child of the projection. */
  public static Involved involved(Projection projection) {
    Involvement involvement = new Involvement(projection);
    Map<String, List<String>> professionals = new TreeMap<>();
    Map<String, List<String>> agencies = new TreeMap<>();
    for (String child : involvement.children()) {
      professionals.put(child, List.copyOf(involvement.professionals(child)));
      agencies.put(child, List.copyOf(involvement.agencies(child)));
    }
    return new Involved(
        java.util.Collections.unmodifiableMap(professionals),
        java.util.Collections.unmodifiableMap(agencies));
  }
}
