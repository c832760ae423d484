package org.sgnet.catalogue;

import com.google.auto.service.AutoService;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sgnet.graph.GraphTwin;
import org.sgnet.graph.Involvement;
import org.sgnet.graph.Projection;
import org.sgnet.rules.Names;
import org.sgnet.rules.RawFinding;
import org.sgnet.rules.Rule;
import org.sgnet.rules.RuleDefinition;
import org.sgnet.rules.RuleOptions;
import org.sgnet.rules.Severity;
import org.sgnet.rules.Theme;
import org.sgnet.rules.Wording;

/**
 * Rule 10, SINGLE_AGENCY_ASSESSMENT: the latest assessment of a child known to several agencies
 * drew on one agency only.
 */
@AutoService(Rule.class)
public final class SingleAgencyAssessment extends RuleDefinition<EventDetails>
    implements GraphTwin {

  /** The rule; registered with the catalogue. */
  public SingleAgencyAssessment() {
    super(10, "SINGLE_AGENCY_ASSESSMENT", Theme.ASSESSMENT, EventDetails.class);
  }

  @Override
  protected Wording words(Facts<EventDetails> f, Names names) {
    String child = names.person(f.child());
    return new Wording(
        String.format(
            "The latest assessment of %s (%s) drew on a single agency although several"
                + " agencies are involved.",
            child, f.details().eventId()),
        String.format(
            "Revisit the assessment of %s with the history and views of every involved"
                + " agency.",
            child));
  }

  /**
   * The twin: each child's latest ASSESSMENT in the window (ties to the greater id) whose own
   * agency and its professional participants' agencies are one agency, while the child has 2 or
   * more involved agencies. Complexity: O(E) to find the assessments, then O(|participants|) each.
   */
  @Override
  public List<RawFinding> findings(
      Projection projection, Involvement involvement, RuleOptions options) {
    List<RawFinding> result = new ArrayList<>();
    Assessments.latest(projection, projection::inWindow)
        .forEach(
            (c, assessment) -> {
              if (options.includesChild(c)
                  && contributing(projection, assessment).size() == 1
                  && involvement.agencies(c).size() >= 2) {
                result.add(
                    finding(
                        Severity.MEDIUM,
                        List.of(c),
                        List.of(),
                        List.of(),
                        new EventDetails(assessment.id())));
              }
            });
    return result;
  }

  /** The contributing agencies of an assessment: its own and its professional participants'. */
  private static Set<String> contributing(Projection projection, Projection.EventRow assessment) {
    Set<String> agencies = new HashSet<>();
    agencies.add(assessment.agencyId());
    for (String p : assessment.participants()) {
      if (projection.isProfessional(p)) {
        agencies.add(projection.agencyOf().get(p));
      }
    }
    return agencies;
  }
}
