package org.sgnet.generate;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.sgnet.bundle.LegalBasis;
import org.sgnet.bundle.RequestedBy;
import org.sgnet.generate.Child.Placed;

/**
 * Scenario: brothers and sisters, pair by pair. Every pair gets its SIBLING tie. A pair living
 * apart has contact in the window or not, and one of them may have asked to see the other; a pair
 * on different legal bases may have a decision that considers both.
 *
 * <p>Siblings apart without contact make rule 6 (SIBLING_CONTACT_GAP) fire, with the request making
 * it HIGH; those with contact keep it quiet. The unanswered request also feeds rule 7
 * (CHILD_REQUEST_UNANSWERED). Siblings on different bases without the decision make rule 9
 * (SIBLINGS_TREATED_DIFFERENTLY) fire; the decision keeps it quiet.
 */
final class SiblingPairs extends Scenario<Odds.Siblings> {

  SiblingPairs(Tools tools, Odds.Siblings odds) {
    super(tools, odds);
  }

  /** Writes the family's sibling ties and adds the entries about pairs of siblings. */
  void draw(Family family) throws IOException {
    List<Child> children = family.children();
    for (int i = 0; i < children.size(); i++) {
      for (int j = i + 1; j < children.size(); j++) {
        pair(children.get(i), children.get(j));
      }
    }
  }

  private void pair(Child a, Child b) throws IOException {
    int end = period.end();
    // One row a pair, either way round: the format says both mean the same tie.
    if (dice.chance(odds.tieFromElder())) {
      ties.add(TieRow.sibling(a.id, b.id));
    } else {
      ties.add(TieRow.sibling(b.id, a.id));
    }
    List<Placed> pa = a.placementsOn(end);
    List<Placed> pb = b.placementsOn(end);
    if (pa.isEmpty() || pb.isEmpty()) {
      return;
    }
    boolean together = false;
    for (Placed x : pa) {
      for (Placed y : pb) {
        together |= x.with().equals(y.with());
      }
    }
    Child first = dice.chance(odds.elderFirst()) ? a : b;
    Child second = first == a ? b : a;
    if (!together && !first.closed) {
      if (dice.chance(odds.contactApart())) {
        int date = dice.day(period.windowStart(), end);
        EventRow.Author by = authors.of(first.socialWorkerOn(date));
        RequestedBy asked = dice.any(RequestedBy.values());
        first.add(
            EventRow.contact(
                date, first.id, by, List.of(second.id), asked, dice.any(Text.CONTACTS)));
      }
      if (dice.chance(odds.requestApart())) {
        int date = dice.day(period.windowStart(), end);
        EventRow.Author by = authors.of(second.socialWorkerOn(date));
        second.add(
            EventRow.request(date, second.id, by, List.of(first.id), dice.any(Text.REQUESTS)));
      }
    }
    if (!bases(pa).equals(bases(pb)) && dice.chance(odds.decisionTogether())) {
      int date = dice.day(Math.max(first.openFrom, period.dataStart()), first.openTo);
      first.add(
          EventRow.decision(
              date,
              first.id,
              authors.of(first.socialWorkerOn(date)),
              List.of(second.id),
              "Sibling arrangements to continue."));
    }
  }

  /** The legal bases of the placements, each once, in the order of {@link LegalBasis}. */
  private static List<LegalBasis> bases(List<Placed> places) {
    List<LegalBasis> bases = new ArrayList<>();
    for (LegalBasis b : LegalBasis.values()) {
      for (Placed p : places) {
        if (p.basis() == b && !bases.contains(b)) {
          bases.add(b);
        }
      }
    }
    return bases;
  }
}
