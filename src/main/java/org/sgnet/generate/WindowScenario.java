package org.sgnet.generate;

/**
 * A scenario of the last days before the end date, drawn for each child whose case is open: the
 * rules look at these days by default, so each scenario adds entries there that make one or more
 * rules fire for some children and keep them quiet for others. Scenarios are drawn in a fixed
 * order, which is part of the sequence of draws.
 */
abstract class WindowScenario extends Scenario<Odds.Window> {

  WindowScenario(Tools tools, Odds.Window odds) {
    super(tools, odds);
  }

  /** Adds the scenario's entries, if it is drawn, to the child's chronology. */
  abstract void addTo(Child child, Circle circle);
}
