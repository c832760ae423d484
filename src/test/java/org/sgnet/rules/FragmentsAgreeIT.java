package org.sgnet.rules;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.sgnet.rules.Net.net;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.sgnet.SharedStore;
import org.sgnet.bundle.Agency;
import org.sgnet.bundle.Bundle;
import org.sgnet.bundle.BundleReader;
import org.sgnet.bundle.Event;
import org.sgnet.bundle.EventType;
import org.sgnet.bundle.LegalBasis;
import org.sgnet.bundle.MeetingSubtype;
import org.sgnet.bundle.Person;
import org.sgnet.bundle.PersonKind;
import org.sgnet.bundle.Tie;
import org.sgnet.export.GraphSnapshot;
import org.sgnet.export.GraphSnapshotReader;
import org.sgnet.generate.NetworkGenerator;
import org.sgnet.graph.JGraphTDefinitions;
import org.sgnet.graph.Projection;
import org.sgnet.graph.ProjectionLoader;
import org.sgnet.network.Coordination;
import org.sgnet.network.CoordinationReader;
import org.sgnet.store.CypherFile;
import org.sgnet.store.Store;

/**
 * The differential test of the shared Cypher fragments ({@code cypher/fragments}): every statement
 * that includes one (rules, board, read and named queries) returns the same rows as that statement
 * with each fragment replaced by the JGraphT engine's definition: the involved professionals and
 * agencies of {@code graph/Involvement}, and a tie active by {@code Projection.TieRow.activeOn},
 * handed to the statement as parameters. Rows are compared as sets, lists inside them as sets: what
 * is compared is who is involved, not the order a statement happens to list them in. The networks
 * are hand-made at the edges of the definitions, seeded random ones (the differential test's), a
 * generated one and the Child J demo.
 */
class FragmentsAgreeIT {

  private static final String D = "2024-03-31";

  /** The JGraphT definition of each fragment, as a fragment that reads it from a parameter. */
  private static final Map<String, String> JGRAPHT =
      Map.of(
          "fragments/active-tie",
          """
          // in: t            the tie
          // in: $activeTies  every tie active on the as-of date by Projection.TieRow.activeOn
          (type(t) + '|' + startNode(t).id + '|' + endNode(t).id + '|' + coalesce(toString(t.start), '')) IN $activeTies
          """,
          "fragments/involved-professionals",
          """
          // in: c                       the child
          // in: $involvedProfessionals  child id to its involved professionals by Involvement
          // out: professionals
          COLLECT {
            MATCH (p:Professional)
            WHERE p.id IN $involvedProfessionals[c.id]
            RETURN p
          } AS professionals
          """,
          "fragments/involved-agencies",
          """
          // in: c                  the child
          // in: $involvedAgencies  child id to its involved agencies by Involvement
          // out: agencies
          COLLECT {
            MATCH (a:Agency)
            WHERE a.id IN $involvedAgencies[c.id]
            RETURN a
          } AS agencies
          """);

  /**
   * The parameter sets each statement that includes a fragment is run with: the whole network once,
   * or once per child or per agency where the statement is about one.
   */
  private static final Map<String, Function<Case, List<Map<String, Object>>>> RUNS =
      Map.ofEntries(
          entry("rules/professional_overload", Case::whole),
          entry("rules/no_single_point_of_contact", Case::whole),
          entry("rules/coordination_gap", Case::whole),
          entry("rules/agency_silo", Case::whole),
          entry("rules/one-child/agency_silo", Case::perChild),
          entry("rules/single_agency_assessment", Case::whole),
          entry("rules/sibling_contact_gap", Case::whole),
          entry("rules/siblings_treated_differently", Case::whole),
          entry("rules/parental_responsibility_unexercised", Case::whole),
          entry("board/shared-children", Case::whole),
          entry("board/involvement", Case::whole),
          entry("board/people", Case::everyChildAndAgency),
          entry("read/child-coordination", Case::perChild),
          entry("read/child-network", Case::perChild),
          entry("read/child-network-ring", Case::perChildWithEveryoneElse),
          entry("queries/child-team", Case::perChild),
          entry("queries/children-without-lead", Case::perAgency),
          entry("queries/most-involved-children", Case::whole),
          entry("queries/shared-professionals", Case::whole),
          entry("queries/siblings-apart", Case::whole),
          entry("queries/s20-parental-engagement", Case::whole));

