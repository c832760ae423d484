package org.sgnet.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sgnet.query.QueryNetwork.AS_OF;
import static org.sgnet.query.QueryNetwork.FROM;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sgnet.SgnetException;
import org.sgnet.export.GraphSnapshot;
import org.sgnet.export.GraphSnapshotReader;
import org.sgnet.store.CypherFile;
import org.sgnet.store.Store;

/** Every shipped named query, with answers worked out by hand on {@link QueryNetwork}. */
class NamedQueriesIT {

  private static Store store;
  private static GraphSnapshot before;
  private static NamedQueries queries;

  @BeforeAll
  static void load() {
    store = QueryNetwork.load();
    before = new GraphSnapshotReader(store).snapshot();
    // "today" is the network's as-of date, so defaults give the hand-worked answers.
    Clock clock = Clock.fixed(AS_OF.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    queries = new NamedQueries(store, QueryLimits.DEFAULTS, clock);
  }

  private static QueryResult run(String name, Object... keyValues) {
    Map<String, Object> params = new HashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      params.put((String) keyValues[i], keyValues[i + 1]);
    }
    QueryResult result = queries.run(name, params);
    assertThat(result.truncated()).isFalse();
    assertThat(new GraphSnapshotReader(store).snapshot()).isEqualTo(before);
    return result;
  }

  private static List<Object> column(QueryResult result, String column) {
    List<Object> values = new ArrayList<>();
    result.rows().forEach(r -> values.add(r.get(column)));
    return values;
  }

  @Test
  void shouldListEveryQueryFileWithItsHeader() {
    List<QueryInfo> list = queries.list();

    assertThat(list)
        .extracting(QueryInfo::name)
        .containsExactlyElementsOf(
            NamedQueries.indexedFiles().stream().map(f -> f.replace(".cypher", "")).toList());
    assertThat(list).allSatisfy(q -> assertThat(q.description()).isNotBlank());
    assertThat(list)
        .filteredOn(q -> q.name().equals("shared-professionals"))
        .singleElement()
        .satisfies(
            q ->
                assertThat(q.params())
                    .containsExactly(
                        new QueryParam(
                            "minChildren",
                            "integer",
                            false,
                            "2",
                            "The least number of children a professional must be involved with."),
                        new QueryParam(
                            "asOf",
                            "date",
                            false,
                            "today",
                            "The date the involvement must be active on.")));
  }

  @Test
  void shouldPlanEveryShippedQueryAsReadOnly() {
    ReadOnlyExecutor executor = new ReadOnlyExecutor(store, QueryLimits.DEFAULTS);
    for (String file : NamedQueries.indexedFiles()) {
      String text = CypherFile.load("queries/" + file.replace(".cypher", "")).text();
      PlanGuard.check(executor.explain(text, Map.of()), QueryLimits.DEFAULT_PROCEDURES);
    }
  }

  @Test
  void sharedProfessionalsShouldListProfessionalsWithTwoOrMoreActiveChildren() {
    QueryResult result = run("shared-professionals", "asOf", "2024-03-01");

    assertThat(column(result, "professionalId")).containsExactly("t1", "cm1", "pc1", "sw1");
    assertThat(result.rows().get(0))
        .containsEntry("children", 3L)
        .containsEntry("childIds", List.of("c1", "c2", "c3"))
        .containsEntry("agencyId", "school");
    assertThat(column(run("shared-professionals", "minChildren", 3), "professionalId"))
        .containsExactly("t1");
  }

  @Test
  void sharedProfessionalsShouldDefaultToTodayAndLeaveOutEndedInvolvement() {
    assertThat(run("shared-professionals").rows())
        .isEqualTo(run("shared-professionals", "asOf", "2024-03-01").rows());
    // On 2023-12-01 sw2 was still involved with c3 but not yet with c4: one child only.
    assertThat(column(run("shared-professionals", "asOf", "2023-12-01"), "professionalId"))
        .doesNotContain("sw2");
  }

  @Test
  void childrenWithoutLeadShouldListAnAgencysChildrenThatNobodyLeads() {
    QueryResult sc = run("children-without-lead", "agencyId", "sc");
    QueryResult police = run("children-without-lead", "agencyId", "police");

    assertThat(sc.rows())
        .containsExactly(
            Map.of(
                "childId",
                "c1",
                "child",
                "Name of c1",
                "involvedProfessionals",
                4L,
                "agencyProfessionalIds",
                List.of("sw1")));
    assertThat(column(police, "childId")).containsExactly("c1", "c3");
    assertThat(column(police, "involvedProfessionals")).containsExactly(4L, 3L);
    assertThat(run("children-without-lead", "agencyId", "nowhere").rows()).isEmpty();
  }

