package org.sgnet.rules;

import java.time.LocalDate;
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

  /**
   * Returns an engine for many runs as of dates from {@code first} to {@code last}, all with a
   * window of {@code windowDays} (a trend): one that may read once what those runs share, and then
   * answers exactly as this engine would for each. This one returns itself; the JGraphT engine
   * loads one projection for the whole span. What it reads is kept until the returned engine is
   * dropped, so it is for one caller's series of runs, not a shared bean.
   */
  default RuleEngine spanning(LocalDate first, LocalDate last, int windowDays) {
    return this;
  }
}
