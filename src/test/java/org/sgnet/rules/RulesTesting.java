package org.sgnet.rules;

import java.time.Clock;
import java.util.List;
import org.sgnet.SharedStore;
import org.sgnet.bundle.Bundle;
import org.sgnet.graph.JGraphTRuleEngine;
import org.sgnet.store.BundleImporter;
import org.sgnet.store.ImportProgress;
import org.sgnet.store.Store;

/** Imports bundles into the shared store and runs the catalogue on them, for the rule tests. */
final class RulesTesting {

  private RulesTesting() {}

  /** Clears the shared store and imports the bundle. */
  static Store load(Bundle bundle) {
    Store store = SharedStore.clear();
    new BundleImporter(store, 1000).importBundle(bundle, ImportProgress.NONE);
    return store;
  }

  /** An analyzer on the shared store with only the Cypher engine. */
  static Analyzer cypherOnly() {
    Store store = SharedStore.get();
    return new Analyzer(store, new CypherRuleEngine(store), null, Clock.systemUTC());
  }

  /** An analyzer on the shared store with only the Cypher engine, running one rule at a time. */
  static Analyzer cypherOneAtATime() {
    Store store = SharedStore.get();
    return new Analyzer(store, new CypherRuleEngine(store, -1), null, Clock.systemUTC());
  }

  /** An analyzer on the shared store with both engines. */
  static Analyzer both() {
    Store store = SharedStore.get();
    return new Analyzer(
        store, new CypherRuleEngine(store), new JGraphTRuleEngine(store), Clock.systemUTC());
  }

  /**
   * Imports the bundle, runs the options on the Cypher engine, checks that the reference evaluation
   * agrees, and returns the findings.
   */
  static List<Finding> runEverywhere(Bundle bundle, RuleOptions options) {
    Store store = load(bundle);
    Analyzer analyzer = both();
    Analysis cypher = analyzer.analyse(options, Engine.CYPHER);
    Analysis graph = analyzer.analyse(options, Engine.JGRAPHT);
    List<Finding> expected = reference(bundle, options, Names.none());
    org.assertj.core.api.Assertions.assertThat(DemoFindingsIT.withoutText(cypher.findings()))
        .as("Cypher engine against the reference evaluation")
        .isEqualTo(DemoFindingsIT.withoutText(expected));
    org.assertj.core.api.Assertions.assertThat(graph)
        .as("JGraphT engine against the Cypher engine")
        .isEqualTo(cypher);
    return cypher.findings();
  }

  /** The reference evaluation of the spec, assembled like the engines' findings. */
  static List<Finding> reference(Bundle bundle, RuleOptions options, Names names) {
    RuleOptions resolved =
        options.asOf() != null ? options : options.withAsOf(ReferenceRules.latest(bundle));
    return FindingAssembler.assemble(new ReferenceRules(bundle, resolved).evaluate(), names);
  }
}
