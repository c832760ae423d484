package org.sgnet.catalogue;

import com.google.auto.service.AutoService;
import java.util.List;
import org.sgnet.graph.GraphTwin;
import org.sgnet.graph.Involvement;
import org.sgnet.graph.Projection;
import org.sgnet.rules.Explanation;
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
 * Rule 5, AGENCY_SILO: two agencies that share at least {@code silo.sharedChildren} children and
 * did not meet or share information about any child in the window.
 */
@AutoService(Rule.class)
public final class AgencySilo extends RuleDefinition<NoDetails> implements GraphTwin {

  /** The rule; registered with the catalogue. */
  public AgencySilo() {
    super(5, "AGENCY_SILO", Theme.RISK, NoDetails.class);
  }

  @Override
  protected Wording words(Facts<NoDetails> f, Names names) {
    String x = names.agency(f.agencyIds().get(0));
    String y = names.agency(f.agencyIds().get(1));
    return new Wording(
        String.format(
            "%s and %s both work with %s (%s) but did not meet or share"
                + " information about any child in the window.",
            x,
            y,
            Wording.count(f.childIds().size(), "child", "children"),
            Wording.join(f.childIds(), names::person)),
        String.format(
            "Set up a regular exchange between %s and %s about the children they both"
                + " know, starting with a joint meeting.",
            x, y));
  }

  @Override
  protected void evidence(Facts<NoDetails> f, Explanation e) {
    for (String c : f.childIds()) {
      e.line("shared child: " + e.named(e.names().person(c), c));
    }
  }

  @Override
  public List<RawFinding> findings(
      Projection projection, Involvement involvement, RuleOptions options) {
    return org.sgnet.graph.AgencySilo.silos(
            projection, involvement, options.siloSharedChildren(), options.childId())
        .stream()
        .map(
            s ->
                finding(
                    Severity.MEDIUM,
                    s.childIds(),
                    List.of(s.agencyId(), s.otherAgencyId()),
                    List.of(),
                    new NoDetails()))
        .toList();
  }
}
