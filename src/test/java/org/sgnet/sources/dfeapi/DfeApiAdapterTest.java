package org.sgnet.sources.dfeapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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
import org.sgnet.sources.SourceError;
import org.sgnet.sources.SourceOptions;
import org.sgnet.sources.SourceRecords;

class DfeApiAdapterTest {

  static final Path SAMPLES = Path.of("src/test/resources/sources/dfe-api");
  static final Path DEMO = Path.of("src/test/resources/statutory-dfe/children.json");

  @TempDir Path dir;

  private static Conversion.Result convert(Path file, String authority, boolean keepGoing) {
    return new Conversion(new DfeApiAdapter(), new SourceOptions(authority))
        .convert(List.of(file), List.of(), keepGoing);
  }

  private static Person person(Conversion.Result r, String id) {
    return r.bundle().people().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
  }

  private static Event event(Conversion.Result r, String id) {
    return r.bundle().events().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
  }

  private static List<Tie> ties(Conversion.Result r, TieType type, String childId) {
    return r.bundle().ties().stream()
        .filter(t -> t.type() == type)
        .filter(t -> t.fromId().equals(childId) || t.toId().equals(childId))
        .toList();
  }

  /** A payload of one child whose one episode holds the given members. */
  private Path oneEpisode(String episodeMembers) throws IOException {
    return write(
        "one.json",
        "[{\"la_child_id\": \"K1\", \"child_details\": {\"date_of_birth\": \"2015-01-01\"},"
            + " \"social_care_episodes\": [{\"social_care_episode_id\": \"E1\","
            + " \"referral_date\": \"2024-01-02\", "
            + episodeMembers
            + "}]}]");
  }

