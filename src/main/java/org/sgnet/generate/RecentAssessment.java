package org.sgnet.generate;

import java.util.ArrayList;
import java.util.List;
import org.sgnet.generate.Authority.Pro;

/**
 * Window scenario: an assessment by the social worker, to which up to two other agencies'
 * professionals contributed or none did, and sometimes a family member.
 *
 * <p>As the child's latest assessment, one drawing on social care alone for a child known to
 * several agencies makes rule 10 (SINGLE_AGENCY_ASSESSMENT) fire; the other agencies' contributions
 * keep it quiet. A family member contributing keeps rule 15 quiet, so a child accommodated by
 * agreement is left to {@link AccommodatedByAgreement}.
 */
final class RecentAssessment extends WindowScenario {

  RecentAssessment(Tools tools, Odds.Window odds) {
    super(tools, odds);
  }

  @Override
  public void addTo(Child child, Circle circle) {
    if (!dice.chance(odds.assessment())) {
      return;
    }
    Pro sw = circle.socialWorker();
    int date = dice.day(period.windowStart(), period.end());
    EventRow.Author author = authors.of(sw);
    List<String> contributors = new ArrayList<>();
    if (dice.chance(odds.otherAgencies())) {
      for (Pro p : circle.active()) {
        // Orgs are the authority's own instances: one agency, one object.
        if (p.org() != sw.org() && contributors.size() < odds.maxContributors()) {
          contributors.add(p.id());
        }
      }
    }
    if (!circle.accommodatedByAgreement()
        && !circle.relatives().isEmpty()
        && dice.chance(odds.familyContributes())) {
      contributors.add(circle.relatives().get(0));
    }
    child.add(
        EventRow.assessment(date, child.id, author, contributors, dice.any(Text.ASSESSMENTS)));
  }
}
