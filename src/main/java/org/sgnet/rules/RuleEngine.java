package org.sgnet.rules;

import java.util.List;
import java.util.Set;

/** An implementation of some rules of the catalogue. */
public interface RuleEngine {

  /** Returns the rules this engine implements. */
  Set<Rule> supported();

  /**
   * Evaluates rules over the store.
   *
   * @param rules a subset of {@link #supported()}
   * @param options the options, with {@link RuleOptions#asOf()} already resolved (never null)
   * @return the findings, in any order; {@code options.childId()} may or may not be applied
   */
  List<RawFinding> evaluate(Set<Rule> rules, RuleOptions options);
}
