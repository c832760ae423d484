package org.sgnet.app;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Property;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import org.sgnet.graph.JGraphTRuleEngine;
import org.sgnet.rules.Analyzer;
import org.sgnet.rules.CypherRuleEngine;
import org.sgnet.rules.Engine;
import org.sgnet.rules.RuleDefaults;
import org.sgnet.rules.RuleOptions;
import org.sgnet.rules.SharedAnalyses;
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

  /**
   * The analyses a serving process shares between requests ({@code sgnet.findings.*}): at most
   * {@code max-running-whole} (default 1) whole-catalogue and {@code max-running-child} (default
   * the number of cores, at least 2) one-child computations at once, a request waiting at most
   * {@code wait} (default 60 s), and at most {@code kept} findings (default 250,000) kept in memory
   * for an unchanged store.
   */
  @Singleton
  SharedAnalyses sharedAnalyses(
      Analyzer analyzer,
      Store store,
      @Property(name = "sgnet.findings.max-running-whole", defaultValue = "1") int whole,
      @Property(name = "sgnet.findings.max-running-child") @Nullable Integer child,
      @Property(name = "sgnet.findings.wait", defaultValue = "60s") Duration wait,
      @Property(name = "sgnet.findings.kept", defaultValue = "250000") int kept) {
    int perChild = child != null ? child : Math.max(2, Runtime.getRuntime().availableProcessors());
    return new SharedAnalyses(
        analyzer,
        () -> store.version().orElse(-1),
        new SharedAnalyses.Limits(whole, perChild, wait, kept),
        Clock.systemUTC());
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
      @Property(name = "sgnet.rules.reassessment.days") @Nullable Integer reassessment,
      io.micronaut.context.BeanProvider<Analyzer> analyzer) {
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
    // The analyzer, and with it the store, is reached only when a run takes the standard engine:
    // options are checked before the store opens, and a command without a store never opens one.
    return new RuleDefaults(
        b.build(),
        engine == null || engine.isBlank() ? null : Engine.parse(engine),
        () -> analyzer.get().storeSize());
  }
}
