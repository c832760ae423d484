package org.sgnet.generate;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sgnet.bundle.PersonKind;

/**
 * The adults of one family, made fresh for each family: the parents and the mother's partner drawn
 * by {@link Parents}, and the grandmother and aunt who join when a child is placed with kin.
 */
final class Household {

  private final Family family;
  private final CsvRows<PersonRow> people;
  final String mother;
  final String father;
  final String partner;
  private String grandmother;
  private String aunt;

  Household(
      Family family, CsvRows<PersonRow> people, String mother, String father, String partner) {
    if (mother == null && father == null) {
      throw new IllegalArgumentException("a household has a mother or a father");
    }
    this.family = family;
    this.people = people;
    this.mother = mother;
    this.father = father;
    this.partner = partner;
  }

  /** Where a child at home lives: with the mother, or the father when there is no mother. */
  String home() {
    return mother != null ? mother : father;
  }

  /**
   * Returns the relative a child is placed with on a kinship basis: the grandmother, written to
   * people.csv the first time, then an aunt, then the grandmother again. A new relative's age is
   * drawn (one draw) when she joins.
   *
   * @param end the end date, which the relative's age is counted back from
   */
  String kin(Dice dice, Odds.Placement odds, int end) throws IOException {
    if (grandmother == null) {
      grandmother =
          member(family, people, "gm", "Grandmother", end - dice.years(odds.grandmotherAge()));
      return grandmother;
    }
    if (aunt == null) {
      aunt = member(family, people, "aunt", "Aunt", end - dice.years(odds.auntAge()));
      return aunt;
    }
    return grandmother;
  }

  /** The family members a child may see or who may take part: mother, father, kin, partner. */
  List<String> relatives() {
    List<String> relatives = new ArrayList<>(5);
    for (String r : new String[] {mother, father, grandmother, aunt, partner}) {
      if (r != null) {
        relatives.add(r);
      }
    }
    return relatives;
  }

  /** Writes a family member to people.csv and returns the id. */
  static String member(
      Family family, CsvRows<PersonRow> people, String suffix, String role, int birth)
      throws IOException {
    String id = family.id() + "-" + suffix;
    people.add(
        new PersonRow(
            id,
            PersonKind.FAMILY,
            role + " " + family.id().toUpperCase(Locale.ROOT),
            birth,
            null,
            role));
    return id;
  }
}
