package org.sgnet.sources.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
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
import org.sgnet.sources.SourcePerson;
import org.sgnet.sources.SourceRecords;

class Ssda903AdapterTest {

  static final Path HAND_MADE = Path.of("src/test/resources/sources/ssda903");
  static final SourceOptions LA = new SourceOptions("201");
  static final String HEADER = "CHILD,SEX,DOB,ETHNIC,UPN";
  static final String EPISODES = "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,URN";

  @TempDir Path dir;

  // ---- the hand-made return

  @Test
  void shouldConvertTheHandMadeReturnWithoutRefusal() {
    Conversion.Result r = convert(List.of(HAND_MADE.resolve("return")), false);

    assertThat(r.refused()).isEmpty();
    assertThat(r.bundle().agencies())
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.id()).isEqualTo("la-201");
              assertThat(a.name()).isEqualTo("Local authority 201 children's social care");
            });
    assertThat(r.recordsByFile())
        .containsEntry("header.csv", 2)
        .containsEntry("episodes.csv", 5)
        .containsEntry("reviews.csv", 3)
        .containsEntry("uasc.csv", 1);
  }

  @Test
  void shouldMakeTheChildFromTheHeaderWithStrongIdentifiersOnly() {
    Conversion.Result r = convert(List.of(HAND_MADE.resolve("return")), false);

    Person a = person(r, "903-1001");
    assertThat(a.kind()).isEqualTo(PersonKind.CHILD);
    // The return names nobody: the resolver shows the child by kind and id.
    assertThat(a.name()).isEqualTo("Child 903-1001");
    assertThat(a.birthDate()).isEqualTo(LocalDate.of(2010, 2, 1));
    assertThat(a.identifiers())
        .containsExactly("la-child:201:1001", "upn:A123456789012", "record:903-1001");
    // The latest episode's home postcode, in its usual form.
    assertThat(a.postcode()).isEqualTo("AB1 2CD");
    Person b = person(r, "903-1002");
    assertThat(b.birthDate()).isEqualTo(LocalDate.of(2012, 3, 4));
    assertThat(b.identifiers()).containsExactly("la-child:201:1002", "record:903-1002");
    assertThat(b.postcode()).isNull();
  }

  @Test
  void shouldRecordTheEthnicityCodeAsWrittenAtTheFirstEpisodeStart() {
    Conversion.Result r = convert(List.of(HAND_MADE.resolve("return")), false);

    Event e = event(r, "903-1002-ethnic-20200515");
    assertThat(e.type()).isEqualTo(EventType.ETHNICITY_RECORDED);
    assertThat(e.value()).isEqualTo("BAFR");
    assertThat(e.agencyId()).isEqualTo("la-201");
    assertThat(e.provenance()).containsExactly("ssda903:header.csv:3");
  }

  @Test
  void shouldKeepTheCarerWhenOnlyTheLegalStatusChanges() {
    Conversion.Result r = convert(List.of(HAND_MADE.resolve("return")), false);

    List<Tie> placed = ties(r, TieType.PLACED_WITH, "903-1001");
    assertThat(placed)
        .extracting(Tie::toId, Tie::startDate, Tie::endDate, Tie::legalBasis)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "903.pl-1001-20200401-U6",
                LocalDate.of(2020, 4, 1),
                LocalDate.of(2020, 6, 10),
                LegalBasis.S20_VOLUNTARY),
            org.assertj.core.groups.Tuple.tuple(
                "903.pl-1001-20200401-U6",
                LocalDate.of(2020, 6, 10),
                LocalDate.of(2020, 9, 1),
                LegalBasis.INTERIM_CARE_ORDER),
            org.assertj.core.groups.Tuple.tuple(
                "903.urn-1234567", LocalDate.of(2020, 9, 1), null, LegalBasis.CARE_ORDER));
    assertThat(placed.get(0).extra())
        .containsEntry("x_legal_status", "V2")
        .containsEntry("x_placement_type", "U6");
    assertThat(placed.get(0).provenance()).containsExactly("ssda903:episodes.csv:2");
    assertThat(person(r, "903.pl-1001-20200401-U6").kind()).isEqualTo(PersonKind.CARER);
  }

  @Test
  void shouldShareAChildrensHomeByItsUrnAndPlaceWithParentsAsFamily() {
    Conversion.Result r = convert(List.of(HAND_MADE.resolve("return")), false);

    assertThat(person(r, "903.urn-1234567").kind()).isEqualTo(PersonKind.OTHER);
    assertThat(person(r, "903.urn-1234567").role()).isEqualTo("Children's home");
    assertThat(ties(r, TieType.PLACED_WITH, "903-1002"))
        .extracting(Tie::toId)
        .containsExactly("903.parent-1002", "903.urn-1234567");
    Person parent = person(r, "903.parent-1002");
    assertThat(parent.kind()).isEqualTo(PersonKind.FAMILY);
    assertThat(r.bundle().ties())
        .filteredOn(t -> t.type() == TieType.PARENT)
        .singleElement()
        .satisfies(
            t -> {
              assertThat(t.fromId()).isEqualTo("903.parent-1002");
              assertThat(t.toId()).isEqualTo("903-1002");
              assertThat(t.parentalResponsibility()).isTrue();
            });
  }

  @Test
  void shouldMapReviewsToLookedAfterReviewMeetingsWithUniqueIds() {
    Conversion.Result r = convert(List.of(HAND_MADE.resolve("return")), false);

    Event first = event(r, "903-1001-review-20200501");
    Event second = event(r, "903-1001-review-20200501-2");
    assertThat(first.type()).isEqualTo(EventType.MEETING);
    assertThat(first.subtype()).isEqualTo(MeetingSubtype.LOOKED_AFTER_REVIEW);
    assertThat(first.summary())
        .isEqualTo("Looked-after review (PN1: child attended and spoke for themself)");
    assertThat(second.extra()).containsEntry("x_review_code", "PN4");
  }

  @Test
  void shouldMapAMissingEpisodeToAMissingRisk() {
    Conversion.Result r = convert(List.of(HAND_MADE.resolve("return")), false);

    Event e = event(r, "903-1001-missing-20201005");
    assertThat(e.type()).isEqualTo(EventType.RISK);
    assertThat(e.value()).isEqualTo("MISSING");
    assertThat(e.summary()).isEqualTo("Missing from placement");
    assertThat(e.extra()).containsEntry("x_missing_end", "2020-10-07");
  }

  @Test
  void shouldMakeTheSocialWorkerAnInvolvedProfessionalWithTheirSweNumber() {
    Conversion.Result r = convert(List.of(HAND_MADE.resolve("return")), false);

    Person sw = person(r, "903.sw-SW12345");
    assertThat(sw.kind()).isEqualTo(PersonKind.PROFESSIONAL);
    assertThat(sw.agencyId()).isEqualTo("la-201");
    assertThat(sw.role()).isEqualTo("Social Worker");
    assertThat(sw.identifiers()).containsExactly("swe:SW12345", "record:903.sw-SW12345");
    // XX is the guidance's mark of a worker without a Social Work England number: no identifier.
    assertThat(person(r, "903.sw-XX99").identifiers()).containsExactly("record:903.sw-XX99");
    assertThat(ties(r, TieType.INVOLVED, null))
        .filteredOn(t -> t.toId().equals("903-1002"))
        .extracting(Tie::fromId, Tie::startDate, Tie::endDate, Tie::lead)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "903.sw-SW12345", LocalDate.of(2020, 5, 15), LocalDate.of(2020, 12, 1), false),
            org.assertj.core.groups.Tuple.tuple(
                "903.sw-XX99", LocalDate.of(2020, 12, 2), null, false));
  }

  @Test
  void shouldDateTheOc2RisksAtTheEndOfTheReturnsYear() {
    Conversion.Result r = convert(List.of(HAND_MADE.resolve("return")), false);

    // The latest date of the return is 2 December 2020, in the year that ends on 31 March 2021.
    assertThat(event(r, "903-1001-offending-20210331").value()).isEqualTo("OFFENDING");
    assertThat(event(r, "903-1001-substance-20210331").value()).isEqualTo("SUBSTANCE_MISUSE");
    assertThat(r.bundle().events()).noneMatch(e -> e.id().startsWith("903-1002-offending"));
  }

  @Test
  void shouldMapADeprivationOfLibertyOrderToADecision() {
    Conversion.Result r = convert(List.of(HAND_MADE.resolve("return")), false);

    Event e = event(r, "903-1002-dolo-20201101");
    assertThat(e.type()).isEqualTo(EventType.DECISION);
    assertThat(e.value()).isEqualTo("Deprivation of liberty order");
  }

  @Test
  void shouldGiveTheSameIdsWhenReadAgain() {
    Conversion.Result a = convert(List.of(HAND_MADE.resolve("return")), false);
    Conversion.Result b = convert(List.of(HAND_MADE.resolve("return")), false);

    assertThat(b.bundle()).isEqualTo(a.bundle());
  }

  // ---- code tables

  @ParameterizedTest
  @CsvSource({
    "C1, INTERIM_CARE_ORDER",
    "C2, CARE_ORDER",
    "D1, CARE_ORDER",
    "E1, CARE_ORDER",
    "V2, S20_VOLUNTARY",
    "V3, S20_VOLUNTARY",
    "V4, S20_VOLUNTARY",
    "L1, INTERIM_CARE_ORDER",
    "L2, INTERIM_CARE_ORDER",
    "L3, INTERIM_CARE_ORDER",
    "J1, RESIDENTIAL",
    "J2, RESIDENTIAL",
    "J3, RESIDENTIAL",
    "v2, S20_VOLUNTARY"
  })
  void shouldMapEveryLegalStatusToItsLegalBasis(String code, LegalBasis basis) {
    SourceRecords r = oneEpisode("1,01/04/2020,S," + code + ",N1,U6,PR1,,,");

    assertThat(r.errors()).isEmpty();
    assertThat(r.ties())
        .singleElement()
        .satisfies(t -> assertThat(t.row().legalBasis()).isEqualTo(basis));
  }

  @ParameterizedTest
  @CsvSource({
    "A3, CARER, 903.pl-1-20200401-A3",
    "A4, CARER, 903.pl-1-20200401-A4",
    "A5, CARER, 903.pl-1-20200401-A5",
    "A6, CARER, 903.pl-1-20200401-A6",
    "H5, OTHER, 903.urn-SC1",
    "K1, OTHER, 903.urn-SC1",
    "K2, OTHER, 903.urn-SC1",
    "P1, FAMILY, 903.parent-1",
    "P2, OTHER, 903.pl-1-20200401-P2",
    "P3, OTHER, 903.pl-1-20200401-P3",
    "R1, OTHER, 903.urn-SC1",
    "R2, OTHER, 903.urn-SC1",
    "R3, OTHER, 903.urn-SC1",
    "R5, OTHER, 903.urn-SC1",
    "S1, OTHER, 903.urn-SC1",
    "T0, OTHER, 903.pl-1-20200401-T0",
    "T1, OTHER, 903.pl-1-20200401-T1",
    "T2, OTHER, 903.pl-1-20200401-T2",
    "T3, CARER, 903.pl-1-20200401-T3",
    "T4, OTHER, 903.pl-1-20200401-T4",
    "U1, CARER, 903.pl-1-20200401-U1",
    "U2, CARER, 903.pl-1-20200401-U2",
    "U3, CARER, 903.pl-1-20200401-U3",
    "U4, CARER, 903.pl-1-20200401-U4",
    "U5, CARER, 903.pl-1-20200401-U5",
    "U6, CARER, 903.pl-1-20200401-U6",
    "Z1, OTHER, 903.pl-1-20200401-Z1"
  })
  void shouldPlaceTheChildWithTheKindOfPersonThePlacementTypeNames(
      String code, PersonKind kind, String carerId) {
    SourceRecords r = oneEpisode("1,01/04/2020,S,C2,N1," + code + ",PR1,,,SC1");

    assertThat(r.errors()).isEmpty();
    assertThat(r.ties())
        .filteredOn(t -> t.row().type() == TieType.PLACED_WITH)
        .singleElement()
        .satisfies(t -> assertThat(t.row().toId()).isEqualTo(carerId));
    assertThat(r.people())
        .filteredOn(p -> p.id().equals(carerId))
        .extracting(SourcePerson::kind)
        .containsOnly(kind);
  }

  @ParameterizedTest
  @CsvSource({
    "S, false",
    "L, true",
    "P, false",
    "T, false",
    "B, true",
    "U, true",
  })
  void shouldKeepTheCarerOnlyForTheReasonsThatKeepIt(String rne, boolean same) {
    write(
        "episodes.csv",
        EPISODES,
        "1,01/04/2020,S,C2,N1,U6,PR1,01/05/2020,X1,",
        "1,01/05/2020," + rne + ",C2,N1,U4,PR1,,,");
    write("header.csv", HEADER, "1,1,01/01/2010,WBRI,UN1");

    SourceRecords r = read(dir);

    assertThat(r.errors()).isEmpty();
    assertThat(r.ties().get(1).row().toId())
        .isEqualTo(same ? "903.pl-1-20200401-U6" : "903.pl-1-20200501-U4");
  }

  @ParameterizedTest
  @CsvSource({
    "WBRI", "WIRI", "WOTH", "WIRT", "WROM", "MWBC", "MWBA", "MWAS", "MOTH", "AIND", "APKN", "ABAN",
    "AOTH", "BCRB", "BAFR", "BOTH", "CHNE", "OOTH", "REFU", "NOBT"
  })
  void shouldRecordEveryEthnicityCodeAsWritten(String code) {
    write("header.csv", HEADER, "1,1,01/01/2010," + code.toLowerCase() + ",UN1");
    write("episodes.csv", EPISODES, "1,01/04/2020,S,C2,N1,U6,PR1,,,");

    SourceRecords r = read(dir);

    assertThat(r.errors()).isEmpty();
    assertThat(r.events())
        .singleElement()
        .satisfies(e -> assertThat(e.row().value()).isEqualTo(code));
  }

  @ParameterizedTest
  @CsvSource({
    "PN0, child aged under 4 at the time of the review",
    "PN1, child attended and spoke for themself",
    "PN2, child attended and an advocate spoke for them",
    "PN3, child attended and conveyed their view symbolically",
    "PN4, child attended but did not convey their view",
    "PN5, child did not attend and briefed an advocate",
    "PN6, child did not attend and conveyed their view by a facilitative medium",
    "PN7, child did not attend and their view was not conveyed"
  })
  void shouldKeepEveryReviewParticipationCodeInTheSummary(String code, String meaning) {
    SourceRecords r =
        withChild("reviews.csv", "CHILD,DOB,REVIEW,REVIEW_CODE", "1,01/01/2010,01/05/2020," + code);

    assertThat(r.errors()).isEmpty();
    assertThat(eventsOf(r, EventType.MEETING))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.summary())
                  .isEqualTo("Looked-after review (" + code + ": " + meaning + ")");
              assertThat(e.subtype()).isEqualTo(MeetingSubtype.LOOKED_AFTER_REVIEW);
            });
  }

  @ParameterizedTest
  @CsvSource({"M, Missing from placement", "A, Away from placement without authorisation"})
  void shouldMapEveryMissingTypeToAMissingRisk(String code, String summary) {
    SourceRecords r =
        withChild(
            "missing.csv",
            "CHILD,DOB,MISSING,MIS_START,MIS_END",
            "1,01/01/2010," + code + ",02/05/2020,");

    assertThat(r.errors()).isEmpty();
    assertThat(eventsOf(r, EventType.RISK))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.value()).isEqualTo("MISSING");
              assertThat(e.summary()).isEqualTo(summary);
            });
  }

  @ParameterizedTest
  @CsvSource({
    "MANAGE", "FCONTA", "LEFTRL", "ORGRST", "TSPROC", "ABSENC", "CHCHAN", "PCCHAN", "SWDIED",
    "OTHERS"
  })
  void shouldKeepEverySocialWorkerChangeReason(String code) {
    SourceRecords r =
        withChild(
            "sw.csv",
            "CHILD,DOB,SW_ID,SW_DECOM,SW_DEC,SW_REASON",
            "1,01/01/2010,SW1,01/04/2020,01/06/2020," + code);

    assertThat(r.errors()).isEmpty();
    assertThat(r.ties())
        .filteredOn(t -> t.row().type() == TieType.INVOLVED)
        .singleElement()
        .satisfies(t -> assertThat(t.row().extra()).containsEntry("x_sw_reason", code));
  }

  @ParameterizedTest
  @CsvSource({
    "1, 1, 'OFFENDING,SUBSTANCE_MISUSE'",
    "1, 0, OFFENDING",
    "0, 1, SUBSTANCE_MISUSE",
    "0, 0, ''",
    "'', '', ''"
  })
  void shouldRaiseARiskForEverySetOc2Flag(String convicted, String substance, String risks) {
    SourceRecords r =
        withChild(
            "oc2.csv",
            "CHILD,DOB,CONVICTED,SUBSTANCE_MISUSE",
            "1,01/01/2010," + convicted + "," + substance);

    assertThat(r.errors()).isEmpty();
    assertThat(eventsOf(r, EventType.RISK))
        .extracting(Event::value)
        .containsExactlyElementsOf(risks.isEmpty() ? List.of() : List.of(risks.split(",")));
  }

  @ParameterizedTest
  @CsvSource({
    "A123456789012, upn:A123456789012",
    "a12345678901B, upn:A12345678901B",
    "UN1, ''",
    "UN2, ''",
    "UN3, ''",
    "UN4, ''",
    "UN5, ''",
    "UN6, ''",
    "UN7, ''",
    "UN8, ''",
    "UN9, ''",
    "UN10, ''"
  })
  void shouldKeepOnlyARealUpnAsAnIdentifier(String upn, String identifier) {
    write("header.csv", HEADER, "1,1,01/01/2010,WBRI," + upn);
    write("episodes.csv", EPISODES, "1,01/04/2020,S,C2,N1,U6,PR1,,,");

    SourceRecords r = read(dir);

    assertThat(r.errors()).isEmpty();
    assertThat(r.people().get(0).identifiers())
        .containsExactlyElementsOf(
            identifier.isEmpty()
                ? List.of("la-child:201:1")
                : List.of("la-child:201:1", identifier));
  }

  // ---- refused records

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "1,31/02/2020,S,C2,N1,U6,PR1,,, | 2 | DECOM | is not a date (dd/mm/yyyy or yyyy-mm-dd)",
        "1,01/04/2020,S,X9,N1,U6,PR1,,, | 2 | LS | is not a legal status code that sgnet maps",
        "1,01/04/2020,S,C2,N1,Q7,PR1,,, | 2 | PLACE | is not a placement type code",
        "1,01/04/2020,Z,C2,N1,U6,PR1,,, | 2 | RNE | is not a reason for new episode code",
        "1,,S,C2,N1,U6,PR1,,, | 2 | DECOM | must not be empty",
        "1,01/04/2020,S,,N1,U6,PR1,,, | 2 | LS | must not be empty: expected a legal status code",
        "1,01/04/2020,S,C2,N1,U6,PR1,01/03/2020,, | 2 | DEC | is before DECOM",
        "1,01/04/2020,S,C2,N1,K2,PR1,,,A/B | 2 | URN | is not an Ofsted URN",
        "2,01/04/2020,S,C2,N1,U6,PR1,,, | 2 | CHILD | names a child that no header record"
      })
  void shouldRefuseABadEpisodeAndSayWhy(String row, int line, String field, String message) {
    SourceRecords r = oneEpisode(row.strip());

    assertThat(r.errors())
        .filteredOn(e -> e.at().file().equals("episodes.csv"))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.at().where()).isEqualTo(Integer.toString(line));
              assertThat(e.field()).isEqualTo(field);
              assertThat(e.message()).contains(message.strip());
            });
    assertThat(r.ties()).isEmpty();
  }

  @Test
  void shouldRefuseTheRecordsOfAChildWhoseHeaderWasRefusedWithoutNamingValues() {
    write(
        "header.csv",
        HEADER,
        "777001,1,1/13/2010,WBRI,B123456789012",
        "777002,1,01/01/2010,WBRI,12345");
    write("episodes.csv", EPISODES, "777001,01/04/2020,S,C2,N1,U6,PR1,,,");
    write("reviews.csv", "CHILD,DOB,REVIEW,REVIEW_CODE", "777001,1/13/2010,01/05/2020,PN1");

    SourceRecords r = read(dir);

    assertThat(r.errors())
        .extracting(SourceError::toString)
        .containsExactly(
            "header.csv:2: field DOB: is not a date (dd/mm/yyyy or yyyy-mm-dd)",
            "header.csv:3: field UPN: is neither a unique pupil number (a letter, 11 digits, a"
                + " digit or letter) nor one of the codes UN1 to UN10",
            "episodes.csv:2: field CHILD: names a child whose header record was refused (see its"
                + " error): the child's records are refused with it",
            "reviews.csv:2: field CHILD: names a child whose header record was refused (see its"
                + " error): the child's records are refused with it");
    assertThat(r.errors())
        .allSatisfy(
            e ->
                assertThat(e.toString())
                    .doesNotContain("777001", "777002", "1/13/2010", "B123456789012", "12345"));
    assertThat(r.people()).isEmpty();
  }

  @Test
  void shouldRefuseASecondHeaderForTheSameChild() {
    write("header.csv", HEADER, "1,1,01/01/2010,WBRI,UN1", "1,1,01/01/2010,WOTH,UN1");
    write("episodes.csv", EPISODES, "1,01/04/2020,S,C2,N1,U6,PR1,,,");

    SourceRecords r = read(dir);

    assertThat(r.errors())
        .extracting(SourceError::toString)
        .containsExactly(
            "header.csv:3: field CHILD: names a child whose header is already at header.csv:2: a"
                + " return has one header a child");
    assertThat(r.events()).extracting(e -> e.row().value()).containsExactly("WBRI");
  }

  @Test
  void shouldRefuseAHeaderWithNothingDatedForTheChild() {
    write("header.csv", HEADER, "1,1,01/01/2010,WBRI,UN1");
    write("episodes.csv", EPISODES, "2,01/04/2020,S,C2,N1,U6,PR1,,,");

    SourceRecords r = read(dir);

    assertThat(r.errors())
        .extracting(SourceError::toString)
        .contains(
            "header.csv:2: field CHILD: the child has no episode nor other dated record in the"
                + " return that sgnet could read: the recorded ethnicity needs a date");
  }

  @Test
  void shouldDateTheEthnicityOfAChildWithoutEpisodesByTheirFirstOtherRecord() {
    write("header.csv", HEADER, "1,1,01/01/2010,WBRI,UN1");
    write(
        "reviews.csv",
        "CHILD,DOB,REVIEW,REVIEW_CODE",
        "1,01/01/2010,03/05/2020,PN1",
        "1,01/01/2010,02/02/2020,PN1");

    SourceRecords r = read(dir);

    assertThat(r.errors()).isEmpty();
    assertThat(eventsOf(r, EventType.ETHNICITY_RECORDED))
        .singleElement()
        .satisfies(e -> assertThat(e.date()).isEqualTo(LocalDate.of(2020, 2, 2)));
  }

  @Test
  void shouldRefuseAnUnknownCodeNamingTheKnownOnes() {
    SourceRecords r =
        withChild(
            "sw.csv",
            "CHILD,DOB,SW_ID,SW_DECOM,SW_DEC,SW_REASON",
            "1,01/01/2010,SW1,01/04/2020,,SWLAZY");

    assertThat(r.errors())
        .extracting(SourceError::toString)
        .containsExactly(
            "sw.csv:2: field SW_REASON: 'SWLAZY' is not a reason for social worker change code"
                + " that sgnet maps (known: ABSENC, CHCHAN, FCONTA, LEFTRL, MANAGE, ORGRST,"
                + " OTHERS, PCCHAN, SWDIED, TSPROC)");
  }

  @Test
  void shouldReadIsoDatesAndIgnoreExtraColumns() {
    write("header.csv", HEADER + ",LA", "1,1,2010-01-01,WBRI,UN1,Somewhere");
    write(
        "episodes.csv",
        EPISODES + ",LA,YEAR",
        "1,2020-04-01,S,C2,N1,U6,PR1,2021-01-31,E11,,Somewhere,2021");

    SourceRecords r = read(dir);

    assertThat(r.errors()).isEmpty();
    assertThat(r.ties().get(0).row().endDate()).isEqualTo(LocalDate.of(2021, 1, 31));
  }

  @Test
  void shouldReadSpreadsheetDayNumbers() {
    write("header.csv", HEADER, "1,1,40179,WBRI,UN1");
    write("episodes.csv", EPISODES, "1,43922,S,C2,N1,U6,PR1,,,");

    SourceRecords r = read(dir);

    assertThat(r.errors()).isEmpty();
    assertThat(r.people().get(0).birthDate()).isEqualTo(LocalDate.of(2010, 1, 1));
    assertThat(r.ties().get(0).row().startDate()).isEqualTo(LocalDate.of(2020, 4, 1));
  }

  @Test
  void shouldReadAByteOrderMarkAndCrlfLineEnds() throws IOException {
    Files.write(
        dir.resolve("h.csv"),
        ("\ufeff" + HEADER + "\r\n1,1,01/01/2010,WBRI,UN1\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
    write("e.csv", EPISODES, "1,01/04/2020,S,C2,N1,U6,PR1,,,");

    SourceRecords r = read(dir);

    assertThat(r.errors()).isEmpty();
    assertThat(r.people()).extracting(SourcePerson::id).contains("903-1");
    assertThat(r.recordsByFile()).containsEntry("h.csv", 1);
  }

  // ---- files that are not 903 files

  @Test
  void shouldRejectACsvFileThatIsNoTableOfTheReturn() {
    write("people.csv", "person_id,kind,name", "a,CHILD,A");

    assertThatThrownBy(() -> read(dir.resolve("people.csv")))
        .isInstanceOf(SgnetException.class)
        .hasMessageStartingWith("people.csv:1: not an SSDA903 CSV file")
        .extracting(e -> ((SgnetException) e).kind())
        .isEqualTo(SgnetException.Kind.INVALID_INPUT);
  }

  @Test
  void shouldRejectATableWhoseHeaderLacksColumns() {
    write("episodes.csv", "CHILD,DECOM,LS", "1,01/04/2020,C2");

    assertThatThrownBy(() -> read(dir))
        .isInstanceOf(SgnetException.class)
        .hasMessage(
            "episodes.csv:1: not an SSDA903 episodes file: the header lacks RNE, PLACE, DEC, URN");
  }

  // ---- helpers

  private SourceRecords oneEpisode(String row) {
    write("header.csv", HEADER, "1,1,01/01/2010,WBRI,UN1");
    write("episodes.csv", EPISODES, row);
    return read(dir);
  }

  /** A return of child 1 with one episode, and a file of another table. */
  private SourceRecords withChild(String name, String header, String... rows) {
    write("header.csv", HEADER, "1,1,01/01/2010,WBRI,UN1");
    write("episodes.csv", EPISODES, "1,01/04/2020,S,C2,N1,U6,PR1,,,");
    write(name, header, rows);
    return read(dir);
  }

  private static List<Event> eventsOf(SourceRecords r, EventType type) {
    return r.events().stream().map(e -> e.row()).filter(e -> e.type() == type).toList();
  }

  private void write(String name, String header, String... rows) {
    try {
      Files.writeString(
          dir.resolve(name),
          header + "\n" + String.join("\n", rows) + "\n",
          StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static SourceRecords read(Path... paths) {
    return new Ssda903Adapter().read(List.of(paths), LA);
  }

  static Conversion.Result convert(List<Path> paths, boolean keepGoing) {
    return new Conversion(new Ssda903Adapter(), LA).convert(paths, List.of(), keepGoing);
  }

  static Person person(Conversion.Result r, String id) {
    return r.bundle().people().stream()
        .filter(p -> p.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no person " + id));
  }

  static Event event(Conversion.Result r, String id) {
    return r.bundle().events().stream()
        .filter(e -> e.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no event " + id));
  }

  static List<Tie> ties(Conversion.Result r, TieType type, String fromId) {
    return r.bundle().ties().stream()
        .filter(t -> t.type() == type && (fromId == null || t.fromId().equals(fromId)))
        .toList();
  }
}
