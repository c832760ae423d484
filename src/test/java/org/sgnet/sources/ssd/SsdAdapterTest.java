package org.sgnet.sources.ssd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sgnet.SgnetException;
import org.sgnet.bundle.Event;
import org.sgnet.bundle.EventType;
import org.sgnet.bundle.LegalBasis;
import org.sgnet.bundle.MeetingSubtype;
import org.sgnet.bundle.Person;
import org.sgnet.bundle.PersonKind;
import org.sgnet.bundle.Tie;
import org.sgnet.bundle.TieType;
import org.sgnet.sources.Conversion;
import org.sgnet.sources.SourceOptions;
import org.sgnet.sources.SourceRecords;

/** The small hand-made extract of a six-child authority, every table of it. */
class SsdAdapterTest {

  static final Path SMALL = Path.of("src/test/resources/sources/ssd/small");

  private static Conversion.Result convert() {
    return new Conversion(new SsdAdapter(), new SourceOptions("201"))
        .convert(List.of(SMALL), List.of(), false);
  }

  private static Person person(Conversion.Result r, String id) {
    return r.bundle().people().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
  }

  private static Event event(Conversion.Result r, String id) {
    return r.bundle().events().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
  }

  private static List<Tie> ties(Conversion.Result r, TieType type, String child) {
    return r.bundle().ties().stream()
        .filter(t -> t.type() == type && (t.fromId().equals(child) || t.toId().equals(child)))
        .toList();
  }

  @Test
  void shouldConvertEveryTableOfTheSmallExtractWithoutRefusal() {
    Conversion.Result r = convert();

    assertThat(r.refused()).isEmpty();
    assertThat(r.bundle().people()).hasSize(13);
    assertThat(r.bundle().people().stream().filter(p -> p.kind() == PersonKind.CHILD)).hasSize(6);
    assertThat(r.bundle().ties()).hasSize(12);
    assertThat(r.bundle().events()).hasSize(34);
    assertThat(r.bundle().agencies())
        .singleElement()
        .satisfies(a -> assertThat(a.id()).isEqualTo("la-201"));
    assertThat(r.recordsByFile())
        .containsEntry("ssd_person.csv", 6)
        .containsEntry("ssd_involvements.csv", 7);
    // An SSD table that sgnet does not import is passed over, not refused.
    assertThat(r.recordsByFile()).doesNotContainKey("ssd_sdq_scores.csv");
  }

  @Test
  void shouldGiveChildrenTheirStrongIdentifiersAndNames() {
    Conversion.Result r = convert();

    Person amy = person(r, "ssd-1001");
    assertThat(amy.name()).isEqualTo("Amy Stone");
    assertThat(amy.identifiers())
        .containsExactly(
            "la-child:201:1001", "upn:A123456789012", "nhs:9434765919", "record:ssd-1001");
    // A UPN "unknown" code is no identifier.
    assertThat(person(r, "ssd-1006").identifiers())
        .containsExactly("la-child:201:1006", "record:ssd-1006");
    // Linked identifiers: NHS number and YOT number join the child; a case number does not.
    assertThat(person(r, "ssd-1003").identifiers())
        .contains("nhs:4857773457")
        .noneMatch(i -> i.contains("CASE"));
    assertThat(person(r, "ssd-1005").identifiers()).contains("yot:201:YOT123");
  }

  @Test
  void shouldReadByteOrderMarkCrlfUkDatesAndTrailingEmptyRows() {
    Conversion.Result r = convert();

    // ssd_person.csv has a BOM, CRLF line ends, a dd/mm/yyyy date and an empty last row.
    assertThat(person(r, "ssd-1002").birthDate()).hasToString("2014-07-14");
    assertThat(person(r, "ssd-1001").provenance()).containsExactly("ssd:ssd_person.csv:2");
  }

  @Test
  void shouldMakeProfessionalsOfTheAuthorityWithTeamsAndSocialWorkEnglandNumbers() {
    Conversion.Result r = convert();

    Person priya = person(r, "ssd.prof-W1");
    assertThat(priya.agencyId()).isEqualTo("la-201");
    assertThat(priya.role()).isEqualTo("Social Worker, Assessment Team East");
    assertThat(priya.identifiers()).contains("swe:SW123456");
    // Written with a space and in lower case in the extract.
    assertThat(person(r, "ssd.prof-W4").identifiers()).contains("swe:SW777888");
    assertThat(person(r, "ssd.prof-W4").role()).isEqualTo("Social Worker, Child Protection Team");
  }

