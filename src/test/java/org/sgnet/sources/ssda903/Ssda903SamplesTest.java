package org.sgnet.sources.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.sgnet.sources.ssda903.Ssda903AdapterTest.HAND_MADE;
import static org.sgnet.sources.ssda903.Ssda903AdapterTest.convert;
import static org.sgnet.sources.ssda903.Ssda903AdapterTest.event;
import static org.sgnet.sources.ssda903.Ssda903AdapterTest.person;
import static org.sgnet.sources.ssda903.Ssda903AdapterTest.ties;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sgnet.SgnetException;
import org.sgnet.bundle.Event;
import org.sgnet.bundle.EventType;
import org.sgnet.bundle.LegalBasis;
import org.sgnet.bundle.PersonKind;
import org.sgnet.bundle.Tie;
import org.sgnet.bundle.TieType;
import org.sgnet.sources.Conversion;
import org.sgnet.sources.SourceError;

/** The public synthetic 903 samples, end to end through the conversion. */
class Ssda903SamplesTest {

  static final Path VALIDATOR = Path.of("src/test/resources/statutory/ssda903_lac_validator");
  static final List<Path> VALIDATOR_CSV =
      List.of(
              "header.csv",
              "episodes.csv",
              "reviews.csv",
              "missing.csv",
              "sw_episodes.csv",
              "uasc.csv",
              "oc2.csv",
              "oc3.csv",
              "ad1.csv",
              "placed_for_adoption.csv",
              "previous_permanence.csv",
              "DoLo.csv")
          .stream()
          .map(VALIDATOR::resolve)
          .toList();
  static final Path LIIA = Path.of("src/test/resources/statutory/liia_tools");

  @Test
  void shouldConvertTheValidatorsXmlReturnWithoutRefusal() {
    Conversion.Result r = convert(List.of(VALIDATOR.resolve("fake_903.xml")), false);

    assertThat(r.refused()).isEmpty();
    assertThat(r.recordsByFile()).containsEntry("fake_903.xml", 2433);
    assertThat(r.bundle().people()).hasSize(636);
    assertThat(r.bundle().people()).filteredOn(p -> p.kind() == PersonKind.CHILD).hasSize(253);
    assertThat(r.bundle().ties()).hasSize(471);
    assertThat(r.bundle().events()).hasSize(1727);
    assertThat(r.bundle().events()).filteredOn(e -> e.type() == EventType.MEETING).hasSize(1206);
  }

  @Test
  void shouldRefuseExactlyTheTwoBrokenRecordsOfTheValidatorsCsvReturn() {
    // The validator's test files break two records on purpose: a social worker episode with an
    // invalid reason code and a DoLO of a child without a header (CHILD10, in both).
    Conversion.Result r = convert(VALIDATOR_CSV, true);

    assertThat(r.refused())
        .extracting(SourceError::toString)
        .containsExactly(
            "sw_episodes.csv:2: field SW_REASON: 'SWLAZY' is not a reason for social worker"
                + " change code that sgnet maps (known: ABSENC, CHCHAN, FCONTA, LEFTRL, MANAGE,"
                + " ORGRST, OTHERS, PCCHAN, SWDIED, TSPROC)",
            "DoLo.csv:2: field CHILD: names a child that no header record of the return"
                + " describes (header.csv or the XML HEADER): every child of a return needs one");
    assertThat(r.recordsByFile())
        .containsEntry("header.csv", 2675)
        .containsEntry("episodes.csv", 5050)
        .containsEntry("reviews.csv", 12582)
        .containsEntry("missing.csv", 43)
        .containsEntry("sw_episodes.csv", 1)
        .containsEntry("oc3.csv", 53);
    assertThat(r.bundle().people()).filteredOn(p -> p.kind() == PersonKind.CHILD).hasSize(2675);
    assertThat(r.bundle().people()).hasSize(6918);
    assertThat(r.bundle().ties()).hasSize(5200);
    assertThat(r.bundle().events()).hasSize(17954);
    assertThat(r.bundle().events())
        .filteredOn(e -> e.type() == EventType.RISK && "MISSING".equals(e.value()))
        .hasSize(43);
  }