  private Path write(String name, String json) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, json, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void shouldConvertTheSmallAuthorityWithoutRefusals() {
    Conversion.Result r = convert(SAMPLES.resolve("small-authority.json"), "201", false);

    assertThat(r.refused()).isEmpty();
    assertThat(r.bundle().agencies())
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.id()).isEqualTo("la-201");
              assertThat(a.name()).isEqualTo("Local authority 201 children's social care");
            });
    assertThat(r.bundle().people()).hasSize(12);
    assertThat(r.bundle().people().stream().filter(p -> p.kind() == PersonKind.CHILD))
        .extracting(Person::id)
        .containsExactly("dfe-C1001", "dfe-C1002", "dfe-C1003", "dfe-C1004", "dfe-C1006");
    assertThat(r.bundle().ties()).hasSize(10);
    assertThat(r.bundle().events()).hasSize(25);
    // 6 children, 6 episodes, 5 workers, 2 assessments, 1 CIN plan, 1 s47, 1 CP plan,
    // 5 placements, 1 adoption, 1 care leaver, 1 SDQ
    assertThat(r.recordsByFile()).containsEntry("small-authority.json", 30);
  }

  @Test
  void shouldMapTheChildsDetailsToIdentifiersAndEthnicity() {
    Conversion.Result r = convert(SAMPLES.resolve("small-authority.json"), "201", false);

    Person amber = person(r, "dfe-C1001");
    assertThat(amber.name()).isEqualTo("Amber Testcase");
    assertThat(amber.birthDate()).hasToString("2012-05-04");
    assertThat(amber.postcode()).isEqualTo("ZZ1 1AA");
    assertThat(amber.identifiers())
        .containsExactly("la-child:201:C1001", "upn:A123456789012", "record:dfe-C1001");
    assertThat(amber.provenance()).containsExactly("dfe-api:small-authority.json:/0 (line 2)");
    Event ethnicity = event(r, "dfe-C1001.eth");
    assertThat(ethnicity.type()).isEqualTo(EventType.ETHNICITY_RECORDED);
    assertThat(ethnicity.value()).isEqualTo("WBRI");
    assertThat(ethnicity.date()).hasToString("2023-01-10");
    assertThat(ethnicity.provenance())
        .containsExactly("dfe-api:small-authority.json:/0/child_details/ethnicity (line 11)");
    // "UN2" is a reason the UPN is unknown, not a UPN
    assertThat(person(r, "dfe-C1003").identifiers())
        .containsExactly("la-child:201:C1003", "record:dfe-C1003");
    // the payload names no one here: the resolver shows the child by kind and id
    assertThat(person(r, "dfe-C1003").name()).isEqualTo("Child dfe-C1003");
    assertThat(person(r, "dfe-C1004").identifiers()).contains("upn:D123456789012");
    // NOBT says no ethnicity was obtained: no event
    assertThat(r.bundle().events()).extracting(Event::id).doesNotContain("dfe-C1004.eth");
  }

  @Test
  void shouldTakeTheAuthorityFromTheOptionsWhenNoneIsGiven() {
    Conversion.Result r =
        new Conversion(new DfeApiAdapter(), SourceOptions.defaults())
            .convert(List.of(SAMPLES.resolve("small-authority.json")), List.of(), false);

    assertThat(r.bundle().agencies()).extracting(a -> a.id()).containsExactly("la-local");
    assertThat(person(r, "dfe-C1002").identifiers()).contains("la-child:local:C1002");
  }

  @Test
  void shouldMapCareWorkersToInvolvedProfessionalsWithTheirSweNumber() {
    Conversion.Result r = convert(SAMPLES.resolve("small-authority.json"), "201", false);

    Person sw = person(r, "dfe.worker-SW100002");
    assertThat(sw.kind()).isEqualTo(PersonKind.PROFESSIONAL);
    assertThat(sw.agencyId()).isEqualTo("la-201");
    assertThat(sw.name()).isEqualTo("Professional dfe.worker-SW100002");
    assertThat(sw.role()).isEqualTo("Social worker");
    assertThat(sw.identifiers()).containsExactly("swe:SW100002", "record:dfe.worker-SW100002");
    // an id that is no SWE number is kept, but joins nobody
    assertThat(person(r, "dfe.worker-W-77").identifiers())
        .containsExactly("record:dfe.worker-W-77");
    assertThat(person(r, "dfe.worker-W-77").role()).isEqualTo("Social care worker");
    List<Tie> involved = ties(r, TieType.INVOLVED, "dfe-C1001");
    assertThat(involved)
        .extracting(
            Tie::fromId, t -> String.valueOf(t.startDate()), t -> String.valueOf(t.endDate()))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("dfe.worker-SW100001", "2023-01-10", "2023-06-30"),
            org.assertj.core.groups.Tuple.tuple("dfe.worker-SW100002", "2023-07-01", "null"));
    assertThat(involved.get(0).lead()).isFalse();
    assertThat(involved.get(0).provenance())
        .containsExactly(
            "dfe-api:small-authority.json:/0/social_care_episodes/0/care_worker_details/0 (line 24)");
  }

  @Test
  void shouldPlaceSiblingsInOneFosterHomeWithOneCarer() {
    Conversion.Result r = convert(SAMPLES.resolve("small-authority.json"), "201", false);

    Tie amber = ties(r, TieType.PLACED_WITH, "dfe-C1001").get(0);
    Tie basil = ties(r, TieType.PLACED_WITH, "dfe-C1002").get(0);
    assertThat(amber.toId()).isEqualTo(basil.toId()).startsWith("dfe.place-U4-");
    assertThat(amber.toId()).doesNotContain("ZZ9");
    assertThat(amber.legalBasis()).isEqualTo(LegalBasis.CARE_ORDER);
    assertThat(amber.extra())
        .containsEntry("x_placement_type", "U4")
        .containsEntry("x_legal_basis_from", "assumed");
    assertThat(person(r, amber.toId()).kind()).isEqualTo(PersonKind.CARER);
    assertThat(person(r, amber.toId()).name()).isEqualTo("Carer " + amber.toId());
  }

  @Test
  void shouldMapEachPlacementOfAChildToItsOwnBasis() {
    Conversion.Result r = convert(SAMPLES.resolve("small-authority.json"), "201", false);

    assertThat(ties(r, TieType.PLACED_WITH, "dfe-C1003"))
        .singleElement()
        .satisfies(
            t -> {
              assertThat(t.legalBasis()).isEqualTo(LegalBasis.KINSHIP);
              assertThat(t.endDate()).hasToString("2023-05-31");
              assertThat(t.extra()).containsEntry("x_legal_basis_from", "placement type");
            });
    assertThat(ties(r, TieType.PLACED_WITH, "dfe-C1004"))
        .extracting(Tie::toId, Tie::legalBasis)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("dfe.place-C1004.P1004A", LegalBasis.RESIDENTIAL),
            org.assertj.core.groups.Tuple.tuple("dfe.parents-C1004", LegalBasis.HOME));
    assertThat(person(r, "dfe.parents-C1004").kind()).isEqualTo(PersonKind.FAMILY);
    assertThat(person(r, "dfe.place-C1004.P1004A").kind()).isEqualTo(PersonKind.OTHER);
    assertThat(person(r, "dfe.place-C1004.P1004A").role()).isEqualTo("Children's home");
  }

  @Test
  void shouldMapAssessmentsEnquiriesAndPlansToTheChronology() {
    Conversion.Result r = convert(SAMPLES.resolve("small-authority.json"), "201", false);

    Map<String, Event> amber =
        r.bundle().events().stream()
            .filter(e -> e.subjectId().equals("dfe-C1001"))
            .collect(Collectors.toMap(Event::id, e -> e));
    assertThat(amber.keySet())
        .containsExactlyInAnyOrder(
            "dfe-C1001.eth",
            "dfe-C1001.ref.E1001",
            "dfe-C1001.cfa.A1001",
            "dfe-C1001.cfa.A1001.1B",
            "dfe-C1001.cfa.A1001.3B",
            "dfe-C1001.cfa.A1001.5A",
            "dfe-C1001.cin.CIN1001.start",
            "dfe-C1001.cin.CIN1001.end",
            "dfe-C1001.s47.S1001.strategy",
            "dfe-C1001.s47.S1001.icpc",
            "dfe-C1001.s47.S1001.end",
            "dfe-C1001.cpp.CP1001.start");
    Event assessment = amber.get("dfe-C1001.cfa.A1001");
    assertThat(assessment.type()).isEqualTo(EventType.ASSESSMENT);
    assertThat(assessment.date()).hasToString("2023-02-20");
    assertThat(assessment.agencyId()).isEqualTo("la-201");
    assertThat(assessment.summary())
        .isEqualTo(
            "Child and family assessment; factors: 1B alcohol misuse by a parent or carer,"
                + " 3B domestic abuse: a parent or carer, 5A learning disability of the child");
    assertThat(amber.get("dfe-C1001.cfa.A1001.3B").value()).isEqualTo("DOMESTIC_ABUSE");
    assertThat(amber.get("dfe-C1001.s47.S1001.strategy").subtype())
        .isEqualTo(MeetingSubtype.STRATEGY);
    assertThat(amber.get("dfe-C1001.s47.S1001.icpc").subtype())
        .isEqualTo(MeetingSubtype.RISK_MANAGEMENT);
    assertThat(amber.get("dfe-C1001.s47.S1001.end").value())
        .isEqualTo("Section 47 enquiry ended: initial child protection conference required");
    assertThat(amber.get("dfe-C1001.cpp.CP1001.start").value())
        .isEqualTo("Child protection plan started");
    assertThat(amber.get("dfe-C1001.ref.E1001").summary())
        .isEqualTo("Referral to children's social care by a school");
    assertThat(event(r, "dfe-C1003.close.E1003").value())
        .isEqualTo("Social care episode closed: closed after assessment, no further action");
    assertThat(event(r, "dfe-C1004.sdq.2023-09-01").summary())
        .isEqualTo("Strengths and difficulties questionnaire, score 17");
    assertThat(event(r, "dfe-C1004.adopt.E1004.decision").type()).isEqualTo(EventType.DECISION);
  }

  @Test
  void shouldHonourPurgeFlags() {
    Conversion.Result r = convert(SAMPLES.resolve("small-authority.json"), "201", false);

    // the whole child purged: nothing of them
    assertThat(r.bundle().people()).extracting(Person::id).doesNotContain("dfe-C1005");
    // the child's details purged: the child without name, birth date or ethnicity
    Person c1006 = person(r, "dfe-C1006");
    assertThat(c1006.name()).isEqualTo("Child dfe-C1006");
    assertThat(c1006.birthDate()).isNull();
    assertThat(c1006.identifiers()).containsExactly("la-child:201:C1006", "record:dfe-C1006");
    assertThat(r.bundle().events().stream().filter(e -> e.subjectId().equals("dfe-C1006")))
        .extracting(Event::id)
        .containsExactly("dfe-C1006.ref.E1006", "dfe-C1006.nfa.E1006");
    assertThat(event(r, "dfe-C1006.nfa.E1006").value())
        .isEqualTo("No further action after the referral");
  }

  @Test
  void shouldGiveTheSameIdsWhenReadTwice() {
    Conversion.Result a = convert(SAMPLES.resolve("small-authority.json"), "201", false);
    Conversion.Result b = convert(SAMPLES.resolve("small-authority.json"), "201", false);

    assertThat(b.bundle().people())
        .extracting(Person::id)
        .isEqualTo(a.bundle().people().stream().map(Person::id).toList());
    assertThat(b.bundle().events())
        .extracting(Event::id)
        .isEqualTo(a.bundle().events().stream().map(Event::id).toList())
        .doesNotHaveDuplicates();
  }

  @Test
  void shouldRefuseEachBadRecordOfTheErrorsPayloadAndKeepTheRest() {
    Conversion.Result r = convert(SAMPLES.resolve("errors.json"), "201", true);

    assertThat(r.refused())
        .extracting(SourceError::toString)
        .containsExactly(
            "errors.json:/0 (line 2): field la_child_id: must not be empty",
            "errors.json:/1/child_details (line 8): field date_of_birth: is not a date"
                + " (dd/mm/yyyy or yyyy-mm-dd)",
            "errors.json:/1/child_details (line 8): field unique_pupil_number: is not a UPN:"
                + " expected 13 letters and digits",
            "errors.json:/2/child_details/ethnicity (line 16): field ethnicity: 'ZZZZ' is not"
                + " a CIN ethnicity code that sgnet maps (known: ABAN, AIND, AOTH, APKN, BAFR, BCRB,"
                + " BOTH, CHNE, MOTH, MWAS, MWBA, MWBC, NOBT, OOTH, REFU, WBRI, WIRI, WIRT,"
                + " WOTH, WROM)",
            "errors.json:/2/social_care_episodes/0/care_worker_details/0 (line 23): field"
                + " end_date: is before start_date",
            "errors.json:/2/social_care_episodes/0/child_and_family_assessments/0 (line 27):"
                + " field factors: '99Z' is not a factor code that sgnet maps (known: "
                + String.join(", ", new java.util.TreeSet<>(DfeCodes.FACTORS.keySet()))
                + ")",
            "errors.json:/2/social_care_episodes/0/child_in_need_plans/0 (line 30): field"
                + " start_date: must not be empty: expected a date (dd/mm/yyyy or yyyy-mm-dd)",
            "errors.json:/2/social_care_episodes/0/section_47_assessments/0 (line 33): field"
                + " icpc_date: is given but icpc_required_flag is false",
            "errors.json:/2/social_care_episodes/0/child_looked_after_placements/0 (line 36):"
                + " field placement_type: 'XX' is not a SSDA903 placement type code that sgnet"
                + " maps (known: "
                + String.join(", ", new java.util.TreeSet<>(DfeCodes.PLACEMENT_TYPES.keySet()))
                + ")",
            "errors.json:/2/social_care_episodes/1 (line 40): field referral_date: is not a"
                + " date (dd/mm/yyyy or yyyy-mm-dd)",
            "errors.json:/3 (line 47): is not a JSON object: expected a record of the schema");
    // what is sound is kept: the child with the bad ethnicity, one worker, one placement
    assertThat(person(r, "dfe-C2003").birthDate()).hasToString("2016-06-14");
    assertThat(r.bundle().people())
        .extracting(Person::id)
        .containsExactlyInAnyOrder("dfe-C2003", "dfe.worker-SW200002", "dfe.place-C2003.P2003B");
    assertThat(r.bundle().events()).extracting(Event::id).containsExactly("dfe-C2003.ref.E2003");
  }

  @Test
  void shouldNeverQuotePersonalValuesInErrors() {
    Conversion.Result r = convert(SAMPLES.resolve("errors.json"), "201", true);

    assertThat(r.refused()).isNotEmpty();
    for (SourceError e : r.refused()) {
      assertThat(e.toString())
          .doesNotContain(
              "SECRET12",
              "Secret",
              "Nameless",
              "31/02/2015",
              "2016-01-01",
              "14/06/2016",
              "not a date\"",
              "NO-LA-ID");
    }
  }

  @Test
  void shouldFailTheWholeConversionOnAnyRefusalWhenNotKeepingGoing() {
    assertThatThrownBy(() -> convert(SAMPLES.resolve("errors.json"), "201", false))
        .isInstanceOf(org.sgnet.sources.SourceInvalidException.class)
        .hasMessageContaining("11 error(s)");
  }

  @Test
  void shouldConvertTheDemoPayloadOfTenChildren() {
    Conversion.Result r = convert(DEMO, "999", false);

    assertThat(r.refused()).isEmpty();
    assertThat(r.bundle().people().stream().filter(p -> p.kind() == PersonKind.CHILD)).hasSize(10);
    assertThat(r.bundle().people().stream().filter(p -> p.kind() == PersonKind.PROFESSIONAL))
        .hasSize(3);
    // Ada and Ben share a foster home, Evie and Finn another
    assertThat(ties(r, TieType.PLACED_WITH, "dfe-D3001").get(0).toId())
        .isEqualTo(ties(r, TieType.PLACED_WITH, "dfe-D3002").get(0).toId());
    assertThat(ties(r, TieType.PLACED_WITH, "dfe-D3005").get(0).toId())
        .isEqualTo(ties(r, TieType.PLACED_WITH, "dfe-D3006").get(0).toId());
    assertThat(r.bundle().ties().stream().filter(t -> t.type() == TieType.INVOLVED)).hasSize(15);
    assertThat(r.bundle().events().stream().filter(e -> e.type() == EventType.RISK))
        .extracting(Event::value)
        .contains("CSE", "MISSING", "SELF_HARM", "OFFENDING", "NEGLECT", "DOMESTIC_ABUSE");
    assertThat(r.bundle().events().stream().filter(e -> e.subjectId().equals("dfe-D3003")))
        .extracting(Event::type)
        .containsExactlyInAnyOrder(
            EventType.ETHNICITY_RECORDED,
            EventType.CIRCUMSTANCES_CHANGED,
            EventType.ASSESSMENT,
            EventType.RISK,
            EventType.RISK,
            EventType.RISK,
            EventType.MEETING,
            EventType.MEETING,
            EventType.DECISION,
            EventType.DECISION);
  }

  @Test
  void shouldReadAFolderOfPayloads() {
    SourceRecords records = new DfeApiAdapter().read(List.of(SAMPLES), new SourceOptions("201"));

    assertThat(records.recordsByFile()).containsOnlyKeys("errors.json", "small-authority.json");
  }

  @Test
  void shouldReadAByteOrderMarkCrlfAndUkDates() throws IOException {
    String json =
        "\uFEFF[\r\n  {\r\n    \"la_child_id\": \"B1\",\r\n    \"child_details\": {\r\n"
            + "      \"date_of_birth\": \"04/05/2012\",\r\n      \"ethnicity\": \"WBRI\"\r\n"
            + "    }\r\n  }\r\n]\r\n";
    Path file = dir.resolve("bom.json");
    Files.write(file, json.getBytes(StandardCharsets.UTF_8));

    Conversion.Result r = convert(file, "201", false);

    assertThat(person(r, "dfe-B1").birthDate()).hasToString("2012-05-04");
    assertThat(event(r, "dfe-B1.eth").date()).hasToString("2012-05-04");
    assertThat(event(r, "dfe-B1.eth").provenance())
        .containsExactly("dfe-api:bom.json:/0/child_details/ethnicity (line 6)");
  }

  @Test
  void shouldRefuseAFileWhoseTopLevelIsNotAList() throws IOException {
    Path file = write("object.json", "{\"la_child_id\": \"X\"}");

    assertThatThrownBy(() -> convert(file, "201", true))
        .isInstanceOf(SgnetException.class)
        .hasMessage(
            "object.json:1: not a DfE children's social care API payload: the top level is not a"
                + " list of children")
        .extracting(e -> ((SgnetException) e).kind())
        .isEqualTo(SgnetException.Kind.INVALID_INPUT);
  }

  @Test
  void shouldRefuseAFileThatIsNotJson() throws IOException {
    Path file = write("episodes.json", "CHILD,DECOM\n566910,15/02/2016\n");

    assertThatThrownBy(() -> convert(file, "201", true))
        .isInstanceOf(SgnetException.class)
        .hasMessageStartingWith(
            "episodes.json:1: not a DfE children's social care API payload: not valid JSON")
        .hasMessageNotContaining("566910");
  }

  @Test
  void shouldRefuseAListOfSomethingElse() throws IOException {
    Path file = write("other.json", "[{\"name\": \"x\", \"id\": 1}]");

    assertThatThrownBy(() -> convert(file, "201", true))
        .isInstanceOf(SgnetException.class)
        .hasMessageContaining("other.json:1: not a DfE children's social care API payload:")
        .hasMessageContaining("the first item has none of");
  }

  @Test
  void shouldAcceptAnEmptyPayload() throws IOException {
    Conversion.Result r = convert(write("empty.json", "[]"), "201", false);

    assertThat(r.bundle().people()).isEmpty();
    assertThat(r.refused()).isEmpty();
  }

  @Test
  void shouldRefuseAMemberOfTheWrongJsonType() throws IOException {
    Path file =
        write(
            "types.json",
            "[{\"la_child_id\": \"T1\", \"child_details\": {\"first_name\": [\"x\"],"
                + " \"uasc_flag\": \"maybe\"}}]");

    Conversion.Result r = convert(file, "201", true);

    assertThat(r.refused())
        .extracting(SourceError::toString)
        .containsExactly(
            "types.json:/0/child_details (line 1): field first_name: is a list or an object:"
                + " expected a single value",
            "types.json:/0/child_details (line 1): field uasc_flag: is not a boolean (true or"
                + " false)");
  }

  @Test
  void shouldKeepLongIdsWithinTheBundleLimit() throws IOException {
    String longChild = "C".repeat(36);
    String longAssessment = "A".repeat(36);
    Path file =
        write(
            "long.json",
            "[{\"la_child_id\": \""
                + longChild
                + "\", \"social_care_episodes\": [{\"social_care_episode_id\": \"E\","
                + " \"child_and_family_assessments\": [{\"child_and_family_assessment_id\": \""
                + longAssessment
                + "\", \"authorisation_date\": \"2024-01-01\", \"factors\": [\"16A\"]}]}]}]");

    Conversion.Result r = convert(file, "201", false);

    assertThat(r.bundle().events()).hasSize(2);
    assertThat(r.bundle().events())
        .extracting(Event::id)
        .allSatisfy(id -> assertThat(id).hasSizeLessThanOrEqualTo(64).startsWith("dfe.h.cfa."))
        .doesNotHaveDuplicates();
  }

  @ParameterizedTest
  @CsvSource({
    "1A, SUBSTANCE_MISUSE",
    "1B, SUBSTANCE_MISUSE",
    "1C, SUBSTANCE_MISUSE",
    "2A, SUBSTANCE_MISUSE",
    "2B, SUBSTANCE_MISUSE",
    "2C, SUBSTANCE_MISUSE",
    "3A, DOMESTIC_ABUSE",
    "3B, DOMESTIC_ABUSE",
    "3C, DOMESTIC_ABUSE",
    "4A, OTHER",
    "4B, OTHER",
    "4C, OTHER",
    "5A, OTHER",
    "5B, OTHER",
    "5C, OTHER",
    "6A, OTHER",
    "6B, OTHER",
    "6C, OTHER",
    "7A, OTHER",
    "8B, OTHER",
    "8C, OTHER",
    "8D, OTHER",
    "8E, OTHER",
    "8F, OTHER",
    "9A, OTHER",
    "10A, MISSING",
    "11A, CSE",
    "12A, OTHER",
    "13A, OFFENDING",
    "14A, OTHER",
    "15A, SELF_HARM",
    "16A, NEGLECT",
    "17A, OTHER",
    "18B, OTHER",
    "18C, OTHER",
    "19B, OTHER",
    "19C, OTHER",
    "20, OTHER",
    "21, ",
    "22A, OTHER",
    "23A, OTHER",
    "24A, OFFENDING"
  })
  void shouldMapEveryAssessmentFactorToItsRiskCategory(String code, String category)
      throws IOException {
    Path file =
        oneEpisode(
            "\"child_and_family_assessments\": [{\"child_and_family_assessment_id\": \"A1\","
                + " \"authorisation_date\": \"2024-01-03\", \"factors\": [\""
                + code
                + "\"]}]");

    Conversion.Result r = convert(file, "201", false);

    List<Event> risks =
        r.bundle().events().stream().filter(e -> e.type() == EventType.RISK).toList();
    if (category == null) {
      assertThat(risks).isEmpty();
    } else {
      assertThat(risks)
          .singleElement()
          .satisfies(
              e -> {
                assertThat(e.value()).isEqualTo(category);
                assertThat(e.id()).isEqualTo("dfe-K1.cfa.A1." + code);
                assertThat(e.date()).hasToString("2024-01-03");
              });
    }
    assertThat(event(r, "dfe-K1.cfa.A1").summary()).contains(code + " ");
  }

  @Test
  void shouldHaveATestRowForEveryFactorCode() {
    assertThat(DfeCodes.FACTORS).hasSize(42);
    assertThat(DfeCodes.PLACEMENT_TYPES).hasSize(27);
    assertThat(DfeCodes.REFERRAL_SOURCES).hasSize(22);
    assertThat(DfeCodes.CLOSURE_REASONS).hasSize(9);
    assertThat(DfeCodes.ETHNICITIES).hasSize(20);
  }

  @ParameterizedTest
  @CsvSource({
    "A3, CARE_ORDER, CARER, assumed", "A4, CARE_ORDER, CARER, assumed",
    "A5, CARE_ORDER, CARER, assumed", "A6, CARE_ORDER, CARER, assumed",
    "H5, RESIDENTIAL, OTHER, placement type", "K1, RESIDENTIAL, OTHER, placement type",
    "K2, RESIDENTIAL, OTHER, placement type", "P1, HOME, FAMILY, placement type",
    "P2, CARE_ORDER, OTHER, assumed", "P3, RESIDENTIAL, OTHER, placement type",
    "R1, RESIDENTIAL, OTHER, placement type", "R2, RESIDENTIAL, OTHER, placement type",
    "R3, RESIDENTIAL, OTHER, placement type", "R5, RESIDENTIAL, OTHER, placement type",
    "S1, RESIDENTIAL, OTHER, placement type", "T0, CARE_ORDER, OTHER, assumed",
    "T1, CARE_ORDER, OTHER, assumed", "T2, CARE_ORDER, OTHER, assumed",
    "T3, CARE_ORDER, OTHER, assumed", "T4, CARE_ORDER, OTHER, assumed",
    "U1, KINSHIP, CARER, placement type", "U2, KINSHIP, CARER, placement type",
    "U3, KINSHIP, CARER, placement type", "U4, CARE_ORDER, CARER, assumed",
    "U5, CARE_ORDER, CARER, assumed", "U6, CARE_ORDER, CARER, assumed",
    "Z1, CARE_ORDER, OTHER, assumed"
  })
  void shouldMapEveryPlacementTypeToALegalBasisAndCarer(
      String code, LegalBasis basis, PersonKind with, String from) throws IOException {
    Path file =
        oneEpisode(
            "\"child_looked_after_placements\": [{\"child_looked_after_placement_id\": \"P1\","
                + " \"start_date\": \"2024-02-01\", \"placement_type\": \""
                + code.toLowerCase(java.util.Locale.ROOT)
                + "\"}]");

    Conversion.Result r = convert(file, "201", false);

    Tie placed = ties(r, TieType.PLACED_WITH, "dfe-K1").get(0);
    assertThat(placed.legalBasis()).isEqualTo(basis);
    assertThat(placed.extra())
        .containsEntry("x_placement_type", code)
        .containsEntry("x_legal_basis_from", from);
    assertThat(person(r, placed.toId()).kind()).isEqualTo(with);
  }

  @ParameterizedTest
  @CsvSource({
    "1A, 'a family member, relative or carer'",
    "1B, an acquaintance",
    "1C, the child",
    "1D, another individual",
    "2A, a school",
    "2B, education services",
    "3A, a GP",
    "3B, a health visitor",
    "3C, a school nurse",
    "3D, other primary health services",
    "3E, an accident and emergency department",
    "3F, other health services",
    "4, housing",
    "5A, social care services",
    "5B, another local authority department",
    "5C, another local authority",
    "5D, early help",
    "6, the police",
    "7, another legal agency",
    "8, another agency",
    "9, an anonymous referrer",
    "10, an unknown source"
  })
  void shouldNameEveryReferralSource(String code, String who) throws IOException {
    Path file = oneEpisode("\"referral_source\": \"" + code + "\"");

    Conversion.Result r = convert(file, "201", false);

    Event referral = event(r, "dfe-K1.ref.E1");
    assertThat(referral.type()).isEqualTo(EventType.CIRCUMSTANCES_CHANGED);
    assertThat(referral.summary()).isEqualTo("Referral to children's social care by " + who);
  }

  @ParameterizedTest
  @CsvSource({
    "RC1, adopted",
    "RC2, died",
    "RC3, child arrangements order",
    "RC4, special guardianship order",
    "RC5, transferred to another local authority",
    "RC6, transferred to adult social care",
    "RC7, services ceased for another reason",
    "RC8, 'closed after assessment, no further action'",
    "RC9, 'closed after assessment, referred to early help'"
  })
  void shouldMapEveryClosureReasonToTheClosingDecision(String code, String reason)
      throws IOException {
    Path file =
        oneEpisode("\"closure_date\": \"2024-03-01\", \"closure_reason\": \"" + code + "\"");

    Conversion.Result r = convert(file, "201", false);

    Event closed = event(r, "dfe-K1.close.E1");
    assertThat(closed.type()).isEqualTo(EventType.DECISION);
    assertThat(closed.date()).hasToString("2024-03-01");
    assertThat(closed.value()).isEqualTo("Social care episode closed: " + reason);
  }

  @ParameterizedTest
  @CsvSource({
    "WBRI, WBRI", "WIRI, WIRI", "WIRT, WIRT", "WOTH, WOTH", "WROM, WROM", "MWBC, MWBC",
    "MWBA, MWBA", "MWAS, MWAS", "MOTH, MOTH", "AIND, AIND", "APKN, APKN", "ABAN, ABAN",
    "AOTH, AOTH", "BCRB, BCRB", "BAFR, BAFR", "BOTH, BOTH", "CHNE, CHNE", "OOTH, OOTH",
    "wbri, WBRI", "REFU, ", "NOBT, "
  })
  void shouldRecordEveryEthnicityCodeAsWritten(String code, String recorded) throws IOException {
    Path file =
        write(
            "eth.json",
            "[{\"la_child_id\": \"K1\", \"child_details\": {\"date_of_birth\": \"2015-01-01\","
                + " \"ethnicity\": \""
                + code
                + "\"}}]");

    Conversion.Result r = convert(file, "201", false);

    if (recorded == null) {
      assertThat(r.bundle().events()).isEmpty();
    } else {
      assertThat(event(r, "dfe-K1.eth").value()).isEqualTo(recorded);
      assertThat(event(r, "dfe-K1.eth").date()).hasToString("2015-01-01");
    }
  }

  @ParameterizedTest
  @CsvSource({
    "'\"start_date\": \"2024-01-01\", \"icpc_required_flag\": false, \"end_date\": \"2024-01-09\"',"
        + " 'Section 47 enquiry ended: no conference required'",
    "'\"start_date\": \"2024-01-01\", \"end_date\": \"2024-01-09\"', 'Section 47 enquiry ended'"
  })
  void shouldSayWhetherAnEnquiryEndedWithAConference(String members, String ended)
      throws IOException {
    Path file =
        oneEpisode(
            "\"section_47_assessments\": [{\"section_47_assessment_id\": \"S1\", "
                + members
                + "}]");

    Conversion.Result r = convert(file, "201", false);

    assertThat(event(r, "dfe-K1.s47.S1.end").value()).isEqualTo(ended);
    assertThat(r.bundle().events()).extracting(Event::id).doesNotContain("dfe-K1.s47.S1.icpc");
  }
}
