package org.sgnet.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import org.sgnet.rules.RawFinding;
import org.sgnet.rules.Rule;
import org.sgnet.rules.Severity;

/**
 * PROFESSIONAL_OVERLOAD ({@code rules.md} rule 1): a child with at least {@code
 * overload.professionals} involved professionals or at least {@code overload.agencies} involved
 * agencies; HIGH when both thresholds are met.
 *
 * <p>Complexity: O(Σ deg(c) log deg(c)) over the children of the {@link Involvement} graph.
 */
final class ProfessionalOverload {

  private final Involvement involvement;
  private final int professionals;
  private final int agencies;
  private final String childId;
  private List<RawFinding> findings;

  /**
   * @param involvement the involvement graph
   * @param professionals the professionals threshold, at least 1
   * @param agencies the agencies threshold, at least 1
   * @param childId the only child to look at, or null for all
   */
  ProfessionalOverload(Involvement involvement, int professionals, int agencies, String childId) {
    this.involvement = Objects.requireNonNull(involvement, "involvement");
    if (professionals < 1 || agencies < 1) {
      throw new IllegalArgumentException("thresholds must be at least 1");
    }
    this.professionals = professionals;
    this.agencies = agencies;
    this.childId = childId;
  }

  /** Returns the findings, computed on first call. */
  synchronized List<RawFinding> findings() {
    if (findings == null) {
      List<RawFinding> result = new ArrayList<>();
      for (String c : involvement.children()) {
        if (childId != null && !childId.equals(c)) {
          continue;
        }
        SortedSet<String> p = involvement.professionals(c);
        SortedSet<String> a = involvement.agencies(c);
        boolean manyP = p.size() >= professionals;
        boolean manyA = a.size() >= agencies;
        if (manyP || manyA) {
          result.add(
              new RawFinding(
                  Rule.PROFESSIONAL_OVERLOAD,
                  manyP && manyA ? Severity.HIGH : Severity.MEDIUM,
                  List.of(c),
                  List.copyOf(a),
                  List.copyOf(p),
                  Map.of()));
        }
      }
      findings = List.copyOf(result);
    }
    return findings;
  }
}
