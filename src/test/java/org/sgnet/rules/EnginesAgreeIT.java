package org.sgnet.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sgnet.bundle.Bundle;
import org.sgnet.bundle.Person;
import org.sgnet.bundle.PersonKind;

/**
 * The differential test: on seeded random networks with varied dates, windows and thresholds, the
 * Cypher engine, the JGraphT engine and the reference evaluation of the spec return identical
 * findings, on all fifteen rules.
 */
class EnginesAgreeIT {

  static final int PER_IMPORT = 5;

  static final int NETWORKS = 220;

  /** The rules that fired in some case: the networks must exercise every rule. */
  private static final Set<Rule> FIRED = new java.util.TreeSet<Rule>();

  @AfterAll
  static void shouldHaveSeenEveryRuleFire() {
    assertThat(FIRED).containsExactlyInAnyOrderElementsOf(Rule.values());
  }

  static Stream<Arguments> seeds() {
    return Stream.iterate(1L, s -> s + 1).limit(NETWORKS / PER_IMPORT).map(Arguments::of);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void shouldReturnIdenticalFindingsOnBothEnginesAndTheReference(long seed) {
    Random r = new Random(seed);
    Bundle bundle = RandomNetworks.networks(r, PER_IMPORT);
    List<String> children =
        bundle.people().stream().filter(p -> p.kind() == PersonKind.CHILD).map(Person::id).toList();
    RulesTesting.load(bundle);
    Analyzer analyzer = RulesTesting.both();
    for (int run = 0; run < 2; run++) {
      RuleOptions options = RandomNetworks.options(r, children);
      Analysis cypher = analyzer.analyse(options, Engine.CYPHER);
      Analysis graph = analyzer.analyse(options, Engine.JGRAPHT);
      cypher.findings().forEach(f -> FIRED.add(f.rule()));
      assertThat(graph).as("seed %d run %d: %s", seed, run, options).isEqualTo(cypher);
      if (options.childId() == null) {
        // Small stores run the whole network's statements two at a time; large ones one at a
        // time. Either way the findings, and their order, are the same.
        assertThat(RulesTesting.cypherOneAtATime().analyse(options, Engine.CYPHER))
            .as("seed %d run %d, one rule at a time: %s", seed, run, options)
            .isEqualTo(cypher);
        // The one-child statements (rules/one-child) start from the child instead of filtering
        // the whole catalogue: they must give exactly the whole run's findings about that child.
        String child = children.get(new Random(seed * 31 + run).nextInt(children.size()));
        RuleOptions one = options.toBuilder().childId(child).build();
        assertThat(analyzer.analyse(one, Engine.CYPHER).findings())
            .as("seed %d run %d, one child %s: %s", seed, run, child, options)
            .isEqualTo(
                cypher.findings().stream().filter(f -> f.childIds().contains(child)).toList());
      }
      assertThat(DemoFindingsIT.withoutText(cypher.findings()))
          .as("seed %d run %d against the reference: %s", seed, run, options)
          .isEqualTo(
              DemoFindingsIT.withoutText(RulesTesting.reference(bundle, options, Names.none())));
    }
  }
}
