package org.sgnet.sources.ssd;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sgnet.sources.Conversion;
import org.sgnet.sources.SourceError;
import org.sgnet.sources.SourceOptions;

/** The extract with deliberate errors: each bad record refused, the others kept. */
class SsdRefusalTest {

  static final Path ERRORS = Path.of("src/test/resources/sources/ssd/errors");

  private static Conversion.Result convert() {
    return new Conversion(new SsdAdapter(), new SourceOptions("201"))
        .convert(List.of(ERRORS), List.of(), true);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "people.csv:3|pers_dob|is not a date (dd/mm/yyyy or yyyy-mm-dd)",
        "people.csv:4|pers_upn|is not a UPN (a letter, 11 digits, then a digit or letter)",
        "people.csv:5|pers_ethnicity|'XXXX' is not a ethnicity code that sgnet maps",
        "people.csv:6|pers_single_unique_id|is not an NHS number (10 digits with a valid check digit)",
        "people.csv:7|pers_person_id|must not be empty",
        "people.csv:8|pers_person_id|is the id of another row of the same table",
        "legal.csv:2|lega_legal_status|'Q9' is not a legal status code that sgnet maps",
        "episodes.csv:2|clae_cla_episode_start_date|no legal status of the child in ssd_legal_status",
        "episodes.csv:3|clae_person_id|names a person who is not in ssd_person",
        "episodes.csv:4|clae_cla_episode_ceased_date|is before the start date",
        "visits.csv:2|cinv_cin_visit_seen_alone|must not be empty when the child was seen",
        "visits.csv:3|cinv_cin_visit_date|is not a date (dd/mm/yyyy or yyyy-mm-dd)",
        "visits.csv:4|cinv_cin_visit_seen_alone|says seen alone, but the visit did not see the child",
        "visits.csv:5|cinv_cin_visit_id|is the id of another row of the same table",
        "factors.csv:2|cinf_assessment_id|names an assessment that is not in ssd_cin_assessments",
        "factors2.csv:2|cinf_assessment_factors_json|has factor codes that sgnet does not map: 99Z",
        "factors2.csv:3|cinf_assessment_factors_json|is not a list of factor codes",
      })
  void shouldRefuseTheBadRecordNamingFileLineAndField(
      String location, String field, String message) {
    assertThat(convert().refused())
        .anySatisfy(
            e -> {
              assertThat(e.at().location()).isEqualTo(location);
              assertThat(e.field()).isEqualTo(field);
              assertThat(e.message()).startsWith(message);
            });
  }

  @Test
  void shouldRefuseExactlyTheBadRecordsAndKeepTheRest() {
    Conversion.Result r = convert();

    assertThat(r.refused())
        .extracting(e -> e.at().location())
        .containsExactly(
            "people.csv:3",
            "people.csv:4",
            "people.csv:5",
            "people.csv:6",
            "people.csv:7",
            "people.csv:8",
            "legal.csv:2",
            "episodes.csv:2",
            "episodes.csv:3",
            "episodes.csv:4",
            "episodes.csv:4",
            "factors.csv:2",
            "factors2.csv:2",
            "factors2.csv:3",
            "visits.csv:2",
            "visits.csv:3",
            "visits.csv:4",
            "visits.csv:5");
    // Gina (2001) and the assessment's worker remain, with the assessment.
    assertThat(r.bundle().people())
        .extracting(p -> p.id())
        .containsExactly("ssd-2001", "ssd.prof-W9");
    // The second row of id 2001 is refused, not read as more of Gina: her UPN is hers alone.
    assertThat(r.bundle().people().get(0).identifiers()).doesNotContain("upn:E123456789018");
    assertThat(r.bundle().events())
        .extracting(e -> e.id())
        .containsExactlyInAnyOrder("ssd-assessment-A1", "ssd-ethnicity-2001-WIRI");
  }

  @Test
  void shouldNameNoPersonalValueInAnyMessage() {
    for (SourceError e : convert().refused()) {
      assertThat(e.toString())
          .doesNotContain(
              "Moss", "Park", "Hal", "Ivy", "2011-13-40", "NOTAUPN42", "9434765918", "1 Feb 2023")
          .doesNotContain("E123456789");
    }
  }
}
