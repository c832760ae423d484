package org.sgnet.sources.cin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sgnet.SgnetException;
import org.sgnet.bundle.Event;
import org.sgnet.bundle.EventType;
import org.sgnet.bundle.MeetingSubtype;
import org.sgnet.bundle.Person;
import org.sgnet.bundle.PersonKind;
import org.sgnet.bundle.Sector;
import org.sgnet.sources.Conversion;
import org.sgnet.sources.SourceError;
import org.sgnet.sources.SourceOptions;
import org.sgnet.sources.SourcePerson;
import org.sgnet.sources.SourceRecords;

class CinAdapterTest {

  static final Path HAND = Path.of("src/test/resources/sources/cin");
  static final Path SAMPLES = Path.of("src/test/resources/statutory");

  static SourceRecords read(Path... files) {
    return new CinAdapter().read(List.of(files), SourceOptions.defaults());
  }

  static Map<String, Event> eventsById(SourceRecords r) {
    return r.events().stream()
        .collect(Collectors.toMap(e -> e.row().id(), SourceRecords.Located::row));
  }

  static List<String> errors(SourceRecords r) {
    return r.errors().stream().map(SourceError::toString).toList();
  }

  @Test
  void shouldMapTheAuthorityToItsChildrensSocialCare() {
    SourceRecords r = read(HAND.resolve("valid.xml"));

    assertThat(r.agencies()).hasSize(1);
    SourceRecords.SourceAgency la = r.agencies().get(0);
    assertThat(la.id()).isEqualTo("la-999");
    assertThat(la.name()).isEqualTo("Local authority 999 children's social care");
    assertThat(la.sector()).isEqualTo(Sector.SOCIAL_CARE);
    assertThat(la.at().toString()).isEqualTo("cin:valid.xml:/Message/Header");
  }

  @Test
  void shouldMapAChildWithTheirIdentifiersAndNoName() {
    SourceRecords r = read(HAND.resolve("valid.xml"));

    assertThat(r.errors()).isEmpty();
    SourcePerson a = r.people().get(0);
    assertThat(a.id()).isEqualTo("cin-999-A100");
    assertThat(a.kind()).isEqualTo(PersonKind.CHILD);
    assertThat(a.name()).isNull();
    assertThat(a.birthDate()).isEqualTo(LocalDate.of(2012, 5, 4));
    assertThat(a.identifiers())
        .containsExactly("la-child:999:A100", "upn:K123456789012", "upn:K12345678901T");
    assertThat(a.postcode()).isNull();
    assertThat(a.at().where()).isEqualTo("/Message/Children/Child[1]");
  }

  @Test
  void shouldTakeTheExpectedBirthDateOfAnUnbornChildAndNoUnknownUpnCode() {
    SourcePerson b = read(HAND.resolve("valid.xml")).people().get(1);

    assertThat(b.id()).isEqualTo("cin-999-B200");
    assertThat(b.birthDate()).isEqualTo(LocalDate.of(2024, 6, 30));
    assertThat(b.identifiers()).containsExactly("la-child:999:B200");
  }

  @Test
  void shouldUseTheAuthorityOptionWhenTheHeaderHasNoLea(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("nolea.xml");
    Files.writeString(
        file,
        Files.readString(HAND.resolve("valid.xml"))
            .replace("<LEA>999</LEA>", "")
            .replace("<Source>", "<Source><SourceLevel>L</SourceLevel>")
            .replaceFirst("<SourceLevel>L</SourceLevel>\\s*<SourceLevel>L</SourceLevel>", ""));
    SourceRecords r = new CinAdapter().read(List.of(file), new SourceOptions("318"));

    assertThat(r.agencies().get(0).id()).isEqualTo("la-318");
    assertThat(r.people().get(0).id()).isEqualTo("cin-318-A100");
    assertThat(r.people().get(0).identifiers()).contains("la-child:318:A100");
  }