  /**
   * Rows each statement returned over all networks: a statement that never returns any proves
   * nothing.
   */
  private static final Map<String, Integer> ROWS = new TreeMap<>();

  @Test
  void shouldHaveAJGraphTDefinitionOfEveryFragmentAndRunEveryStatementThatIncludesOne()
      throws IOException {
    try (Stream<Path> files = Files.list(Path.of("cypher", "fragments"))) {
      assertThat(files.map(p -> "fragments/" + p.getFileName().toString().replace(".cypher", "")))
          .containsExactlyInAnyOrderElementsOf(JGRAPHT.keySet());
    }
    try (Stream<Path> files = Files.walk(Path.of("cypher"))) {
      assertThat(
              files
                  .filter(p -> p.toString().endsWith(".cypher"))
                  .filter(p -> !p.startsWith(Path.of("cypher", "fragments")))
                  .filter(FragmentsAgreeIT::includesAFragment)
                  .map(p -> Path.of("cypher").relativize(p).toString().replace(".cypher", "")))
          .containsExactlyInAnyOrderElementsOf(RUNS.keySet());
    }
  }

  @AfterAll
  static void shouldHaveSeenEveryStatementReturnRows() {
    assertThat(ROWS.keySet()).containsExactlyInAnyOrderElementsOf(RUNS.keySet());
    assertThat(ROWS).allSatisfy((name, rows) -> assertThat(rows).as(name).isPositive());
  }

  /**
   * The networks, each with its own id prefix and two as-of dates and windows. They are imported
   * side by side, once: a new import moves the store's statistics and Neo4j then plans every
   * statement again, which costs far more than running it on networks this small.
   */
  private static final List<Network> NETWORKS = new ArrayList<>();

  /** Per-child and per-agency statements run for at most this many of a network's. */
  private static final int SAMPLE = 12;

  private record Network(String name, Bundle bundle, List<LocalDate> dates, List<Integer> windows) {

    Network(String name, Bundle bundle, String asOf1, int window1, String asOf2, int window2) {
      this(
          name,
          prefixed(name.replaceAll("[^a-z0-9]+", "-") + ":", bundle),
          List.of(LocalDate.parse(asOf1), LocalDate.parse(asOf2)),
          List.of(window1, window2));
    }
  }

  @BeforeAll
  static void importEveryNetworkSideBySide() {
    NETWORKS.add(new Network("hand-made involvement", involvementEdges(), D, 10, D, 90));
    NETWORKS.add(new Network("hand-made ties", tieEdges(), D, 10, "2024-03-01", 365));
    NETWORKS.add(
        new Network(
            "random",
            RandomNetworks.networks(new Random(1), EnginesAgreeIT.PER_IMPORT),
            RandomNetworks.BASE.minusDays(30).toString(),
            30,
            RandomNetworks.BASE.plusDays(10).toString(),
            90));
    NETWORKS.add(
        new Network(
            "generated",
            generated(40, 7),
            NetworkGenerator.END.toString(),
            90,
            NetworkGenerator.END.minusDays(200).toString(),
            365));
    Bundle demo = DemoBundleCsv.childJ();
    String latest = ReferenceRules.latest(demo).toString();
    NETWORKS.add(new Network("child j demo", demo, latest, 90, latest, 30));
    RulesTesting.load(
        new Bundle(
            NETWORKS.stream().flatMap(n -> n.bundle().agencies().stream()).toList(),
            NETWORKS.stream().flatMap(n -> n.bundle().people().stream()).toList(),
            NETWORKS.stream().flatMap(n -> n.bundle().ties().stream()).toList(),
            NETWORKS.stream().flatMap(n -> n.bundle().events().stream()).toList()));
  }