  @Test
  void shouldMapInvolvementsToInvolvedTiesWithTheAllocatedWorkerAsLead() {
    Conversion.Result r = convert();

    assertThat(ties(r, TieType.INVOLVED, "ssd-1004"))
        .extracting(Tie::fromId, Tie::lead)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("ssd.prof-W3", false),
            org.assertj.core.groups.Tuple.tuple("ssd.prof-W4", true));
    Tie ended = ties(r, TieType.INVOLVED, "ssd-1005").get(0);
    assertThat(ended.startDate()).hasToString("2022-06-01");
    assertThat(ended.endDate()).hasToString("2023-02-28");
    assertThat(ended.provenance()).containsExactly("ssd:ssd_involvements.csv:7");
  }

  @Test
  void shouldMapSection20LegalStatusToVoluntaryPlacement() {
    Conversion.Result r = convert();

    Tie amy = ties(r, TieType.PLACED_WITH, "ssd-1001").get(0);
    assertThat(amy.legalBasis()).isEqualTo(LegalBasis.S20_VOLUNTARY);
    assertThat(person(r, amy.toId()).kind()).isEqualTo(PersonKind.CARER);
    assertThat(person(r, amy.toId()).role()).isEqualTo("Foster carer");
  }

  @Test
  void shouldTakeEachEpisodesLegalBasisFromTheStatusOnItsStartDay() {
    Conversion.Result r = convert();

    assertThat(ties(r, TieType.PLACED_WITH, "ssd-1002"))
        .extracting(Tie::legalBasis, Tie::startDate, Tie::endDate)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                LegalBasis.INTERIM_CARE_ORDER,
                java.time.LocalDate.of(2023, 1, 10),
                java.time.LocalDate.of(2023, 4, 1)),
            org.assertj.core.groups.Tuple.tuple(
                LegalBasis.CARE_ORDER, java.time.LocalDate.of(2023, 4, 1), null));
  }

  @Test
  void shouldPlaceSiblingsAtTheSameProviderAndPostcodeWithOneCarer() {
    Conversion.Result r = convert();

    String amysCarer = ties(r, TieType.PLACED_WITH, "ssd-1001").get(0).toId();
    String bensFirstCarer = ties(r, TieType.PLACED_WITH, "ssd-1002").get(0).toId();
    assertThat(bensFirstCarer).isEqualTo(amysCarer).startsWith("ssd.carer-").doesNotContain("AB1");
    assertThat(ties(r, TieType.SIBLING, "ssd-1001"))
        .singleElement()
        .satisfies(
            t -> assertThat(List.of(t.fromId(), t.toId())).containsExactly("ssd-1001", "ssd-1002"));
  }

  @Test
  void shouldMapTheChronology() {
    Conversion.Result r = convert();

    Event strategy = event(r, "ssd-s47-S1");
    assertThat(strategy.type()).isEqualTo(EventType.MEETING);
    assertThat(strategy.subtype()).isEqualTo(MeetingSubtype.STRATEGY);
    assertThat(strategy.recordedBy()).isEqualTo("ssd.prof-W4");
    assertThat(event(r, "ssd-icpc-IC1").subtype()).isEqualTo(MeetingSubtype.RISK_MANAGEMENT);
    assertThat(event(r, "ssd-cpreview-CR1").subjectId()).isEqualTo("ssd-1004");
    assertThat(event(r, "ssd-clareview-RV1").subtype())
        .isEqualTo(MeetingSubtype.LOOKED_AFTER_REVIEW);
    assertThat(event(r, "ssd-clareview-RV1").subjectId()).isEqualTo("ssd-1001");
    assertThat(r.bundle().events()).noneMatch(e -> e.id().equals("ssd-clareview-RV2"));
    assertThat(event(r, "ssd-assessment-A3").date()).hasToString("2023-04-10");
    assertThat(event(r, "ssd-cpplan-CP1").type()).isEqualTo(EventType.DECISION);
    assertThat(event(r, "ssd-cpplan-CP1-NEGLECT").value()).isEqualTo("NEGLECT");
    assertThat(event(r, "ssd-referral-R6-closed").value())
        .isEqualTo("Child in need episode closed: closed after assessment, no further action");
    assertThat(event(r, "ssd-missing-MS2").value()).isEqualTo("MISSING");
    assertThat(event(r, "ssd-contact-C1").type()).isEqualTo(EventType.INFORMATION_SHARED);
  }

  @Test
  void shouldMapAssessmentFactorsToOneRiskPerCategory() {
    Conversion.Result r = convert();

    assertThat(r.bundle().events().stream().filter(e -> e.id().startsWith("ssd-factors-AF3")))
        .extracting(Event::value)
        .containsExactlyInAnyOrder("SUBSTANCE_MISUSE", "DOMESTIC_ABUSE", "OTHER");
    // A JSON object of flags: only the factors flagged yes.
    assertThat(r.bundle().events().stream().filter(e -> e.id().startsWith("ssd-factors-AF4")))
        .extracting(Event::value)
        .containsExactly("NEGLECT");
    assertThat(event(r, "ssd-factors-AF5-CSE").date()).hasToString("2022-07-01");
    assertThat(event(r, "ssd-factors-AF5-CSE").recordedBy()).isEqualTo("ssd.prof-W2");
  }

  @Test
  void shouldRecordVisitsSeenAlone() {
    Conversion.Result r = convert();

    assertThat(event(r, "ssd-cinvisit-V1").seenAlone()).isFalse();
    assertThat(event(r, "ssd-cinvisit-V2").seenAlone()).isTrue();
    // The child not seen is not seen alone.
    assertThat(event(r, "ssd-cinvisit-V3").seenAlone()).isFalse();
    assertThat(event(r, "ssd-clavisit-CLV1").seenAlone()).isTrue();
  }

  @Test
  void shouldRecordEthnicityAsWrittenOnTheChildsFirstDatedRecord() {
    Conversion.Result r = convert();

    Event cara = event(r, "ssd-ethnicity-1003-MWBC");
    assertThat(cara.type()).isEqualTo(EventType.ETHNICITY_RECORDED);
    assertThat(cara.value()).isEqualTo("MWBC");
    assertThat(cara.date()).hasToString("2023-02-20");
    // NOBT ("not yet obtained") records no ethnicity.
    assertThat(r.bundle().events()).noneMatch(e -> e.id().startsWith("ssd-ethnicity-1006"));
  }

  @Test
  void shouldGiveTheSameIdsWhenReadTwice() {
    SourceRecords first = new SsdAdapter().read(List.of(SMALL), new SourceOptions("201"));
    SourceRecords second = new SsdAdapter().read(List.of(SMALL), new SourceOptions("201"));

    assertThat(second.people().stream().map(p -> p.id()).toList())
        .isEqualTo(first.people().stream().map(p -> p.id()).toList());
    assertThat(second.events().stream().map(e -> e.row().id()).toList())
        .isEqualTo(first.events().stream().map(e -> e.row().id()).toList());
  }

  @Test
  void shouldRefuseAFileThatIsNoSsdTable(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("ssd_person.csv");
    Files.writeString(file, "child_id,name\n1,A\n");

    assertThatThrownBy(() -> new SsdAdapter().read(List.of(file), SourceOptions.defaults()))
        .isInstanceOf(SgnetException.class)
        .hasMessageStartingWith("ssd_person.csv:1: not an SSD table")
        .extracting(e -> ((SgnetException) e).kind())
        .isEqualTo(SgnetException.Kind.INVALID_INPUT);
  }

  @Test
  void shouldRefuseATableFileWithoutAColumnSgnetNeeds(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("anything.csv");
    Files.writeString(
        file, "cinv_cin_visit_id,cinv_person_id,cinv_cin_visit_date\nV1,1,2023-01-01\n");

    assertThatThrownBy(() -> new SsdAdapter().read(List.of(file), SourceOptions.defaults()))
        .isInstanceOf(SgnetException.class)
        .hasMessage(
            "anything.csv:1: not a complete ssd_cin_visits table: the header lacks"
                + " cinv_cin_visit_seen_alone");
  }
}
