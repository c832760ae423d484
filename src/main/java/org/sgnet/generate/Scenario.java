package org.sgnet.generate;

/**
 * A part of a family's story: what it draws with is the run's {@link Tools}, only its odds are its
 * own. Every scenario draws from the one dice, so the order in which {@link Families} calls them is
 * part of the sequence of draws.
 *
 * @param <O> the scenario's section of {@link Odds}
 */
abstract class Scenario<O> {

  /** The run's one source of draws. */
  final Dice dice;

  /** The scenario's odds. */
  final O odds;

  /** The run's key days. */
  final Period period;

  /** Who records an entry. */
  final Authors authors;

  /** people.csv. */
  final CsvRows<PersonRow> people;

  /** ties.csv. */
  final CsvRows<TieRow> ties;

  Scenario(Tools tools, O odds) {
    this.dice = tools.dice();
    this.odds = odds;
    this.period = tools.period();
    this.authors = tools.authors();
    this.people = tools.people();
    this.ties = tools.ties();
  }
}
