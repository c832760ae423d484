package org.sgnet.app;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Property;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.sgnet.graph.JGraphTRuleEngine;
import org.sgnet.rules.Analyzer;
import org.sgnet.rules.CypherRuleEngine;
import org.sgnet.rules.Engine;
import org.sgnet.rules.RuleDefaults;
import org.sgnet.rules.RuleOptions;
import org.sgnet.runs.Runs;
import org.sgnet.store.Store;

/**
 * Builds the rule engines and the analyzer, and reads the rule options of the configuration ({@code
 * sgnet.rules.*}): {@code window}, {@code engine}, {@code overload.professionals}, {@code
 * overload.agencies}, {@code spoc.agencies}, {@code silo.shared-children}, {@code
 * request.response-days}, {@code reassessment.days}. Options given per run override them.
 */
@Factory
class RulesFactory {

  @Singleton
  Analyzer analyzer(Store store) {
    return new Analyzer(
        store, new CypherRuleEngine(store), new JGraphTRuleEngine(store), Clock.systemUTC());
  }

  @Singleton
  Runs runs(Store store) {
    return new Runs(store, Clock.systemUTC());
  }

  @Singleton
  RuleDefaults ruleDefaults(
      @Property(name = "sgnet.rules.window") @Nullable Integer window,
      @Property(name = "sgnet.rules.engine") @Nullable String engine,
      @Property(name = "sgnet.rules.overload.professionals") @Nullable Integer professionals,
      @Property(name = "sgnet.rules.overload.agencies") @Nullable Integer agencies,
      @Property(name = "sgnet.rules.spoc.agencies") @Nullable Integer spoc,
      @Property(name = "sgnet.rules.silo.shared-children") @Nullable Integer silo,
      @Property(name = "sgnet.rules.request.response-days") @Nullable Integer response,
      @Property(name = "sgnet.rules.reassessment.days") @Nullable Integer reassessment) {
    RuleOptions.Builder b = RuleOptions.builder();
    if (window != null) {
      b.windowDays(window);
    }
    if (professionals != null) {
      b.overloadProfessionals(professionals);
    }
    if (agencies != null) {
      b.overloadAgencies(agencies);
    }
    if (spoc != null) {
      b.spocAgencies(spoc);
    }
    if (silo != null) {
      b.siloSharedChildren(silo);
    }
    if (response != null) {
      b.requestResponseDays(response);
    }
    if (reassessment != null) {
      b.reassessmentDays(reassessment);
    }
    return new RuleDefaults(
        b.build(), engine == null || engine.isBlank() ? null : Engine.parse(engine));
  }
}
