package org.sgnet.generate;

/**
 * Window scenario: one to three visits, mostly by the social worker, each seeing the child alone or
 * not. A child whose visits in the window never saw them alone makes rule 12 (NOT_SEEN_ALONE) fire;
 * one visit alone keeps it quiet.
 */
final class RecentVisits extends WindowScenario {

  RecentVisits(Tools tools, Odds.Window odds) {
    super(tools, odds);
  }

  @Override
  public void addTo(Child child, Circle circle) {
    if (!dice.chance(odds.visits())) {
      return;
    }
    int visits = dice.in(odds.visitCount());
    for (int v = 0; v < visits; v++) {
      int date = dice.day(period.windowStart(), period.end());
      EventRow.Author by =
          authors.of(
              dice.chance(odds.visitBySocialWorker())
                  ? circle.socialWorker()
                  : dice.any(circle.active()));
      boolean alone = dice.chance(odds.seenAlone());
      child.add(EventRow.visit(date, child.id, by, alone, dice.any(Text.VISITS)));
    }
  }
}
