package org.sgnet.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.io.FileUtils;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sgnet.SharedStore;
import org.sgnet.bundle.BundleReader;
import org.sgnet.demo.DemoBundle;
import org.sgnet.store.BundleImporter;
import org.sgnet.store.ImportProgress;
import org.sgnet.store.Store;

/**
 * The named queries on the Child J demo, as of its default date D = 2024-03-28 (window 2023-12-30
 * to D), against the findings its README expects.
 */
class NamedQueriesDemoIT {

  private static final LocalDate D = LocalDate.of(2024, 3, 28);

  private static Path folder;
  private static NamedQueries queries;

  @BeforeAll
  static void load() throws IOException {
    Store store = SharedStore.clear();
    folder = Files.createTempDirectory("sgnet-demo");
    Path bundle = DemoBundle.extract(folder.resolve("child-j"));
    new BundleImporter(store, 1000)
        .importBundle(new BundleReader().read(bundle), ImportProgress.NONE);
    Clock clock = Clock.fixed(D.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    queries = new NamedQueries(store, QueryLimits.DEFAULTS, clock);
  }

  @AfterAll
  static void removeFolder() {
    FileUtils.deleteQuietly(folder.toFile());
  }

  private static List<Object> column(QueryResult result, String column) {
    List<Object> values = new ArrayList<>();
    result.rows().forEach(r -> values.add(r.get(column)));
    return values;
  }

  private static Map<String, Object> rowFor(QueryResult result, String column, Object value) {
    return result.rows().stream()
        .filter(r -> value.equals(r.get(column)))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void shouldShowTheTwelveProfessionalsAndEightAgenciesAroundJWithNoLead() {
    QueryResult result = queries.run("most-involved-children", Map.of());

    assertThat(result.rows().get(0))
        .containsEntry("childId", "child-j")
        .containsEntry("professionals", 12L)
        .containsEntry("agencies", 8L)
        .containsEntry("leads", 0L);
    assertThat(column(queries.run("child-team", Map.of("childId", "child-j")), "professionalId"))
        .containsExactlyInAnyOrder(
            "p-camhs-1",
            "p-dsl-1",
            "p-gp-1",
            "p-hoy-1",
            "p-iro-1",
            "p-mfh-1",
            "p-pc-1",
            "p-sn-1",
            "p-sw-1",
            "p-tm-1",
            "p-vol-1",
            "p-yjs-1");
  }

  @Test
  void shouldFindTheCamhsAndProjectSiloAsTheOnlyPairSharingThreeChildrenWithoutTalking() {
    QueryResult result = queries.run("agencies-not-sharing", Map.of("minChildren", 3));

    assertThat(result.rows())
        .containsExactly(
            Map.of(
                "agencyA",
                "ag-camhs",
                "agencyB",
                "ag-vol",
                "sharedChildren",
                4L,
                "childIds",
                List.of("child-j", "child-k", "child-l", "child-m")));
  }

  @Test
  @SuppressWarnings("unchecked")
  void shouldFindTheRisksFourAgenciesRaisedAboutJInTheWindow() {
    Map<String, Object> j =
        rowFor(queries.run("multi-agency-risks", Map.of()), "childId", "child-j");

    assertThat(j.get("agencies")).isEqualTo(List.of("ag-camhs", "ag-police", "ag-vol", "ag-yjs"));
    assertThat((List<Object>) j.get("categories"))
        .containsExactlyInAnyOrder("CSE", "MISSING", "OFFENDING", "SELF_HARM", "SUBSTANCE_MISUSE");
  }

  @Test
  void shouldShowJsParentsOutOfTheDecisionsSinceTheAugustReview() {
    QueryResult result = queries.run("s20-parental-engagement", Map.of());

    Map<String, Object> mother = rowFor(result, "parentId", "fam-mother");
    assertThat(mother)
        .containsEntry("childId", "child-j")
        .containsEntry("lastEventId", "ev-0038")
        .containsEntry("daysSinceEngagement", 231L);
    // The father has not been part of any meeting, assessment or decision at all.
    assertThat(rowFor(result, "parentId", "fam-father")).containsEntry("lastEngagement", null);
    assertThat(column(result, "parentId")).doesNotContain("fam-partner");
  }

  @Test
  void shouldShowJAndSLastMetInNovember() {
    QueryResult result =
        queries.run(
            "contact-history",
            Map.of("personA", "child-j", "personB", "child-s", "types", List.of("CONTACT")));

    assertThat(result.rows().get(result.rows().size() - 1))
        .containsEntry("eventId", "ev-0055")
        .containsEntry("date", "2023-11-23");
  }

  @Test
  void shouldShowTheSiblingsLivingApart() {
    QueryResult result = queries.run("siblings-apart", Map.of());

    assertThat(result.rows())
        .extracting(r -> r.get("childA") + "/" + r.get("childB"))
        .containsExactly("child-j/child-s", "child-j/child-t", "child-s/child-t");
    assertThat(result.rows().get(0))
        .containsEntry("legalBasisA", List.of("S20_VOLUNTARY"))
        .containsEntry("legalBasisB", List.of("PRIVATE_FOSTERING"));
  }

  @Test
  void shouldShowTheEthnicityValuesAgenciesRecordedForJ() {
    QueryResult result = queries.run("ethnicity-records", Map.of("childId", "child-j"));

    assertThat(column(result, "value"))
        .contains(
            "Any other mixed background",
            "Black British",
            "Mixed White and Black Caribbean",
            "White British");
    assertThat(rowFor(result, "value", "Mixed White and Black Caribbean"))
        .containsEntry("agencies", List.of("ag-police", "ag-sc"));
  }

  @Test
  void shouldListJAmongSocialCaresChildrenWithoutALeadButNotK() {
    QueryResult result = queries.run("children-without-lead", Map.of("agencyId", "ag-sc"));

    assertThat(column(result, "childId")).contains("child-j").doesNotContain("child-k");
  }
}