  @Test
  void contactHistoryShouldListTheEventsBothPeopleTookPartIn() {
    assertThat(column(run("contact-history", "personA", "c1", "personB", "c2"), "eventId"))
        .containsExactly("e06", "e16");
    assertThat(
            column(
                run("contact-history", "personA", "c2", "personB", "c1", "to", "2024-02-11"),
                "eventId"))
        .containsExactly("e06");
    assertThat(
            column(
                run(
                    "contact-history",
                    "personA",
                    "sw1",
                    "personB",
                    "mum",
                    "types",
                    List.of("MEETING", "DECISION")),
                "eventId"))
        .containsExactly("e08", "e17", "e05");
    QueryResult contact =
        run("contact-history", "personA", "c1", "personB", "c2", "types", List.of("CONTACT"));
    assertThat(contact.rows().get(0))
        .containsEntry("date", "2024-02-10")
        .containsEntry("requestedBy", "CHILD")
        .containsEntry("subjectId", "c1")
        .containsEntry("agencyId", "sc");
  }

  @Test
  void mostInvolvedChildrenShouldRankChildrenByProfessionals() {
    QueryResult result = run("most-involved-children");

    assertThat(column(result, "childId")).containsExactly("c1", "c3", "c2", "c4");
    assertThat(column(result, "professionals")).containsExactly(4L, 3L, 2L, 1L);
    assertThat(column(result, "agencies")).containsExactly(4L, 3L, 2L, 1L);
    assertThat(column(result, "leads")).containsExactly(0L, 0L, 1L, 1L);
    assertThat(column(run("most-involved-children", "top", 2), "childId"))
        .containsExactly("c1", "c3");
  }

  @Test
  @SuppressWarnings("unchecked")
  void childEventsByAgencyShouldCountAChildsEventsPerAgencyInThePeriod() {
    QueryResult result =
        run("child-events-by-agency", "childId", "c1", "from", FROM.toString(), "to", "2024-03-01");

    assertThat(column(result, "agencyId")).containsExactly("police", "sc", "camhs", "school");
    assertThat(column(result, "events")).containsExactly(4L, 4L, 1L, 1L);
    assertThat(result.rows().get(0))
        .containsEntry("eventIds", List.of("e01", "e09", "e03", "e04"))
        .containsEntry("firstDate", "2024-01-05")
        .containsEntry("lastDate", "2024-01-20");
    assertThat((List<Object>) result.rows().get(0).get("types"))
        .containsExactlyInAnyOrder("RISK", "ETHNICITY_RECORDED", "INFORMATION_SHARED");
    // Without a period the 2023 review counts too.
    assertThat(run("child-events-by-agency", "childId", "c1").rows().get(0))
        .containsEntry("agencyId", "sc")
        .containsEntry("events", 5L);
  }

  @Test
  void siblingsApartShouldFindSiblingsPlacedWithDifferentPeople() {
    assertThat(run("siblings-apart").rows())
        .containsExactly(
            Map.of(
                "childA", "c1",
                "childB", "c2",
                "placedWithA", List.of("fc1"),
                "legalBasisA", List.of("S20_VOLUNTARY"),
                "placedWithB", List.of("mum"),
                "legalBasisB", List.of("HOME")));
    // Before c1's section 20 placement both lived with their mother.
    assertThat(run("siblings-apart", "asOf", "2023-03-01").rows()).isEmpty();
  }

  @Test
  @SuppressWarnings("unchecked")
  void multiAgencyRisksShouldFindChildrenWithRisksFromSeveralAgencies() {
    QueryResult result = run("multi-agency-risks", "from", FROM.toString());

    assertThat(result.rows()).hasSize(1);
    assertThat(result.rows().get(0))
        .containsEntry("childId", "c1")
        .containsEntry("agencyCount", 2L)
        .containsEntry("agencies", List.of("camhs", "police"))
        .containsEntry("risks", 3L)
        .containsEntry("firstDate", "2024-01-05")
        .containsEntry("lastDate", "2024-01-12");
    assertThat((List<Object>) result.rows().get(0).get("categories"))
        .containsExactlyInAnyOrder("MISSING", "SELF_HARM", "CSE");
    assertThat(
            column(run("multi-agency-risks", "from", FROM.toString(), "minAgencies", 1), "childId"))
        .containsExactly("c1", "c3");
  }

  @Test
  void multiAgencyRisksShouldDefaultToTheLastNinetyDays() {
    // 2023-12-02 to 2024-03-01: c2's neglect risk of 2023-11-01 is outside.
    assertThat(column(run("multi-agency-risks", "minAgencies", 1), "childId"))
        .containsExactly("c1", "c3");
  }

