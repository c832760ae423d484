package org.sgnet.generate;

import java.util.List;
import org.sgnet.bundle.MeetingSubtype;
import org.sgnet.generate.Authority.Pro;
import org.sgnet.generate.Child.Placed;

/**
 * Window scenario: everyone round one table (a looked-after review, core group or child in need
 * review with all the professionals involved, sometimes a parent), or failing that information
 * shared with one of them, or neither.
 *
 * <p>The meeting joins the child's network into one, keeping rules 3 (COORDINATION_GAP) and 5
 * (AGENCY_SILO) quiet; the lone exchange joins two agencies only, and a child with neither is where
 * those rules can fire. A parent at the meeting keeps rule 15 (PARENTAL_RESPONSIBILITY_UNEXERCISED)
 * quiet, which is why a child accommodated by agreement is left to {@link AccommodatedByAgreement}.
 */
final class NetworkMeeting extends WindowScenario {

  NetworkMeeting(Tools tools, Odds.Window odds) {
    super(tools, odds);
  }

  @Override
  public void addTo(Child child, Circle circle) {
    Pro sw = circle.socialWorker();
    List<Pro> active = circle.active();
    if (dice.chance(odds.networkMeeting())) {
      int date = dice.day(period.windowStart(), period.end());
      boolean lookedAfter = false;
      for (Placed p : child.placementsOn(period.end())) {
        lookedAfter |= p.lookedAfter();
      }
      MeetingSubtype subtype =
          lookedAfter
              ? MeetingSubtype.LOOKED_AFTER_REVIEW
              : dice.chance(odds.coreGroup())
                  ? MeetingSubtype.CORE_GROUP
                  : MeetingSubtype.CHILD_IN_NEED_REVIEW;
      EventRow.Author author = authors.of(sw);
      List<String> attended = RisksRaised.ids(active, sw);
      if (!circle.accommodatedByAgreement()
          && !child.parentsWithResponsibility.isEmpty()
          && dice.chance(odds.parentAttends())) {
        attended.add(child.parentsWithResponsibility.get(0));
      }
      child.add(
          EventRow.meeting(date, child.id, author, subtype, attended, dice.any(Text.MEETINGS)));
    } else if (active.size() > 1 && dice.chance(odds.informationShared())) {
      int date = dice.day(period.windowStart(), period.end());
      Pro to = dice.any(active);
      EventRow.Author author = authors.of(sw);
      List<String> with = to.equals(sw) ? List.of() : List.of(to.id());
      child.add(EventRow.shared(date, child.id, author, with, dice.any(Text.SHARED)));
    }
  }
}
