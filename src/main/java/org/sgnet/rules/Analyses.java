package org.sgnet.rules;

/**
 * Runs the rule catalogue: {@link Analyzer} computes, {@link SharedAnalyses} shares and keeps what
 * it computes.
 */
public interface Analyses {

  /**
   * Runs the selected rules with the engine.
   *
   * @throws org.sgnet.SgnetException of kind INVALID_INPUT when the engine is not available, of
   *     kind NOT_FOUND when the options name a child the store does not hold
   */
  Analysis analyse(RuleOptions options, Engine engine);

  /**
   * Checks that the store holds a child with this id.
   *
   * @throws org.sgnet.SgnetException of kind NOT_FOUND when it does not
   */
  void requireChild(String childId);
}
