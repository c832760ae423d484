package org.sgnet.generate;

/**
 * A scenario of the last days before the end date, drawn for each child whose case is open: the
 * rules look at these days by default, so each scenario adds entries there that make one or more
 * rules fire for some children and keep them quiet for others. Scenarios are drawn in a fixed
 * order, which is part of the sequence of draws.
 */
abstract class WindowScenario {

  /** The run's one source of draws. */
  final Dice dice;

  /** The odds of the window scenarios. */
  final Odds.Window odds;

  /** The run's key days. */
  final Period period;

  /** Who records an entry. */
  final Authors authors;

  WindowScenario(Dice dice, Odds.Window odds, Period period, Authors authors) {
    this.dice = dice;
    this.odds = odds;
    this.period = period;
    this.authors = authors;
  }

  /** Adds the scenario's entries, if it is drawn, to the child's chronology. */
  abstract void addTo(Child child, Circle circle);
}