  @Test
  void shouldMapTheChronologyOfAnEpisode() {
    Map<String, Event> e = eventsById(read(HAND.resolve("valid.xml")));

    assertThat(e).hasSize(18);
    Event referral = e.get("cin-999-A100-ref-20230410");
    assertThat(referral.type()).isEqualTo(EventType.CIRCUMSTANCES_CHANGED);
    assertThat(referral.date()).isEqualTo(LocalDate.of(2023, 4, 10));
    assertThat(referral.subjectId()).isEqualTo("cin-999-A100");
    assertThat(referral.agencyId()).isEqualTo("la-999");
    assertThat(referral.recordedBy()).isNull();
    assertThat(referral.summary())
        .isEqualTo(
            "Referral to children's social care from police (ReferralSource 6),"
                + " primary need N1: abuse or neglect");
    Event closed = e.get("cin-999-A100-close-20240220");
    assertThat(closed.type()).isEqualTo(EventType.DECISION);
    assertThat(closed.value())
        .isEqualTo("Children in need episode closed (RC7: services ceased for any other reason)");
    assertThat(e.get("cin-999-B200-ref-20240105").summary()).endsWith(", no further action");
  }

  @Test
  void shouldDateAnAssessmentAtItsAuthorisationWithARiskPerFactor() {
    Map<String, Event> e = eventsById(read(HAND.resolve("valid.xml")));

    Event assessment = e.get("cin-999-A100-asm-20230411");
    assertThat(assessment.type()).isEqualTo(EventType.ASSESSMENT);
    assertThat(assessment.date()).isEqualTo(LocalDate.of(2023, 5, 15));
    assertThat(assessment.summary()).endsWith("factors identified: 3A, 11A");
    assertThat(e.get("cin-999-A100-asm-20230411-f3A").value()).isEqualTo("DOMESTIC_ABUSE");
    assertThat(e.get("cin-999-A100-asm-20230411-f11A").value()).isEqualTo("CSE");
    assertThat(e.get("cin-999-A100-asm-20230411-f11A").date()).isEqualTo(LocalDate.of(2023, 5, 15));
  }

  @Test
  void shouldMakeNoAssessmentEventBeforeAuthorisationAndNoRiskForNoFactors() {
    Map<String, Event> e = eventsById(read(HAND.resolve("valid.xml")));

    assertThat(e.keySet()).noneMatch(id -> id.contains("asm-20240301"));
  }

  @Test
  void shouldMapSection47StartToAStrategyDiscussionAndTheConferenceToARiskMeeting() {
    Map<String, Event> e = eventsById(read(HAND.resolve("valid.xml")));

    Event strategy = e.get("cin-999-A100-s47-20230525");
    assertThat(strategy.type()).isEqualTo(EventType.MEETING);
    assertThat(strategy.subtype()).isEqualTo(MeetingSubtype.STRATEGY);
    Event conference = e.get("cin-999-A100-icpc-20230612");
    assertThat(conference.subtype()).isEqualTo(MeetingSubtype.RISK_MANAGEMENT);
    assertThat(conference.summary()).isEqualTo("Initial child protection conference");
  }

  @Test
  void shouldMapAChildProtectionPlanToDecisionsRisksAndReviewConferences() {
    Map<String, Event> e = eventsById(read(HAND.resolve("valid.xml")));

    assertThat(e.get("cin-999-A100-cpp-20230612").value())
        .isEqualTo("Child protection plan started (category NEG: neglect)");
    assertThat(e.get("cin-999-A100-cpp-20230612-NEG").value()).isEqualTo("NEGLECT");
    Event latest = e.get("cin-999-A100-cpp-20230612-latest-EMO");
    assertThat(latest.value()).isEqualTo("OTHER");
    assertThat(latest.date()).isEqualTo(LocalDate.of(2024, 1, 10));
    assertThat(e.get("cin-999-A100-cppr-20230901").subtype())
        .isEqualTo(MeetingSubtype.RISK_MANAGEMENT);
    assertThat(e.get("cin-999-A100-cppr-20240110").type()).isEqualTo(EventType.MEETING);
    assertThat(e.get("cin-999-A100-cpp-20230612-end").date()).isEqualTo(LocalDate.of(2024, 2, 20));
    assertThat(e.get("cin-999-A100-cinp-20230520").value()).isEqualTo("Child in need plan started");
    assertThat(e.get("cin-999-A100-cinp-20230520-end").value())
        .isEqualTo("Child in need plan ended");
  }

  @Test
  void shouldRecordEthnicityAsWrittenOnTheChildsEarliestEntry() {
    Map<String, Event> e = eventsById(read(HAND.resolve("valid.xml")));

    Event ethnicity = e.get("cin-999-A100-eth-MWBC");
    assertThat(ethnicity.type()).isEqualTo(EventType.ETHNICITY_RECORDED);
    assertThat(ethnicity.value()).isEqualTo("MWBC");
    assertThat(ethnicity.date()).isEqualTo(LocalDate.of(2023, 4, 10));
    assertThat(e.get("cin-999-B200-eth-NOBT").date()).isEqualTo(LocalDate.of(2024, 1, 5));
  }