  static Stream<String> networks() {
    return Stream.of(
        "hand-made involvement", "hand-made ties", "random", "generated", "child j demo");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("networks")
  void shouldReturnTheRowsOfTheJGraphTDefinitions(String name) {
    Network network =
        NETWORKS.stream().filter(n -> n.name().equals(name)).findFirst().orElseThrow();
    Store store = SharedStore.get();
    GraphSnapshot snapshot = new GraphSnapshotReader(store).snapshot();
    for (int i = 0; i < network.dates().size(); i++) {
      Case c =
          Case.of(
              store, network.bundle(), snapshot, network.dates().get(i), network.windows().get(i));
      for (Map.Entry<String, Function<Case, List<Map<String, Object>>>> run : RUNS.entrySet()) {
        String statement = CypherFile.load(run.getKey()).statement();
        String jgrapht = CypherFile.load(run.getKey(), JGRAPHT).statement();
        assertThat(jgrapht).as(run.getKey()).isNotEqualTo(statement);
        for (Map<String, Object> params : run.getValue().apply(c)) {
          List<String> rows = rows(store, statement, params);
          assertThat(rows)
              .as(
                  "%s on %s as of %s, window %d: child %s, agency %s",
                  run.getKey(),
                  name,
                  c.asOf(),
                  c.window(),
                  params.get("childId"),
                  params.get("agencyId"))
              .isEqualTo(rows(store, jgrapht, params));
          ROWS.merge(run.getKey(), rows.size(), Integer::sum);
        }
      }
      shouldReadEachChildsInvolvementAsJGraphTDefinesIt(store, c);
    }
  }

  /**
   * The coordination picture of the read API lists exactly the involved professionals and agencies.
   */
  private static void shouldReadEachChildsInvolvementAsJGraphTDefinesIt(Store store, Case c) {
    CoordinationReader reader = new CoordinationReader(store);
    for (String child : c.children()) {
      Coordination read = reader.coordination(child, c.asOf(), c.window()).orElseThrow();
      assertThat(
              new TreeSet<>(
                  read.professionals().stream().map(Coordination.Professional::id).toList()))
          .as("professionals of %s as of %s", child, c.asOf())
          .containsExactlyElementsOf(c.involved().professionals().getOrDefault(child, List.of()));
      assertThat(new TreeSet<>(read.agencies()))
          .as("agencies of %s as of %s", child, c.asOf())
          .containsExactlyElementsOf(c.involved().agencies().getOrDefault(child, List.of()));
    }
  }

  /**
   * One as-of date and window on one network: the parameters every statement may use, with the
   * JGraphT definitions as the parameters of {@link #JGRAPHT}.
   */
  private record Case(
      LocalDate asOf,
      int window,
      Map<String, Object> base,
      List<String> children,
      List<String> agencies,
      List<String> people,
      JGraphTDefinitions.Involved involved) {

    static Case of(Store store, Bundle bundle, GraphSnapshot snapshot, LocalDate asOf, int window) {
      Projection projection = new ProjectionLoader(store).load(asOf, window);
      JGraphTDefinitions.Involved involved = JGraphTDefinitions.involved(projection);
      Map<String, Object> base = new HashMap<>();
      base.put("asOf", asOf);
      base.put("windowStart", asOf.minusDays(window));
      base.put("childId", null);
      base.put("overloadProfessionals", 1);
      base.put("overloadAgencies", 1);
      base.put("spocAgencies", 1);
      base.put("siloSharedChildren", 1);
      base.put("requestResponseDays", 10);
      base.put("reassessmentDays", 30);
      base.put("top", 100_000);
      base.put("minChildren", 1);
      base.put("involvedProfessionals", involved.professionals());
      base.put("involvedAgencies", involved.agencies());
      base.put("activeTies", activeTies(snapshot, asOf));
      List<String> people = bundle.people().stream().map(Person::id).sorted().toList();
      return new Case(
          asOf,
          window,
          base,
          sample(
              bundle.people().stream()
                  .filter(p -> p.kind() == PersonKind.CHILD)
                  .map(Person::id)
                  .sorted()
                  .toList()),
          sample(bundle.agencies().stream().map(Agency::id).sorted().toList()),
          people,
          involved);
    }

    List<Map<String, Object>> whole() {
      return List.of(base);
    }

    List<Map<String, Object>> perChild() {
      return children.stream().map(child -> with("childId", child)).toList();
    }

    List<Map<String, Object>> perChildWithEveryoneElse() {
      return children.stream()
          .map(
              child -> {
                Map<String, Object> p = with("childId", child);
                p.put("ids", people.stream().filter(id -> !id.equals(child)).toList());
                return p;
              })
          .toList();
    }

    /** The whole network as one selection of the board: every child, every agency. */
    List<Map<String, Object>> everyChildAndAgency() {
      Map<String, Object> p = with("childIds", children);
      p.put("agencyIds", agencies);
      return List.of(p);
    }

    List<Map<String, Object>> perAgency() {
      return agencies.stream().map(agency -> with("agencyId", agency)).toList();
    }

    private Map<String, Object> with(String key, Object value) {
      Map<String, Object> p = new HashMap<>(base);
      p.put(key, value);
      return p;
    }
  }

  /** Every k-th of the ids, at most {@link #SAMPLE} of them. */
  private static List<String> sample(List<String> ids) {
    int step = Math.max(1, (ids.size() + SAMPLE - 1) / SAMPLE);
    List<String> sample = new ArrayList<>();
    for (int i = 0; i < ids.size(); i += step) {
      sample.add(ids.get(i));
    }
    return sample;
  }

  /** The bundle with every id prefixed, so that several networks can share a store. */
  private static Bundle prefixed(String prefix, Bundle b) {
    Function<String, String> id = s -> s == null ? null : prefix + s;
    return new Bundle(
        b.agencies().stream()
            .map(a -> new Agency(id.apply(a.id()), a.name(), a.sector(), a.extra(), a.provenance()))
            .toList(),
        b.people().stream()
            .map(
                p ->
                    new Person(
                        id.apply(p.id()),
                        p.kind(),
                        p.name(),
                        p.birthDate(),
                        id.apply(p.agencyId()),
                        p.role(),
                        p.extra(),
                        p.identifiers(),
                        p.postcode(),
                        p.provenance()))
            .toList(),
        b.ties().stream()
            .map(
                t ->
                    new Tie(
                        t.type(),
                        id.apply(t.fromId()),
                        id.apply(t.toId()),
                        t.startDate(),
                        t.endDate(),
                        t.parentalResponsibility(),
                        t.legalBasis(),
                        t.lead(),
                        t.extra(),
                        t.provenance()))
            .toList(),
        b.events().stream()
            .map(
                e ->
                    new Event(
                        id.apply(e.id()),
                        e.date(),
                        e.type(),
                        id.apply(e.subjectId()),
                        id.apply(e.agencyId()),
                        id.apply(e.recordedBy()),
                        e.participants().stream().map(id).toList(),
                        e.subtype(),
                        e.value(),
                        e.requestedBy(),
                        e.seenAlone(),
                        e.summary(),
                        e.extra(),
                        e.provenance()))
            .toList());
  }

  /**
   * The ties of the store active on the date by the JGraphT definition, keyed as {@link #JGRAPHT}
   * reads them.
   */
  private static List<String> activeTies(GraphSnapshot snapshot, LocalDate asOf) {
    Set<String> ties = Set.of("SIBLING", "PARENT", "PLACED_WITH", "INVOLVED");
    List<String> active = new ArrayList<>();
    for (GraphSnapshot.Relationship r : snapshot.relationships()) {
      if (!ties.contains(r.type())) {
        continue;
      }
      LocalDate start = (LocalDate) r.properties().get("start");
      LocalDate end = (LocalDate) r.properties().get("end");
      String from = r.fromKey().substring("person:".length());
      String to = r.toKey().substring("person:".length());
      if (new Projection.TieRow(r.type(), from, to, start, end, null, false, false)
          .activeOn(asOf)) {
        active.add(r.type() + "|" + from + "|" + to + "|" + (start == null ? "" : start));
      }
    }
    return active;
  }

  private static List<String> rows(Store store, String statement, Map<String, Object> params) {
    return store.read(
        tx ->
            tx.run(statement, params).list(FragmentsAgreeIT::canonical).stream().sorted().toList());
  }

  /** A row as text, with its maps sorted by key and its lists sorted. */
  private static String canonical(Record row) {
    return String.valueOf(canonical(row.asMap(Value::asObject)));
  }

  private static Object canonical(Object value) {
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> sorted = new TreeMap<>();
      map.forEach((k, v) -> sorted.put(String.valueOf(k), canonical(v)));
      return sorted;
    }
    if (value instanceof List<?> list) {
      return list.stream().map(FragmentsAgreeIT::canonical).map(String::valueOf).sorted().toList();
    }
    return value;
  }

