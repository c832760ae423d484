package org.sgnet.generate;

import java.io.IOException;
import java.util.List;
import org.sgnet.bundle.LegalBasis;
import org.sgnet.generate.Child.Placed;

/**
 * Scenario: where the children live. About a third of families have their children looked after on
 * one legal basis (section 20, care order, interim care order, kinship, residential, private
 * fostering); in some of those the siblings are split up, a younger child placed on their own and
 * sometimes on another basis; interim orders turn into care orders; some placements break down. The
 * other families' children live at home ({@link AtHome}).
 *
 * <p>Siblings placed apart are what rule 6 (SIBLING_CONTACT_GAP) starts from and siblings on
 * different bases what rule 9 (SIBLINGS_TREATED_DIFFERENTLY) does; siblings placed together keep
 * both quiet. Section 20 placements feed rule 15 (PARENTAL_RESPONSIBILITY_UNEXERCISED).
 */
final class Placements extends Scenario<Odds.Placement> {

  private final Carers carers;
  private final AtHome atHome;

  Placements(Tools tools, Odds.Placement odds, Carers carers, AtHome atHome) {
    super(tools, odds);
    this.carers = carers;
    this.atHome = atHome;
  }

  /**
   * Places every child, writes the PLACED_WITH ties and returns the family's legal basis, or null
   * when all live at home.
   */
  LegalBasis place(Family family, Household household) throws IOException {
    int dataStart = period.dataStart();
    int end = period.end();
    LegalBasis basis = dice.chance(odds.lookedAfter()) ? dice.any(odds.basis()) : null;
    int caseStart =
        dice.chance(odds.caseOpenBefore())
            ? dataStart - dice.in(odds.caseOpenedDaysBefore())
            : dice.day(dataStart, end - odds.caseOpensBy());
    int entry =
        dice.day(Math.max(caseStart, dataStart - odds.entryLookback()), end - odds.entryBy());
    List<Child> children = family.children();
    boolean split = basis != null && children.size() > 1 && dice.chance(odds.split());
    // The carer of each group placed together: group 0 is the family's, a child placed on their own
    // is a group of one.
    String[] groupCarer = new String[children.size()];
    LegalBasis[] groupBasis = new LegalBasis[children.size()];
    for (int i = 0; i < children.size(); i++) {
      Child child = children.get(i);
      child.openFrom = Math.max(Math.max(caseStart, dataStart), child.birth);
      if (basis == null) {
        atHome.place(child, caseStart, family, household);
        continue;
      }
      LegalBasis own;
      int group;
      if (basis == LegalBasis.PRIVATE_FOSTERING) {
        // A private arrangement concerns one child; brothers and sisters stay at home.
        if (i > 0 || child.age < odds.privateFosteringAge()) {
          atHome.place(child, caseStart, family, household);
          continue;
        }
        own = basis;
        group = 0;
      } else if (i > 0 && split && dice.chance(odds.apart())) {
        group = i;
        own = dice.chance(odds.otherBasis()) ? otherBasis(basis, child.age) : basis;
      } else {
        group = 0;
        own = basis;
      }
      if (own == LegalBasis.RESIDENTIAL && child.age < odds.residentialAge()) {
        own = LegalBasis.CARE_ORDER;
      }
      if (groupCarer[group] == null || groupBasis[group] != own) {
        groupCarer[group] = carers.forBasis(own, family, household);
        groupBasis[group] = own;
      }
      placeAway(child, own, groupCarer[group], entry, family, household);
    }
    for (Child child : children) {
      for (Placed p : child.placements) {
        ties.add(TieRow.placed(child.id, p.with(), p.start(), p.end(), p.basis()));
      }
    }
    return basis;
  }

  /** The child's placements from {@code entry} on, after living at home until then. */
  private void placeAway(
      Child child, LegalBasis basis, String carer, int entry, Family family, Household household)
      throws IOException {
    int end = period.end();
    int start = Math.max(entry, child.birth);
    if (child.birth < entry) {
      child.placements.add(new Placed(household.home(), LegalBasis.HOME, Days.NONE, entry - 1));
    }
    if (basis == LegalBasis.INTERIM_CARE_ORDER) {
      int until = start + dice.in(odds.interimDays());
      if (until < end - 1 && dice.chance(odds.careOrderMade())) {
        child.placements.add(new Placed(carer, basis, start, until));
        child.placements.add(new Placed(carer, LegalBasis.CARE_ORDER, until + 1, Days.OPEN));
      } else {
        child.placements.add(new Placed(carer, basis, start, Days.OPEN));
      }
    } else if (start + 60 < end - 10 && dice.chance(odds.breakdown())) {
      // The placement broke down: the child moved on, on the same legal basis, alone.
      int moved = dice.day(start + 30, end - 10);
      child.placements.add(new Placed(carer, basis, start, moved));
      child.placements.add(
          new Placed(carers.forBasis(basis, family, household), basis, moved + 1, Days.OPEN));
    } else {
      child.placements.add(new Placed(carer, basis, start, Days.OPEN));
    }
  }

  /** Another basis for a child placed apart from the rest, never the family's own. */
  private LegalBasis otherBasis(LegalBasis basis, int age) {
    LegalBasis pick = dice.any(odds.otherBases());
    if (pick == basis) {
      pick = LegalBasis.KINSHIP == basis ? LegalBasis.CARE_ORDER : LegalBasis.KINSHIP;
    }
    return pick == LegalBasis.RESIDENTIAL && age < odds.residentialAge()
        ? LegalBasis.KINSHIP
        : pick;
  }
}
