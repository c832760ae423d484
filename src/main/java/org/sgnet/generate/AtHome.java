package org.sgnet.generate;

import org.sgnet.bundle.LegalBasis;
import org.sgnet.generate.Child.Placed;

/**
 * Scenario: a child who lives at home. A few have no recorded home at all; some were accommodated
 * by agreement (section 20) for a while and went home again; the rest have lived at home
 * throughout.
 *
 * <p>A child at home with siblings at home keeps rule 6 (SIBLING_CONTACT_GAP) quiet; a child with
 * no recorded home is one the rules that compare where siblings live must pass over.
 */
final class AtHome extends Scenario<Odds.Placement> {

  private final Carers carers;

  AtHome(Tools tools, Odds.Placement odds, Carers carers) {
    super(tools, odds);
    this.carers = carers;
  }

  /** Adds the child's placements at home for a case that opened on {@code caseStart}. */
  void place(Child child, int caseStart, Family family, Household household)
      throws java.io.IOException {
    if (dice.chance(odds.homeUnrecorded())) {
      return; // nobody recorded where the child lives
    }
    int end = period.end();
    String home = household.home();
    int from = Math.max(Math.max(caseStart, period.dataStart()), child.birth);
    if (dice.chance(odds.awhileAway()) && from + 150 < end - 30) {
      // Accommodated for a while, then home again.
      int left = dice.day(from, end - 150);
      int back =
          dice.day(left + odds.awayDays().min(), Math.min(left + odds.awayDays().max(), end - 30));
      child.placements.add(new Placed(home, LegalBasis.HOME, Days.NONE, left - 1));
      child.placements.add(
          new Placed(
              carers.forBasis(LegalBasis.S20_VOLUNTARY, family, household),
              LegalBasis.S20_VOLUNTARY,
              left,
              back));
      child.placements.add(new Placed(home, LegalBasis.HOME, back + 1, Days.OPEN));
    } else {
      child.placements.add(new Placed(home, LegalBasis.HOME, Days.NONE, Days.OPEN));
    }
  }
}
