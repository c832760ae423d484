package org.sgnet.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sgnet.SgnetException;

/** The parts of the catalogue that need no store: options, order, brokers, wording. */
class RuleModelTest {

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource({
    "window, 0",
    "overload.professionals, 0",
    "overload.agencies, 0",
    "spoc.agencies, 0",
    "silo.sharedChildren, 0",
    "request.responseDays, -1",
    "reassessment.days, -1",
  })
  void shouldRefuseOutOfRangeOptionsAsInvalidInput(String name, int value) {
    RuleOptions.Builder b = RuleOptions.builder();
    switch (name) {
      case "window" -> b.windowDays(value);
      case "overload.professionals" -> b.overloadProfessionals(value);
      case "overload.agencies" -> b.overloadAgencies(value);
      case "spoc.agencies" -> b.spocAgencies(value);
      case "silo.sharedChildren" -> b.siloSharedChildren(value);
      case "request.responseDays" -> b.requestResponseDays(value);
      default -> b.reassessmentDays(value);
    }
    assertThatThrownBy(b::build)
        .isInstanceOfSatisfying(
            SgnetException.class,
            e -> assertThat(e.kind()).isEqualTo(SgnetException.Kind.INVALID_INPUT))
        .hasMessageStartingWith(name + " must be");
  }

  @Test
  void shouldDefaultToTheSpecsValuesAndTheWholeCatalogue() {
    RuleOptions o = RuleOptions.defaults();
    assertThat(o.windowDays()).isEqualTo(90);
    assertThat(
            List.of(
                o.overloadProfessionals(),
                o.overloadAgencies(),
                o.spocAgencies(),
                o.siloSharedChildren(),
                o.requestResponseDays(),
                o.reassessmentDays()))
        .containsExactly(8, 5, 3, 3, 28, 45);
    assertThat(o.rules()).containsExactlyInAnyOrderElementsOf(Rule.values());
    assertThat(o.asOf()).isNull();
  }

  @Test
  void shouldIncludeEveryChildUnlessTheOptionsNameOne() {
    assertThat(RuleOptions.defaults().includesChild("c-1")).isTrue();
    assertThat(RuleOptions.builder().childId(" ").build().includesChild("c-1")).isTrue();
    RuleOptions one = RuleOptions.builder().childId("c-1").build();
    assertThat(one.includesChild("c-1")).isTrue();
    assertThat(one.includesChild("c-2")).isFalse();
  }

  @Test
  void shouldParseRuleNamesLeniently() {
    assertThat(Rule.parse("agency-silo")).isEqualTo(Rules.AGENCY_SILO);
    assertThat(Rule.parse(" not_seen_alone ")).isEqualTo(Rules.NOT_SEEN_ALONE);
    assertThatThrownBy(() -> Rule.parse("SILO")).hasMessageContaining("unknown rule 'SILO'");
    assertThatThrownBy(() -> Engine.parse("neo")).hasMessageContaining("cypher or jgrapht");
  }

  @Test
  void shouldSortFindingsByRuleNameThenChildrenAgenciesAndEventIds() {
    List<RawFinding> raw =
        List.of(
            raw(Rules.SIBLING_CONTACT_GAP, List.of("b", "a"), List.of(), Map.of()),
            raw(Rules.SIBLINGS_TREATED_DIFFERENTLY, List.of("a", "b"), List.of(), Map.of()),
            raw(Rules.AGENCY_SILO, List.of("a", "b", "c"), List.of("y", "z"), Map.of()),
            raw(Rules.AGENCY_SILO, List.of("a", "b"), List.of("x", "z"), Map.of()),
            raw(Rules.AGENCY_SILO, List.of("a", "b"), List.of("x", "y"), Map.of()),
            raw(
                Rules.CHILD_REQUEST_MISATTRIBUTED,
                List.of("a"),
                List.of(),
                Map.of("eventId", "k1", "requestEventId", "r2")),
            raw(
                Rules.CHILD_REQUEST_MISATTRIBUTED,
                List.of("a"),
                List.of(),
                Map.of("eventId", "k1", "requestEventId", "r1")));

    List<Finding> sorted = FindingAssembler.assemble(raw, Names.none());

    assertThat(sorted)
        .extracting(f -> f.rule() + " " + f.childIds() + " " + f.agencyIds() + " " + f.details())
        .containsExactly(
            "AGENCY_SILO [a, b] [x, y] {}",
            "AGENCY_SILO [a, b] [x, z] {}",
            "AGENCY_SILO [a, b, c] [y, z] {}",
            "CHILD_REQUEST_MISATTRIBUTED [a] [] {eventId=k1, requestEventId=r1}",
            "CHILD_REQUEST_MISATTRIBUTED [a] [] {eventId=k1, requestEventId=r2}",
            // "SIBLINGS_…" sorts before "SIBLING_…": 'S' (0x53) < '_' (0x5F)
            "SIBLINGS_TREATED_DIFFERENTLY [a, b] [] {}",
            "SIBLING_CONTACT_GAP [a, b] [] {}");
  }

