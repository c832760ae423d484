package org.sgnet.generate;

import java.io.IOException;
import org.sgnet.bundle.LegalBasis;
import org.sgnet.bundle.PersonKind;

/**
 * Who a child is placed with on a legal basis: the parent at home, kin, a residential home of the
 * authority, or a foster carer. Foster carers are numbered through the whole run, so this one
 * object lives as long as the run; everything else it hands out belongs to the family.
 */
final class Carers {

  private final Dice dice;
  private final Odds.Placement odds;
  private final Period period;
  private final CsvRows<PersonRow> people;
  private int written;

  Carers(Dice dice, Odds.Placement odds, Period period, CsvRows<PersonRow> people) {
    this.dice = dice;
    this.odds = odds;
    this.period = period;
    this.people = people;
  }

  /** Returns the carer for a placement on {@code basis}, writing a new carer to people.csv. */
  String forBasis(LegalBasis basis, Family family, Household household) throws IOException {
    return switch (basis) {
      case HOME -> household.home();
      case KINSHIP -> household.kin(dice, odds, period.end());
      case RESIDENTIAL -> family.authority().residentialHomes.take(1, dice).id();
      case PRIVATE_FOSTERING -> carer("pf", "Private Foster Carer");
      default -> carer("fc", "Foster Carer");
    };
  }

  private String carer(String prefix, String role) throws IOException {
    int n = ++written;
    String id = prefix + n;
    people.add(new PersonRow(id, PersonKind.CARER, role + " " + n, null, role));
    return id;
  }
}
