package org.sgnet.catalogue;

import com.google.auto.service.AutoService;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import org.sgnet.graph.GraphTwin;
import org.sgnet.graph.Involvement;
import org.sgnet.graph.Projection;
import org.sgnet.rules.Names;
import org.sgnet.rules.NoDetails;
import org.sgnet.rules.RawFinding;
import org.sgnet.rules.Rule;
import org.sgnet.rules.RuleDefinition;
import org.sgnet.rules.RuleOptions;
import org.sgnet.rules.Severity;
import org.sgnet.rules.Theme;
import org.sgnet.rules.Wording;

/**
 * Rule 2, NO_SINGLE_POINT_OF_CONTACT: a child known to at least {@code spoc.agencies} agencies with
 * no lead professional.
 */
@AutoService(Rule.class)
public final class NoSinglePointOfContact extends RuleDefinition<NoDetails> implements GraphTwin {

  /** The rule; registered with the catalogue. */
  public NoSinglePointOfContact() {
    super(2, "NO_SINGLE_POINT_OF_CONTACT", Theme.SUPPORT_AND_INTERVENTION, NoDetails.class);
  }

  @Override
  protected Wording words(Facts<NoDetails> f, Names names) {
    String child = names.person(f.child());
    return new Wording(
        String.format(
            "%s is known to %s (%s) and none has a lead professional for %s.",
            child,
            Wording.count(f.agencyIds().size(), "agency", "agencies"),
            Wording.join(f.agencyIds(), names::agency),
            child),
        String.format(
            "Name one lead professional for %s and tell the child, the family and every"
                + " agency who it is.",
            child));
  }

  /**
   * The twin: every child with at least {@code spoc.agencies} involved agencies and no INVOLVED tie
   * active on D marked lead. Complexity: O(T) over the ties, then O(deg log deg) per child.
   */
  @Override
  public List<RawFinding> findings(
      Projection projection, Involvement involvement, RuleOptions options) {
    Set<String> led = new HashSet<>();
    for (Projection.TieRow t : projection.ties()) {
      if (t.type().equals("INVOLVED")
          && t.lead()
          && t.activeOn(projection.asOf())
          && projection.isProfessional(t.fromId())) {
        led.add(t.toId());
      }
    }
    List<RawFinding> result = new ArrayList<>();
    for (String c : involvement.children()) {
      if (led.contains(c) || !options.includesChild(c)) {
        continue;
      }
      SortedSet<String> agencies = involvement.agencies(c);
      if (agencies.size() >= options.spocAgencies()) {
        result.add(
            finding(
                Severity.MEDIUM, List.of(c), List.copyOf(agencies), List.of(), new NoDetails()));
      }
    }
    return result;
  }
}
