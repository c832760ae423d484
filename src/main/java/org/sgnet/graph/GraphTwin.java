package org.sgnet.graph;

import java.util.List;
import org.sgnet.rules.RawFinding;
import org.sgnet.rules.RuleOptions;

/**
 * Implemented by a rule type whose rule the JGraphT engine also computes: its second, independent
 * implementation over the in-memory projection. The differential test holds it to the same findings
 * as the rule's Cypher statement.
 */
public interface GraphTwin {

  /**
   * Evaluates the rule over a loaded projection.
   *
   * @param projection the network as of the options' date
   * @param involvement the projection's involvement graph, shared by the twins of one run
   * @param options the run's options ({@code childId} may or may not be applied)
   * @return the findings, in any order
   */
  List<RawFinding> findings(Projection projection, Involvement involvement, RuleOptions options);
}
