package org.sgnet.catalogue;

import com.google.auto.service.AutoService;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sgnet.graph.GraphTwin;
import org.sgnet.graph.Involvement;
import org.sgnet.graph.Projection;
import org.sgnet.rules.NoDetails;
import org.sgnet.rules.RawFinding;
import org.sgnet.rules.Rule;
import org.sgnet.rules.RuleOptions;
import org.sgnet.rules.Severity;
import org.sgnet.rules.Theme;

/**
 * Rule 9, SIBLINGS_TREATED_DIFFERENTLY: siblings looked after on different legal bases with no
 * recorded decision that considers them together.
 */
@AutoService(Rule.class)
public final class SiblingsTreatedDifferently extends SiblingRule implements GraphTwin {

  /** The rule; registered with the catalogue. */
  public SiblingsTreatedDifferently() {
    super(
        9,
        "SIBLINGS_TREATED_DIFFERENTLY",
        Theme.ASSESSMENT,
        "Siblings %s and %s are looked after on different legal bases and no recorded decision"
            + " considers them together.",
        "Make and record a decision about %s and %s together that explains their legal bases, or"
            + " bring them into line.",
        "DECISION");
  }

  /**
   * Siblings a and b (tie active on D), each with a PLACED_WITH active on D, whose sets of active
   * legal bases differ, and no DECISION up to D about one with the other among its participants.
   * O(T + Σ|participants of a decision|).
   */
  @Override
  public List<RawFinding> findings(
      Projection projection, Involvement involvement, RuleOptions options) {
    Map<String, Set<String>> bases = new HashMap<>();
    for (Projection.TieRow t : projection.ties()) {
      if (t.type().equals("PLACED_WITH") && t.activeOn(projection.asOf())) {
        bases.computeIfAbsent(t.fromId(), k -> new HashSet<>()).add(t.legalBasis());
      }
    }
    Set<List<String>> decided = new HashSet<>();
    for (Projection.EventRow e : projection.events()) {
      if (e.is("DECISION")) {
        e.participants().forEach(p -> decided.add(pair(e.subjectId(), p)));
      }
    }
    return siblings(projection, options.childId()).stream()
        .filter(p -> differ(bases.get(p.get(0)), bases.get(p.get(1))) && !decided.contains(p))
        .map(p -> finding(Severity.LOW, p, List.of(), List.of(), new NoDetails()))
        .toList();
  }

  /** Whether both children are placed and on different sets of legal bases. */
  private static boolean differ(Set<String> a, Set<String> b) {
    return a != null && b != null && !a.equals(b);
  }
}
