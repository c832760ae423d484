package org.sgnet.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sgnet.SgnetException;
import org.sgnet.SharedStore;
import org.sgnet.graph.JGraphTRuleEngine;
import org.sgnet.store.Store;

/**
 * The JGraphT engine runs beside the Cypher engine when some rules have no twin (a rule added
 * without one): their findings are those of the two run one after the other, and a failure of
 * either reaches the caller as it was thrown.
 */
class EnginesBesideIT {

  /** The twins these tests keep; the other rules behave as rules without one. */
  private static final Set<Rule> SOME_TWINS =
      Set.of(
          Rule.valueOf("PROFESSIONAL_OVERLOAD"),
          Rule.valueOf("COORDINATION_GAP"),
          Rule.valueOf("AGENCY_SILO"),
          Rule.valueOf("SIBLING_CONTACT_GAP"));

  private static Store store;

  @BeforeAll
  static void load() {
    RulesTesting.load(DemoBundleCsv.childJ());
    store = SharedStore.get();
  }

  @Test
  void shouldFindWithBothEnginesAtOnceWhatTheyFindOneAfterTheOther() {
    RuleOptions options = RuleOptions.defaults();
    JGraphTRuleEngine graph = new JGraphTRuleEngine(store);
    RuleEngine someTwins = engine(SOME_TWINS, graph::evaluate);
    Analysis together =
        new Analyzer(store, new CypherRuleEngine(store), someTwins, Clock.systemUTC())
            .analyse(options, Engine.JGRAPHT);
    Analysis cypher = RulesTesting.cypherOnly().analyse(options, Engine.CYPHER);

    assertThat(together.findings()).isNotEmpty();
    assertThat(together).isEqualTo(cypher);
  }

  @Test
  void shouldPassOnTheFailureOfTheEngineBeside() {
    Analyzer analyzer =
        new Analyzer(
            store, new CypherRuleEngine(store), failing(SOME_TWINS, "beside"), Clock.systemUTC());

    assertThatThrownBy(() -> analyzer.analyse(RuleOptions.defaults(), Engine.JGRAPHT))
        .isInstanceOf(SgnetException.class)
        .hasMessage("beside");
  }

  @Test
  void shouldPassOnTheFailureOfTheCypherEngineOnceTheOtherHasEnded() {
    java.util.concurrent.atomic.AtomicBoolean ended =
        new java.util.concurrent.atomic.AtomicBoolean();
    RuleEngine slow =
        engine(
            SOME_TWINS,
            (rules, options) -> {
              try {
                Thread.sleep(300);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              ended.set(true);
              return List.of();
            });
    Analyzer analyzer =
        new Analyzer(store, failing(Set.copyOf(Rule.values()), "cypher"), slow, Clock.systemUTC());

    assertThatThrownBy(() -> analyzer.analyse(RuleOptions.defaults(), Engine.JGRAPHT))
        .isInstanceOf(SgnetException.class)
        .hasMessage("cypher");
    assertThat(ended).as("the engine beside ended before the failure was thrown").isTrue();
  }

  /** An engine for these rules that fails with this message. */
  private static RuleEngine failing(Set<Rule> supported, String message) {
    return engine(
        supported,
        (rules, options) -> {
          throw new SgnetException(SgnetException.Kind.FAILURE, message);
        });
  }

  /** An engine for these rules that evaluates them so. */
  private static RuleEngine engine(
      Set<Rule> supported,
      java.util.function.BiFunction<Set<Rule>, RuleOptions, List<RawFinding>> evaluation) {
    return new RuleEngine() {
      @Override
      public Set<Rule> supported() {
        return supported;
      }

      @Override
      public List<RawFinding> evaluate(Set<Rule> rules, RuleOptions options) {
        return evaluation.apply(rules, options);
      }
    };
  }
}