  @Test
  void shouldMapOneSampleChildsPlacementsAndEvents() {
    Conversion.Result r = convert(VALIDATOR_CSV, true);

    assertThat(person(r, "903-566910").identifiers())
        .containsExactly("la-child:201:566910", "upn:D051910639385", "record:903-566910");
    assertThat(person(r, "903-566910").birthDate()).isEqualTo(LocalDate.of(2008, 3, 27));
    assertThat(ties(r, TieType.PLACED_WITH, "903-566910"))
        .extracting(Tie::toId, Tie::startDate, Tie::endDate, Tie::legalBasis)
        .containsExactly(
            tuple(
                "903.pl-566910-20160215-T2",
                LocalDate.of(2016, 2, 15),
                LocalDate.of(2017, 8, 14),
                LegalBasis.CARE_ORDER),
            tuple(
                "903.pl-566910-20170814-A3",
                LocalDate.of(2017, 8, 14),
                null,
                LegalBasis.CARE_ORDER));
    assertThat(r.bundle().events())
        .filteredOn(e -> e.subjectId().equals("903-566910"))
        .extracting(Event::id, Event::value)
        .containsExactlyInAnyOrder(
            tuple("903-566910-ethnic-20160215", "WROM"),
            tuple("903-566910-review-20170830", null),
            tuple("903-566910-review-20180729", null),
            tuple("903-566910-review-20181008", null),
            // The return's latest episode starts on 31 March 2018, the end of its year.
            tuple("903-566910-offending-20180331", "OFFENDING"),
            tuple("903-566910-substance-20180331", "SUBSTANCE_MISUSE"));
    assertThat(event(r, "903-566910-ethnic-20160215").provenance())
        .containsExactly("ssda903:header.csv:2");
  }

  @Test
  void shouldRefuseAFolderWithBothFormsOfTheReturn() {
    assertThatThrownBy(() -> convert(List.of(VALIDATOR), true))
        .isInstanceOf(SgnetException.class)
        .hasMessage(
            "fake_903.xml:1: an SSDA903 return is either its CSV files or its XML file, not both:"
                + " give one form at a time");
  }

  @Test
  void shouldReadTheLiiaEpisodesWithIsoDatesAndExtraColumns() {
    List<Path> files =
        List.of(
            HAND_MADE.resolve("liia_header.csv"),
            LIIA.resolve("SSDA903_2020_episodes.csv"),
            LIIA.resolve("SSDA903_episodes_for_testing_fixes_INPUT.csv"));

    Conversion.Result r = convert(files, false);

    assertThat(r.refused()).isEmpty();
    assertThat(r.recordsByFile())
        .containsEntry("SSDA903_2020_episodes.csv", 5)
        .containsEntry("SSDA903_episodes_for_testing_fixes_INPUT.csv", 23);
    assertThat(r.bundle().ties()).filteredOn(t -> t.type() == TieType.PLACED_WITH).hasSize(28);
    assertThat(ties(r, TieType.PLACED_WITH, "903-RULE1_BAD"))
        .extracting(Tie::startDate, Tie::legalBasis)
        .containsExactly(
            tuple(LocalDate.of(2016, 1, 13), LegalBasis.CARE_ORDER),
            tuple(LocalDate.of(2017, 8, 20), LegalBasis.CARE_ORDER),
            tuple(LocalDate.of(2019, 6, 21), LegalBasis.CARE_ORDER));
  }

  @Test
  void shouldRefuseEpisodesWithoutTheirHeaders() {
    Conversion.Result r = convert(List.of(LIIA.resolve("SSDA903_2020_episodes.csv")), true);

    assertThat(r.refused())
        .hasSize(5)
        .allSatisfy(
            e ->
                assertThat(e.message())
                    .isEqualTo(
                        "names a child that no header record of the return describes"
                            + " (header.csv or the XML HEADER): every child of a return needs"
                            + " one"));
    assertThat(r.bundle().people()).isEmpty();
  }
}