  @Test
  void shouldLocateEachEventAtItsRecord() {
    SourceRecords r = read(HAND.resolve("valid.xml"));

    Map<String, String> where =
        r.events().stream().collect(Collectors.toMap(e -> e.row().id(), e -> e.at().toString()));
    assertThat(where.get("cin-999-A100-asm-20230411-f3A"))
        .isEqualTo("cin:valid.xml:/Message/Children/Child[1]/CINdetails[1]/Assessments[1]");
    assertThat(where.get("cin-999-A100-cppr-20240110"))
        .isEqualTo(
            "cin:valid.xml:/Message/Children/Child[1]/CINdetails[1]/ChildProtectionPlans[1]");
    assertThat(r.recordsByFile()).containsExactly(Map.entry("valid.xml", 9));
  }

  @Test
  void shouldGiveTheSameIdsWhenReadAgainAndOneEventForAFactTwoReturnsGive() {
    SourceRecords once = read(HAND.resolve("valid.xml"));
    SourceRecords twice = read(HAND.resolve("valid.xml"));
    // The 2026 sample repeats the 2024 sample's children with one more part that is not read.
    Path y2024 = SAMPLES.resolve("cin_validator/CIN_Census_2024.xml");
    Path y2026 = SAMPLES.resolve("cin_validator/CIN_Census_2026.xml");
    SourceRecords both = read(y2024, y2026);

    assertThat(eventsById(twice).keySet()).isEqualTo(eventsById(once).keySet());
    assertThat(eventsById(both).keySet()).isEqualTo(eventsById(read(y2024)).keySet());
    assertThat(both.events()).hasSize(16);
  }