  @Test
  void agenciesNotSharingShouldFindPairsWithSharedChildrenAndNoJointEvent() {
    QueryResult result = run("agencies-not-sharing", "from", FROM.toString());

    assertThat(result.rows())
        .containsExactly(
            Map.of(
                "agencyA",
                "camhs",
                "agencyB",
                "school",
                "sharedChildren",
                2L,
                "childIds",
                List.of("c1", "c3")),
            Map.of(
                "agencyA",
                "police",
                "agencyB",
                "school",
                "sharedChildren",
                2L,
                "childIds",
                List.of("c1", "c3")),
            Map.of(
                "agencyA",
                "camhs",
                "agencyB",
                "sc",
                "sharedChildren",
                1L,
                "childIds",
                List.of("c1")));
    assertThat(run("agencies-not-sharing", "from", FROM.toString(), "minChildren", 2).rows())
        .hasSize(2);
  }

  @Test
  void s20ParentalEngagementShouldGiveEachParentsLastEngagement() {
    QueryResult result = run("s20-parental-engagement");

    assertThat(column(result, "parentId")).containsExactly("dad", "mum");
    assertThat(result.rows().get(0))
        .containsEntry("childId", "c1")
        .containsEntry("placedWithId", "fc1")
        .containsEntry("placedSince", "2023-06-01")
        .containsEntry("lastEventId", "e08")
        .containsEntry("lastEngagement", "2023-08-10")
        .containsEntry("lastEngagementType", "MEETING")
        .containsEntry("daysSinceEngagement", 204L);
    assertThat(result.rows().get(1))
        .containsEntry("lastEventId", "e05")
        .containsEntry("daysSinceEngagement", 29L);
    // On 2023-08-01 neither parent had been to anything yet: never-engaged parents are listed.
    QueryResult early = run("s20-parental-engagement", "asOf", "2023-08-01");
    assertThat(column(early, "lastEngagement")).containsExactly(null, null);
  }

  @Test
  void ethnicityRecordsShouldListEachValueWithItsAgencies() {
    QueryResult result = run("ethnicity-records", "childId", "c1");

    assertThat(column(result, "value"))
        .containsExactly("White British", "Mixed White and Black Caribbean");
    assertThat(result.rows().get(0))
        .containsEntry("agencies", List.of("police", "school"))
        .containsEntry("records", 2L)
        .containsEntry("firstDate", "2024-01-08")
        .containsEntry("lastDate", "2024-02-20");
    assertThat(run("ethnicity-records").rows()).isEqualTo(result.rows());
    assertThat(run("ethnicity-records", "childId", "c2").rows()).isEmpty();
  }

  @Test
  void childTeamShouldListTheProfessionalsLeadFirstWithTheirLastActivity() {
    QueryResult c1 = run("child-team", "childId", "c1");
    QueryResult c2 = run("child-team", "childId", "c2");

    assertThat(column(c1, "professionalId")).containsExactly("cm1", "pc1", "sw1", "t1");
    assertThat(column(c1, "lastActive"))
        .containsExactly("2024-01-10", "2024-01-20", "2024-02-15", "2024-02-20");
    assertThat(column(c1, "lead")).containsOnly(false);
    assertThat(column(c2, "professionalId")).containsExactly("sw1", "t1");
    assertThat(column(c2, "lead")).containsExactly(true, false);
  }

  @Test
  void shouldAnswerNotFoundForAnUnknownQuery() {
    assertThatThrownBy(() -> queries.run("drop-everything", Map.of()))
        .isInstanceOfSatisfying(
            SgnetException.class,
            e -> assertThat(e.kind()).isEqualTo(SgnetException.Kind.NOT_FOUND))
        .hasMessageContaining("drop-everything");
  }

  @Test
  void shouldRefuseMissingMistypedAndUnknownParametersNamingThem() {
    assertInvalid(() -> queries.run("children-without-lead", Map.of()), "agencyId");
    assertInvalid(
        () -> queries.run("shared-professionals", Map.of("minChildren", "two")), "minChildren");
    assertInvalid(() -> queries.run("shared-professionals", Map.of("asOf", "2024-02-30")), "asOf");
    assertInvalid(() -> queries.run("shared-professionals", Map.of("minChidren", 2)), "minChidren");
    assertInvalid(
        () ->
            queries.run(
                "contact-history", Map.of("personA", "c1", "personB", "c2", "types", "CONTACT")),
        "types");
  }

  @Test
  void shouldApplyTheRowCapToNamedQueries() {
    NamedQueries capped =
        new NamedQueries(store, QueryLimits.DEFAULTS.withRowCap(2), Clock.systemUTC());

    QueryResult result = capped.run("most-involved-children", Map.of("asOf", "2024-03-01"));

    assertThat(result.rows()).hasSize(2);
    assertThat(result.truncated()).isTrue();
  }

  private static void assertInvalid(Runnable call, String parameter) {
    assertThatThrownBy(call::run)
        .isInstanceOfSatisfying(
            SgnetException.class,
            e -> assertThat(e.kind()).isEqualTo(SgnetException.Kind.INVALID_INPUT))
        .hasMessageContaining(parameter);
  }
}
