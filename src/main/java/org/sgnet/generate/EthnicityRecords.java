package org.sgnet.generate;

import org.sgnet.generate.Authority.Pro;

/**
 * Scenario: the child's ethnicity as each agency recorded it. Mostly one value, written the same or
 * with other case and spacing; sometimes one record says another value, by another agency or the
 * same; sometimes nobody recorded it at all.
 *
 * <p>Another value makes rule 13 (ETHNICITY_CONFLICT) fire, while case and spacing alone must keep
 * it quiet; no record makes rule 14 (ETHNICITY_NOT_RECORDED) fire.
 */
final class EthnicityRecords extends Scenario<Odds.Ethnicity> {

  EthnicityRecords(Tools tools, Odds.Ethnicity odds) {
    super(tools, odds);
  }

  /** Adds the child's ethnicity records, over the time the case was open. */
  void addTo(Child child) {
    if (dice.chance(odds.notRecorded())) {
      return;
    }
    String value = dice.any(Text.ETHNICITIES);
    boolean conflict = dice.chance(odds.conflict());
    int records = dice.in(odds.records()) + (conflict ? 1 : 0);
    Pro first = null;
    for (int r = 0; r < records; r++) {
      int date = dice.day(child.openFrom, child.openTo);
      Pro by =
          r > 0 && dice.chance(odds.sameRecorder())
              ? first
              : dice.anyOr(child.activeOn(date), child.firstInvolved());
      EventRow.Author author = authors.of(by);
      first = first == null ? by : first;
      String v = conflict && r == records - 1 ? dice.any(Text.ETHNICITIES) : value;
      String written = dice.chance(odds.variant()) ? Text.variant(v, dice) : v;
      child.add(
          EventRow.ethnicity(date, child.id, author, written, dice.any(Text.ETHNICITY_NOTES)));
    }
  }
}