  @Test
  void shouldOrderComponentsLargestFirstThenByFirstId() {
    RawFinding r =
        raw(
            Rules.COORDINATION_GAP,
            List.of("c"),
            List.of(),
            Map.of(
                "components",
                List.of(List.of("q"), List.of("z", "b"), List.of("p"), List.of("y", "a", "m")),
                "brokers",
                List.of("m", "a")));
    Finding f = FindingAssembler.assemble(r, Names.none());
    assertThat(f.details().get("components"))
        .isEqualTo(List.of(List.of("a", "m", "y"), List.of("b", "z"), List.of("p"), List.of("q")));
    assertThat(f.details().get("brokers")).isEqualTo(List.of("a", "m"));
  }

  @Test
  void shouldFindCutVerticesLikeRemovingEachVertexDoes() {
    assertThat(
            CutVertices.of(
                List.of("a", "b", "c", "d", "e"),
                List.of(
                    List.of("a", "b"), List.of("b", "c"), List.of("c", "a"), List.of("c", "d"))))
        .containsExactly("c");
    assertThat(CutVertices.of(List.of("a", "b"), List.of(List.of("a", "b")))).isEmpty();
    Random r = new Random(7);
    for (int round = 0; round < 300; round++) {
      int n = 1 + r.nextInt(9);
      List<String> v = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        v.add("v" + i);
      }
      List<List<String>> edges = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        for (int j = i + 1; j < n; j++) {
          if (r.nextInt(3) == 0) {
            edges.add(List.of(v.get(i), v.get(j)));
          }
        }
      }
      assertThat(CutVertices.of(v, edges)).isEqualTo(bruteForce(v, edges));
    }
  }

  @ParameterizedTest(name = "''{0}'' -> ''{1}''")
  @CsvSource(
      delimiter = '|',
      value = {
        "' White  British '|white british",
        "'\tWHITE\t \tBritish'|white british",
        "White\u00a0British|white\u00a0british",
        "Weiß|weiß",
      })
  void shouldNormaliseEthnicityInTheReferenceAsTheSpecSays(String value, String normalised) {
    assertThat(ReferenceRules.normalise(value)).isEqualTo(normalised);
  }

  @Test
  void shouldNameWhatWasFoundInTheMessage() {
    Names names =
        new Names(Map.of("c", "Child C", "m", "Mary", "f", "Frank"), Map.of("ag", "Police"));
    Finding f =
        FindingAssembler.assemble(
            new RawFinding(
                Rules.PARENTAL_RESPONSIBILITY_UNEXERCISED,
                Severity.HIGH,
                List.of("c"),
                List.of(),
                List.of("m", "f"),
                new java.util.HashMap<>(
                    java.util.Collections.singletonMap("daysSinceEngagement", null))),
            names);
    assertThat(f.message()).contains("Child C").contains("Frank and Mary").contains("never");
    assertThat(f.recommendation()).contains("Child C");
  }

  /**
   * A large catalogue is assembled on every core; it must come out exactly as one finding after the
   * other would, equal sort keys keeping the engines' order.
   */
  @Test
  void shouldAssembleALargeCatalogueAsOneFindingAfterTheOther() {
    java.util.Random random = new java.util.Random(7);
    List<RawFinding> raw = new java.util.ArrayList<>();
    for (int i = 0; i < FindingAssembler.PARALLEL_FROM + 2_000; i++) {
      // Few distinct children and events, so that many findings share every sort key and only
      // the order they came in tells them apart (by their people).
      raw.add(
          new RawFinding(
              Rules.CHILD_REQUEST_UNANSWERED,
              Severity.MEDIUM,
              List.of("c" + random.nextInt(50)),
              List.of(),
              List.of("p" + i),
              Map.of("eventId", "e" + random.nextInt(3))));
    }
    Names names = new Names(Map.of("c1", "Child One"), Map.of());
    List<Finding> oneByOne = new java.util.ArrayList<>();
    for (RawFinding r : raw) {
      oneByOne.add(FindingAssembler.assemble(r, names));
    }
    oneByOne.sort(FindingAssembler.ORDER);

    assertThat(FindingAssembler.assemble(raw, names)).containsExactlyElementsOf(oneByOne);
    assertThat(FindingAssembler.assemble(raw.subList(0, 100), names))
        .containsExactlyElementsOf(
            oneByOne.stream()
                .filter(
                    f ->
                        raw.subList(0, 100).stream()
                            .anyMatch(r -> r.personIds().equals(f.personIds())))
                .toList());
  }

  private static RawFinding raw(
      Rule rule, List<String> children, List<String> agencies, Map<String, Object> details) {
    return new RawFinding(rule, Severity.MEDIUM, children, agencies, List.of(), details);
  }

  private static List<String> bruteForce(List<String> v, List<List<String>> edges) {
    int base = count(v, edges, null);
    Set<String> cut = new TreeSet<>();
    for (String x : v) {
      if (count(v, edges, x) > base) {
        cut.add(x);
      }
    }
    return List.copyOf(cut);
  }

  private static int count(List<String> v, List<List<String>> edges, String without) {
    Map<String, String> parent = new java.util.HashMap<>();
    v.stream().filter(x -> !x.equals(without)).forEach(x -> parent.put(x, x));
    for (List<String> e : edges) {
      if (parent.containsKey(e.get(0)) && parent.containsKey(e.get(1))) {
        parent.put(find(parent, e.get(0)), find(parent, e.get(1)));
      }
    }
    return (int) parent.keySet().stream().filter(x -> find(parent, x).equals(x)).count();
  }

  private static String find(Map<String, String> parent, String x) {
    while (!parent.get(x).equals(x)) {
      x = parent.get(x);
    }
    return x;
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource(
      nullValues = "-",
      value = {
        // asked,  configured, child, engine used
        "-,        -,          -,     CYPHER",
        "-,        -,          c1,    CYPHER",
        "-,        CYPHER,     -,     CYPHER",
        "-,        JGRAPHT,    c1,    JGRAPHT",
        "CYPHER,   JGRAPHT,    -,     CYPHER",
        "JGRAPHT,  -,          c1,    JGRAPHT",
      })
  void shouldTakeTheAskedThenTheConfiguredThenTheCypherEngine(
      Engine asked, Engine configured, String child, Engine used) {
    RuleOptions options = RuleOptions.defaults().toBuilder().childId(child).build();

    assertThat(new RuleDefaults(RuleOptions.defaults(), configured).engineFor(asked, options))
        .isEqualTo(used);
  }

  @ParameterizedTest
  @CsvSource(
      nullValues = "-",
      value = {
        // store's events, child, asked,   configured, engine used
        "0,                c1,    -,       -,          JGRAPHT",
        "100000,           c1,    -,       -,          JGRAPHT",
        "100001,           c1,    -,       -,          CYPHER",
        "900000,           c1,    JGRAPHT, -,          JGRAPHT",
        "50,               -,     CYPHER,  -,          CYPHER",
        "50,               c1,    -,       CYPHER,     CYPHER",
      })
  void shouldTakeTheInMemoryEngineForASmallStoreUnlessAnotherIsAskedOrConfigured(
      long events, String child, Engine asked, Engine configured, Engine used) {
    java.util.concurrent.atomic.AtomicInteger counted =
        new java.util.concurrent.atomic.AtomicInteger();
    RuleDefaults defaults =
        new RuleDefaults(
            RuleOptions.defaults(),
            configured,
            () -> {
              counted.incrementAndGet();
              return new StoreSize(events, false);
            });
    RuleOptions options = RuleOptions.defaults().toBuilder().childId(child).build();

    assertThat(defaults.engineFor(asked, options)).isEqualTo(used);
    // The store is asked its size only when neither the run nor the configuration chose.
    assertThat(counted).hasValue(asked == null && configured == null ? 1 : 0);
  }

  @ParameterizedTest
  @CsvSource({
    // events,  remote, one child, heap (MiB), engine
    // In this process: the whole network while the heap holds its projection, one child to 100k.
    "142,       false,  false,     1024,       JGRAPHT",
    "900000,    false,  false,     6144,       JGRAPHT",
    "2400000,   false,  false,     6144,       JGRAPHT",
    "2500000,   false,  false,     6144,       CYPHER",
    "12000000,  false,  false,     16384,      CYPHER",
    "142,       false,  true,      6144,       JGRAPHT",
    "900000,    false,  true,      16384,      CYPHER",
    // Run by another process: the whole network to 150k (and the heap), one child never.
    "142,       true,   false,     6144,       JGRAPHT",
    "150000,    true,   false,     6144,       JGRAPHT",
    "150001,    true,   false,     6144,       CYPHER",
    "900000,    true,   false,     16384,      CYPHER",
    "100000,    true,   false,     128,        CYPHER",
    "0,         true,   true,      6144,       CYPHER",
    "142,       true,   true,      6144,       CYPHER",
  })
  void shouldKeepTheNetworkInMemoryWhileItsProjectionPaysOffWhereTheStoreRuns(
      long events, boolean remote, boolean oneChild, long heapMiB, Engine used) {
    assertThat(Engine.standard(new StoreSize(events, remote), oneChild, heapMiB << 20))
        .isEqualTo(used);
  }

  @Test
  void shouldKeepATrendOfAServedStoreInMemoryWhereOneRunWouldTakeCypher() {
    // 160,000 events: past the cut-off for one run of a store a server runs, while the test
    // JVM's heap (3 GiB) holds their projection (2,600 bytes an event: 416 MB).
    RuleDefaults defaults =
        new RuleDefaults(RuleOptions.defaults(), null, () -> new StoreSize(160_000, true));
    RuleOptions whole = RuleOptions.defaults();

    assertThat(defaults.engineFor(null, whole)).isEqualTo(Engine.CYPHER);
    assertThat(defaults.engineForTrend(null, whole)).isEqualTo(Engine.JGRAPHT);
    assertThat(defaults.engineForTrend(Engine.CYPHER, whole)).isEqualTo(Engine.CYPHER);
    assertThat(
            new RuleDefaults(RuleOptions.defaults(), Engine.CYPHER, () -> new StoreSize(1, true))
                .engineForTrend(null, whole))
        .isEqualTo(Engine.CYPHER);
  }

  @Test
  void shouldRefuseANegativeEventCount() {
    assertThatThrownBy(() -> new StoreSize(-1, false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("events");
  }

  @ParameterizedTest
  @CsvSource({"0, 0 agencies", "1, 1 agency", "2, 2 agencies"})
  void shouldCountInWordsWithTheSingularForOne(int n, String words) {
    assertThat(Wording.count(n, "agency", "agencies")).isEqualTo(words);
  }

  @Test
  void shouldWriteAClauseOnlyWhenItNamesSomebody() {
    Map<String, String> names = Map.of("a", "Ann", "b", "Bo");
    assertThat(Wording.clause(", and %s said so %s", List.of(), names::get, "twice")).isEmpty();
    assertThat(Wording.clause(", and %s said so %s", List.of("a", "b"), names::get, "twice"))
        .isEqualTo(", and Ann and Bo said so twice");
    assertThat(Wording.clause(" (%s)", List.of("b"), names::get)).isEqualTo(" (Bo)");
  }
}
