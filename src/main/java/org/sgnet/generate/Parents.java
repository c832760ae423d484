package org.sgnet.generate;

import java.io.IOException;
import java.util.Locale;
import org.sgnet.bundle.PersonKind;

/**
 * Scenario: the parents. Most families have a mother, many a father too, some only a father; a few
 * mothers have a partner in the household who is not a parent. Parents hold parental responsibility
 * or not, and a father may have come into the children's lives later (a PARENT tie with a start).
 *
 * <p>Who holds parental responsibility is what rule 15 (PARENTAL_RESPONSIBILITY_UNEXERCISED) asks
 * about when a child is accommodated by agreement; a parent without it keeps the rule quiet.
 */
final class Parents extends Scenario<Odds.Household> {

  Parents(Tools tools, Odds.Household odds) {
    super(tools, odds);
  }

  /** Writes the parents, the partner and the PARENT ties, and returns the household. */
  Household draw(Family family) throws IOException {
    int eldest = family.eldest().birth;
    boolean hasMother = dice.chance(odds.mother());
    String mother =
        hasMother
            ? Household.member(family, people, "m", "Mother", eldest - dice.years(odds.motherAge()))
            : null;
    String father =
        !hasMother || dice.chance(odds.fatherWithMother())
            ? Household.member(family, people, "f", "Father", eldest - dice.years(odds.fatherAge()))
            : null;
    String partner = null;
    if (hasMother && dice.chance(odds.partner())) {
      partner = family.id() + "-p";
      people.add(
          new PersonRow(
              partner,
              PersonKind.OTHER,
              "Partner " + family.id().toUpperCase(Locale.ROOT),
              null,
              "Mother's partner"));
    }
    Household household = new Household(family, people, mother, father, partner);
    boolean fatherResponsible = dice.chance(odds.fatherResponsibility());
    int fatherSince = dice.chance(odds.fatherLater()) ? dice.day(eldest, period.end()) : Days.NONE;
    for (Child child : family.children()) {
      if (mother != null) {
        boolean responsible = dice.chance(odds.motherResponsibility());
        ties.add(TieRow.parent(mother, child.id, Days.NONE, responsible));
        if (responsible) {
          child.parentsWithResponsibility.add(mother);
        }
      }
      if (father != null) {
        int since = fatherSince == Days.NONE ? Days.NONE : Math.max(fatherSince, child.birth);
        ties.add(TieRow.parent(father, child.id, since, fatherResponsible));
        if (fatherResponsible) {
          child.parentsWithResponsibility.add(father);
        }
      }
    }
    return household;
  }
}
