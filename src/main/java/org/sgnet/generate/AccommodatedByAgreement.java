package org.sgnet.generate;

import java.util.List;
import org.sgnet.bundle.MeetingSubtype;

/**
 * Window scenario: a child accommodated by agreement (section 20) whose parents hold parental
 * responsibility. The parents' part in decisions is the point: a looked-after review with a parent
 * in the window, one before the window only, or none.
 *
 * <p>The review in the window keeps rule 15 (PARENTAL_RESPONSIBILITY_UNEXERCISED) quiet; one only
 * before the window, or none ever, makes it fire (the latter "never on record").
 */
final class AccommodatedByAgreement extends WindowScenario {

  AccommodatedByAgreement(Tools tools, Odds.Window odds) {
    super(tools, odds);
  }

  @Override
  public void addTo(Child child, Circle circle) {
    if (!circle.accommodatedByAgreement() || child.parentsWithResponsibility.isEmpty()) {
      return;
    }
    // One draw decides both whether a review with a parent is on record and when it was.
    double r = dice.fraction();
    if (r >= odds.parentsReviewed()) {
      return;
    }
    int date =
        r < odds.reviewedInWindow()
            ? dice.day(period.windowStart(), period.end())
            : dice.day(child.openFrom, period.windowStart() - 1);
    if (date < child.openFrom) {
      return;
    }
    EventRow.Author author = authors.of(circle.socialWorker());
    List<String> attended =
        List.of(circle.socialWorker().id(), dice.any(child.parentsWithResponsibility));
    child.add(
        EventRow.meeting(
            date,
            child.id,
            author,
            MeetingSubtype.LOOKED_AFTER_REVIEW,
            attended,
            dice.any(Text.MEETINGS)));
  }
}
