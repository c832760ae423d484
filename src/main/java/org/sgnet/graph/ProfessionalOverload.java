package org.sgnet.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SortedSet;

/**
 * The JGraphT twin of PROFESSIONAL_OVERLOAD ({@code rules.md} rule 1): the children with at least
 * {@code overload.professionals} involved professionals or at least {@code overload.agencies}
 * involved agencies, and whether they reach both thresholds (the rule's HIGH).
 *
 * <p>Complexity: O(Σ deg(c) log deg(c)) over the children of the {@link Involvement} graph.
 */
public final class ProfessionalOverload {

  /**
   * A child over a threshold.
   *
   * @param childId the child
   * @param agencyIds its involved agencies, sorted
   * @param professionalIds its involved professionals, sorted
   * @param overBoth whether both thresholds are reached
   */
  public record Overload(
      String childId, List<String> agencyIds, List<String> professionalIds, boolean overBoth) {

    public Overload {
      agencyIds = List.copyOf(agencyIds);
      professionalIds = List.copyOf(professionalIds);
    }
  }

  private ProfessionalOverload() {}

  /**
   * Returns the children over a threshold.
   *
   * @param involvement the involvement graph
   * @param professionals the professionals threshold, at least 1
   * @param agencies the agencies threshold, at least 1
   * @param childId the only child to look at, or null for all
   */
  public static List<Overload> overloads(
      Involvement involvement, int professionals, int agencies, String childId) {
    Objects.requireNonNull(involvement, "involvement");
    if (professionals < 1 || agencies < 1) {
      throw new IllegalArgumentException("thresholds must be at least 1");
    }
    List<Overload> result = new ArrayList<>();
    for (String c : involvement.children()) {
      if (childId != null && !childId.equals(c)) {
        continue;
      }
      SortedSet<String> p = involvement.professionals(c);
      SortedSet<String> a = involvement.agencies(c);
      boolean manyP = p.size() >= professionals;
      boolean manyA = a.size() >= agencies;
      if (manyP || manyA) {
        result.add(new Overload(c, List.copyOf(a), List.copyOf(p), manyP && manyA));
      }
    }
    return List.copyOf(result);
  }
}