  private static boolean includesAFragment(Path file) {
    try {
      return Files.readString(file).contains("// include fragments/");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Involvement at the edges of its definition, as of D with a window of 10 days (D - 10 outside)
   * or 90: INVOLVED ties starting or ending on D, the day before or after; events on D - 10 and D -
   * 90, the window's first day, D and after D; recorders and participants, a family participant, a
   * participant from another agency than the event's, and an event without professionals. Each edge
   * is the only way its professional or agency could be involved with its child, so that a
   * definition off by one day or one kind of person gives other rows.
   */
  private static Bundle involvementEdges() {
    return net()
        .child("c1", "c2", "c3", "c4", "c5")
        .family("f1")
        .pro("p1", "ag1")
        .pro("p2", "ag2")
        .pro("p3", "ag1")
        .pro("p4", "ag3")
        .pro("p5", "ag2")
        .pro("p6", "ag4")
        .pro("p7", "ag5")
        .involved("p1", "c1")
        .involved("p2", "c1", true, D, null)
        .involved("p3", "c1", false, null, "2024-03-30")
        .involved("p4", "c2", false, "2024-04-01", null)
        .involved("p1", "c2", true, null, D)
        .involved("p6", "c4", false, "2024-01-01", "2024-02-01")
        .plain("e1", "2024-03-21", EventType.VISIT, "c1", "ag3", "p4")
        .plain("e2", "2024-03-22", EventType.VISIT, "c2", "ag4", "p5")
        .meeting("m1", D, "c3", "ag1", MeetingSubtype.STRATEGY, "p2", "p3", "f1")
        .shared("s1", "2024-04-01", "c3", "p4", "p5")
        .assessment("a1", "2024-03-25", "c1", "ag2", "p5")
        .assessment("a2", "2024-02-25", "c5", "ag1", "p6")
        .plain("e3", "2024-03-30", EventType.VISIT, "c4", "ag4", null)
        .plain("e4", "2024-01-01", EventType.VISIT, "c5", "ag5", "p7")
        .bundle();
  }

  /**
   * Siblings, parents and placements active or not on D (starting or ending on D, the day before or
   * after), for the statements that read ties other than INVOLVED.
   */
  private static Bundle tieEdges() {
    return net()
        .child("a", "b", "c", "d")
        .family("f1", "f2")
        .carer("h1", "h2", "h3")
        .pro("p1", "ag1")
        .pro("p2", "ag2")
        .sibling("a", "b", null, D)
        .sibling("b", "c", "2024-04-01", null)
        .sibling("c", "d", D, null)
        .sibling("a", "d", null, "2024-03-30")
        .placed("a", "h1", LegalBasis.S20_VOLUNTARY, null, D)
        .placed("b", "h2", LegalBasis.CARE_ORDER, D, null)
        .placed("c", "h1", LegalBasis.S20_VOLUNTARY, "2024-04-01", null)
        .placed("c", "h3", LegalBasis.KINSHIP, null, "2024-03-30")
        .placed("d", "h3", LegalBasis.PRIVATE_FOSTERING)
        .parent("f1", "a", true, null, D)
        .parent("f2", "a", true, "2024-04-01", null)
        .parent("f2", "c", true, null, null)
        .parent("f1", "d", false, null, null)
        .involved("p1", "a", true, null, "2024-03-30")
        .involved("p2", "a", false, D, null)
        .involved("p1", "c", false, null, null)
        .meeting("m1", "2024-03-20", "a", "ag1", MeetingSubtype.CORE_GROUP, "p1", "f1")
        .contact("k1", "2024-03-25", "a", null, "b")
        .bundle();
  }

  /** The bundle {@code sgnet generate} writes for these options, read back. */
  private static Bundle generated(int children, long seed) {
    try {
      Path dir = Files.createTempDirectory("sgnet-fragments");
      try {
        new NetworkGenerator(children, seed).generate(dir, NetworkGenerator.Progress.NONE);
        return new BundleReader().read(dir);
      } finally {
        try (Stream<Path> files = Files.walk(dir)) {
          files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
