package org.sgnet.catalogue;

import com.google.auto.service.AutoService;
import java.util.List;
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
 * Rule 6, SIBLING_CONTACT_GAP: siblings who live apart with no contact between them in the window;
 * HIGH when either is privately fostered or asked for the other.
 */
@AutoService(Rule.class)
public final class SiblingContactGap extends SiblingRule implements GraphTwin {

  /** The rule; registered with the catalogue. */
  public SiblingContactGap() {
    super(
        6,
        "SIBLING_CONTACT_GAP",
        Theme.FAMILY_AND_SIBLING_CONTACT,
        "Siblings %s and %s live apart and no contact between them is recorded in the window.",
        "Ask %s and %s what contact they want, arrange it and record it as theirs.",
        "CONTACT");
  }

  @Override
  public List<RawFinding> findings(
      Projection projection, Involvement involvement, RuleOptions options) {
    return org.sgnet.graph.SiblingContactGap.gaps(projection, options.childId()).stream()
        .map(
            g ->
                finding(
                    g.urgent() ? Severity.HIGH : Severity.MEDIUM,
                    List.of(g.childId(), g.siblingId()),
                    List.of(),
                    List.of(),
                    new NoDetails()))
        .toList();
  }
}