  @Test
  void shouldReadAFileWithAByteOrderMarkAndCrlfLineEnds(@TempDir Path dir) throws IOException {
    String text = Files.readString(HAND.resolve("valid.xml")).replace("\n", "\r\n");
    byte[] body = text.getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[body.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(body, 0, withBom, 3, body.length);
    Path file = dir.resolve("valid.xml");
    Files.write(file, withBom);

    SourceRecords r = read(file);

    assertThat(r.errors()).isEmpty();
    assertThat(eventsById(r)).isEqualTo(eventsById(read(HAND.resolve("valid.xml"))));
  }

  @Test
  void shouldRefuseBadRecordsAndGoOnWithTheRest() {
    SourceRecords r = read(HAND.resolve("errors.xml"));

    assertThat(errors(r))
        .containsExactly(
            "errors.xml:/Message/Children/Child[1]: field UPN: is not a UPN (a letter and 12"
                + " digits, or a letter, 11 digits and a letter)",
            "errors.xml:/Message/Children/Child[2]/CINdetails[1]: field CINreferralDate: is not a"
                + " date (dd/mm/yyyy or yyyy-mm-dd)",
            "errors.xml:/Message/Children/Child[2]/CINdetails[1]: field ReferralSource: 'ZZ' is"
                + " not a referral source code that sgnet maps (known: 10, 1A, 1B, 1C, 1D, 2A, 2B,"
                + " 3A, 3B, 3C, 3D, 3E, 3F, 4, 5A, 5B, 5C, 5D, 6, 7, 8, 9)",
            "errors.xml:/Message/Children/Child[2]/CINdetails[2]: field CINclosureDate: is before"
                + " CINreferralDate: an episode ends after it starts",
            "errors.xml:/Message/Children/Child[2]/CINdetails[2]/Assessments[1]: field"
                + " FactorsIdentifiedAtAssessment/AssessmentFactors[2]: '8A' is not a CIN"
                + " assessment factor code that sgnet maps (known: 10A, 11A, 12A, 13A, 14A, 15A,"
                + " 16A, 17A, 18B, 18C, 19B, 19C, 1A, 1B, 1C, 20, 21, 22A, 23A, 24A, 2A,"
                + " 2B, 2C, 3A, 3B, 3C, 4A, 4B, 4C, 5A, 5B, 5C, 6A, 6B, 6C, 7A, 8B, 8C, 8D, 8E,"
                + " 8F, 9A)",
            "errors.xml:/Message/Children/Child[2]/CINdetails[2]/ChildProtectionPlans[1]: field"
                + " CPPstartDate: must not be empty: expected a date (dd/mm/yyyy or yyyy-mm-dd)");
    assertThat(r.people()).extracting(SourcePerson::id).containsExactly("cin-999-E2");
    Map<String, Event> e = eventsById(r);
    assertThat(e.keySet())
        .containsExactlyInAnyOrder("cin-999-E2-s47-20240912", "cin-999-E2-eth-WBRI");
    assertThat(e.get("cin-999-E2-s47-20240912").summary())
        .isEqualTo(
            "Strategy discussion: section 47 enquiry started, initial child protection conference"
                + " not required");
    assertThat(r.recordsByFile()).containsExactly(Map.entry("errors.xml", 8));
  }

  @Test
  void shouldNeverPutPersonalValuesInErrors() {
    SourceRecords bad = read(HAND.resolve("errors.xml"));
    SourceRecords schema = read(HAND.resolve("schema-errors.xml"));

    for (SourceError error :
        List.of(bad.errors(), schema.errors()).stream().flatMap(List::stream).toList()) {
      assertThat(error.message())
          .doesNotContain("Z98765", "31/13/2024", "2024-09-01", "Q12", "2023-13-40", "E1", "S1");
    }
  }

  @Test
  void shouldRefuseRecordsThatBreakTheSchemaWithTheirLine() {
    SourceRecords r = read(HAND.resolve("schema-errors.xml"));

    assertThat(errors(r)).hasSize(2);
    assertThat(errors(r).get(0))
        .startsWith(
            "schema-errors.xml:/Message/Children/Child[1]: line 11: does not follow the CIN"
                + " census schema (2024): ")
        .contains("'upntype'");
    assertThat(errors(r).get(1))
        .startsWith(
            "schema-errors.xml:/Message/Children/Child[2]/CINdetails[1]/Assessments[1]: line 38:"
                + " does not follow the CIN census schema (2024): ")
        .contains("'date'");
    assertThat(r.people()).extracting(SourcePerson::id).containsExactly("cin-999-S2");
    assertThat(eventsById(r).keySet())
        .containsExactlyInAnyOrder("cin-999-S2-ref-20231002", "cin-999-S2-eth-WBRI");
  }

  @Test
  void shouldRefuseAFileOfAnotherCollection() {
    Path workforce = SAMPLES.resolve("liia_tools/social_work_workforce_2022.xml");

    assertThatThrownBy(() -> read(workforce))
        .isInstanceOf(SgnetException.class)
        .hasMessage(
            "social_work_workforce_2022.xml:1: not a CIN census file: expected the root element"
                + " Message with Header/Source/LEA and Children/Child, found the collection 'CSWW'")
        .extracting(t -> ((SgnetException) t).kind())
        .isEqualTo(SgnetException.Kind.INVALID_INPUT);
  }

  @Test
  void shouldRefuseAFileWithAnotherRootElementOrNoXml() {
    assertThatThrownBy(() -> read(HAND.resolve("other-root.xml")))
        .isInstanceOf(SgnetException.class)
        .hasMessageStartingWith("other-root.xml:1: not a CIN census file:")
        .hasMessageEndingWith("found 'EXPSSDA903' without Children");
    assertThatThrownBy(() -> read(HAND.resolve("not-xml.csv")))
        .isInstanceOf(SgnetException.class)
        .hasMessage(
            "not-xml.csv:1: not a CIN census file: not well-formed XML (or a DOCTYPE, which is"
                + " not read)");
  }

  @Test
  void shouldReadOnlyTheXmlFilesOfAFolder() {
    SourceRecords r = read(SAMPLES.resolve("cin_validator"));

    assertThat(r.recordsByFile().keySet())
        .containsExactly(
            "CIN_Census_2021.xml",
            "CIN_Census_2024.xml",
            "CIN_Census_2026.xml",
            "fake_CIN_data.xml");
  }

  @Test
  void shouldConvertTheHandMadeReturnIntoABundleTheReaderAccepts() {
    Conversion.Result result =
        new Conversion(new CinAdapter(), SourceOptions.defaults())
            .convert(List.of(HAND.resolve("valid.xml")), List.of(), false);

    assertThat(result.refused()).isEmpty();
    Person a =
        result.bundle().people().stream()
            .filter(p -> p.id().equals("cin-999-A100"))
            .findFirst()
            .orElseThrow();
    assertThat(a.name()).isEqualTo("Child cin-999-A100");
    assertThat(a.identifiers()).contains("record:cin-999-A100");
    assertThat(result.bundle().events()).hasSize(18);
  }
}
