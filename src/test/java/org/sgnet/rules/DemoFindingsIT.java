package org.sgnet.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sgnet.bundle.Bundle;

/** The Child J demo gives the findings its README lists, as of its default date. */
class DemoFindingsIT {

  private static Bundle bundle;

  @BeforeAll
  static void load() {
    bundle = DemoBundleCsv.childJ();
    RulesTesting.load(bundle);
  }

  @Test
  void shouldFindTheSixteenFindingsOfTheDemoReadme() {
    Analysis analysis = RulesTesting.cypherOnly().analyse(RuleOptions.defaults(), Engine.CYPHER);

    assertThat(analysis.asOf()).isEqualTo(LocalDate.of(2024, 3, 28));
    assertThat(analysis.windowDays()).isEqualTo(90);
    List<Finding> f = analysis.findings();
    assertThat(f)
        .extracting(x -> x.rule().name() + " " + x.severity() + " " + x.childIds())
        .containsExactly(
            "AGENCY_SILO MEDIUM [child-j, child-k, child-l, child-m]",
            "ASSESSMENT_NOT_REVISITED MEDIUM [child-j]",
            "CHILD_REQUEST_MISATTRIBUTED LOW [child-j]",
            "CHILD_REQUEST_UNANSWERED MEDIUM [child-j]",
            "COORDINATION_GAP HIGH [child-j]",
            "COORDINATION_GAP MEDIUM [child-m]",
            "ETHNICITY_CONFLICT HIGH [child-j]",
            "ETHNICITY_NOT_RECORDED MEDIUM [child-s]",
            "NOT_SEEN_ALONE MEDIUM [child-j]",
            "NO_SINGLE_POINT_OF_CONTACT MEDIUM [child-j]",
            "PARENTAL_RESPONSIBILITY_UNEXERCISED HIGH [child-j]",
            "PROFESSIONAL_OVERLOAD HIGH [child-j]",
            "SIBLINGS_TREATED_DIFFERENTLY LOW [child-j, child-s]",
            "SIBLING_CONTACT_GAP HIGH [child-j, child-s]",
            "SINGLE_AGENCY_ASSESSMENT MEDIUM [child-j]",
            "UNCOORDINATED_RISK HIGH [child-j]");
    assertThat(f.get(0).agencyIds()).containsExactly("ag-camhs", "ag-vol");
    assertThat(f.get(1).details()).isEqualTo(Map.of("eventIds", List.of("ev-0071", "ev-0079")));
    assertThat(f.get(2).details())
        .isEqualTo(Map.of("eventId", "ev-0070", "requestEventId", "ev-0062"));
    assertThat(f.get(3).personIds()).containsExactly("child-s");
    assertThat(f.get(3).details()).isEqualTo(Map.of("eventId", "ev-0069"));
    assertThat(f.get(4).personIds()).hasSize(12);
    assertThat(f.get(4).details().get("components"))
        .isEqualTo(
            List.of(
                List.of(
                    "p-dsl-1", "p-hoy-1", "p-iro-1", "p-mfh-1", "p-pc-1", "p-sn-1", "p-sw-1",
                    "p-tm-1", "p-yjs-1"),
                List.of("p-camhs-1"),
                List.of("p-gp-1"),
                List.of("p-vol-1")));
    assertThat(f.get(5).details().get("components"))
        .isEqualTo(List.of(List.of("p-camhs-1"), List.of("p-vol-1")));
    assertThat(f.get(6).agencyIds())
        .containsExactly("ag-camhs", "ag-health", "ag-police", "ag-sc", "ag-school");
    assertThat(f.get(6).details())
        .containsEntry(
            "values",
            List.of(
                "Any other mixed background",
                "Black British",
                "Mixed White and Black Caribbean",
                "White British"))
        .containsEntry("withinAgency", List.of("ag-sc"));
    assertThat(f.get(9).agencyIds())
        .containsExactly(
            "ag-camhs",
            "ag-gp",
            "ag-health",
            "ag-police",
            "ag-sc",
            "ag-school",
            "ag-vol",
            "ag-yjs");
    assertThat(f.get(10).personIds()).containsExactly("fam-father", "fam-mother");
    assertThat(f.get(10).details()).containsEntry("daysSinceEngagement", 231L);
    assertThat(f.get(11).personIds()).hasSize(12);
    assertThat(f.get(11).agencyIds()).hasSize(8);
    assertThat(f.get(14).details()).isEqualTo(Map.of("eventId", "ev-0060"));
    assertThat(f.get(15).agencyIds()).containsExactly("ag-camhs", "ag-police", "ag-vol", "ag-yjs");
    assertThat(f.get(15).details())
        .isEqualTo(
            Map.of(
                "risks", List.of("CSE", "MISSING", "OFFENDING", "SELF_HARM", "SUBSTANCE_MISUSE")));
    assertThat(f.get(7).message()).contains("Child S");
  }

  @Test
  void shouldAgreeWithTheReferenceEvaluationAtManyDatesAndWindows() {
    Analyzer analyzer = RulesTesting.cypherOnly();
    for (LocalDate d = LocalDate.of(2023, 1, 1);
        d.isBefore(LocalDate.of(2024, 5, 1));
        d = d.plusDays(17)) {
      for (int w : new int[] {1, 30, 90, 400}) {
        RuleOptions o = RuleOptions.builder().asOf(d).windowDays(w).build();
        Analysis a = analyzer.analyse(o, Engine.CYPHER);
        assertThat(withoutText(a.findings()))
            .as("as of %s, window %d", d, w)
            .isEqualTo(withoutText(RulesTesting.reference(bundle, o, Names.none())));
      }
    }
  }

  /**
   * Many ids are named by reading every name, few by looking each up; both give the same names, and
   * an id the store does not hold shows as itself.
   */
  @Test
  void shouldNameManyIdsByReadingAllNamesAndFewByIdAlike() {
    Analyzer analyzer = RulesTesting.cypherOnly();
    List<String> unknown = new java.util.ArrayList<>();
    for (int i = 0; i < Analyzer.READ_ALL_FROM; i++) {
      unknown.add("nobody-" + i);
    }
    List<String> many = new java.util.ArrayList<>(unknown);
    many.addAll(List.of("child-j", "p-sw-1"));
    List<String> manyAgencies = new java.util.ArrayList<>(unknown);
    manyAgencies.add("ag-police");

    Names all = analyzer.names(many, manyAgencies);
    Names byId = analyzer.names(List.of("child-j", "p-sw-1"), List.of("ag-police"));

    assertThat(byId.person("child-j")).isEqualTo("Child J");
    assertThat(all.person("child-j")).isEqualTo(byId.person("child-j"));
    assertThat(all.person("p-sw-1")).isEqualTo(byId.person("p-sw-1")).isNotEqualTo("p-sw-1");
    assertThat(all.agency("ag-police"))
        .isEqualTo(byId.agency("ag-police"))
        .isNotEqualTo("ag-police");
    assertThat(all.person("nobody-7")).isEqualTo("nobody-7");
    assertThat(all.people()).hasSize(2);
    assertThat(all.agencies()).hasSize(1);
  }

  static List<String> withoutText(List<Finding> findings) {
    return findings.stream()
        .map(
            f ->
                f.rule()
                    + " "
                    + f.severity()
                    + " "
                    + f.childIds()
                    + " "
                    + f.agencyIds()
                    + " "
                    + f.personIds()
                    + " "
                    + f.details())
        .toList();
  }
}
