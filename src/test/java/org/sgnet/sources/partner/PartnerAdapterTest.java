package org.sgnet.sources.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sgnet.SgnetException;
import org.sgnet.bundle.Person;
import org.sgnet.bundle.PersonKind;
import org.sgnet.bundle.Sector;
import org.sgnet.bundle.Tie;
import org.sgnet.sources.Conversion;
import org.sgnet.sources.SourceError;
import org.sgnet.sources.SourceOptions;
import org.sgnet.sources.SourceRecords;

class PartnerAdapterTest {

  static final Path SAMPLES = Path.of("src/test/resources/statutory/family_context");
  static final Path HAND_MADE = Path.of("src/test/resources/sources/partner");

  @TempDir Path dir;

  private static Conversion.Result convert(boolean keepGoing, Path... files) {
    return new Conversion(new PartnerAdapter(), SourceOptions.defaults())
        .convert(List.of(files), List.of(), keepGoing);
  }

  @Test
  void shouldConvertBothFamilyContextSamplesWithNoRefusedRecord() {
    Conversion.Result r =
        convert(false, SAMPLES.resolve("csc.csv"), SAMPLES.resolve("education.csv"));

    assertThat(r.refused()).isEmpty();
    assertThat(r.recordsByFile()).containsEntry("csc.csv", 500).containsEntry("education.csv", 500);
    // 1,000 children under their own systems' ids (no shared identifier), 500 named social
    // workers, one unnamed contact per school, one agency per council and per school.
    assertThat(r.bundle().people().stream().filter(p -> p.kind() == PersonKind.CHILD))
        .hasSize(1000);
    assertThat(r.bundle().ties()).hasSize(1000);
    assertThat(r.identities().matchedInStore()).isZero();
    Person martin =
        r.bundle().people().stream()
            .filter(p -> p.id().equals("partner-csc-7190247"))
            .findFirst()
            .orElseThrow();
    assertThat(martin.birthDate()).isEqualTo(LocalDate.of(2011, 12, 13));
    assertThat(martin.postcode()).isEqualTo("G6T 3BF");
    assertThat(martin.provenance()).containsExactly("partner:csc.csv:2");
    assertThat(martin.identifiers()).containsExactly("record:partner-csc-7190247");
  }

  @Test
  void shouldMakeTheNamedContactAProfessionalOfTheRowsAgencyInvolvedWithTheChild() {
    Conversion.Result r = convert(false, HAND_MADE.resolve("social.csv"));

    Person jo =
        r.bundle().people().stream()
            .filter(p -> "Jo Lee".equals(p.name()))
            .findFirst()
            .orElseThrow();
    assertThat(jo.kind()).isEqualTo(PersonKind.PROFESSIONAL);
    assertThat(jo.role()).isEqualTo("Social Worker");
    assertThat(r.bundle().agencies())
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.id()).isEqualTo(jo.agencyId());
              assertThat(a.sector()).isEqualTo(Sector.SOCIAL_CARE);
              assertThat(a.name()).isEqualTo("Northtown Council");
            });
    // Jo works with two children: one professional, two ties.
    assertThat(r.bundle().ties().stream().filter(t -> t.fromId().equals(jo.id()))).hasSize(2);
    Tie current =
        r.bundle().ties().stream()
            .filter(t -> t.toId().equals("partner-social-101"))
            .findFirst()
            .orElseThrow();
    assertThat(current.startDate()).isEqualTo(LocalDate.of(2023, 1, 10));
    assertThat(current.endDate()).isNull();
    assertThat(current.provenance()).containsExactly("partner:social.csv:2");
  }

  @ParameterizedTest(name = "{0} ends {2}")
  @CsvSource({
    // involvement, start, end (empty: goes on), most recent interaction
    "Current,       2023-01-10, ,           2024-05-01",
    "OPEN,          2023-01-10, ,           2024-05-01",
    "Historic,      2023-01-10, 2024-05-01, 2024-05-01",
    "closed,        2023-01-10, 2024-05-01, 2024-05-01",
    "Not Specified, 2023-01-10, 2024-05-01, 2024-05-01",
    // An interaction dated before the start cannot end the involvement before it began.
    "Historic,      2023-01-10, 2023-01-10, 2022-05-01",
  })
  void shouldMapEachServiceInvolvementCode(
      String involvement, LocalDate start, LocalDate end, LocalDate latest) throws IOException {
    Path file = dir.resolve("list.csv");
    Files.writeString(
        file,
        "Cms Id,First Name,Last Name,Date Of Birth,Service Involvement,School Name,"
            + "Start Date Of Last Involvement,Date Of Most Recent Interaction\n"
            + "1,A,B,2012-01-01,"
            + involvement
            + ",S School,"
            + start
            + ","
            + latest
            + "\n");
    Tie tie = convert(false, file).bundle().ties().get(0);
    assertThat(tie.startDate()).isEqualTo(start);
    assertThat(tie.endDate()).isEqualTo(end);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "Local Authority Organisation, SOCIAL_CARE",
    "School Name, EDUCATION",
    "GP Practice, HEALTH",
    "Police Force, POLICE",
    "Youth Justice Service, YOUTH_JUSTICE",
  })
  void shouldTakeTheSectorFromTheAgencyColumn(String column, Sector sector) throws IOException {
    Path file = dir.resolve("list.csv");
    Files.writeString(
        file,
        "Cms Id,First Name,Last Name,Date Of Birth,Service Involvement,"
            + column
            + "\n"
            + "1,A,B,2012-01-01,Current,The Agency\n");
    assertThat(convert(false, file).bundle().agencies().get(0).sector()).isEqualTo(sector);
  }

  @ParameterizedTest(name = "Sector {0} -> {1}")
  @CsvSource({
    "SOCIAL_CARE, SOCIAL_CARE",
    "Social Care, SOCIAL_CARE",
    "POLICE, POLICE",
    "HEALTH, HEALTH",
    "NHS, HEALTH",
    "MENTAL_HEALTH, MENTAL_HEALTH",
    "Mental Health, MENTAL_HEALTH",
    "EDUCATION, EDUCATION",
    "School, EDUCATION",
    "YOUTH_JUSTICE, YOUTH_JUSTICE",
    "YOT, YOUTH_JUSTICE",
    "Youth Justice, YOUTH_JUSTICE",
    "HOUSING, HOUSING",
    "PROBATION, PROBATION",
    "VOLUNTARY, VOLUNTARY",
    "OTHER, OTHER",
    "Children's Social Care, SOCIAL_CARE",
  })
  void shouldMapEachSectorCode(String code, Sector sector) throws IOException {
    Path file = dir.resolve("list.csv");
    Files.writeString(
        file,
        "Cms Id,First Name,Last Name,Date Of Birth,Service Involvement,Agency Name,Sector\n"
            + "1,A,B,2012-01-01,Current,The Agency,\""
            + code
            + "\"\n");
    assertThat(convert(false, file).bundle().agencies().get(0).sector()).isEqualTo(sector);
  }

  @Test
  void shouldReadUpnAndNhsNumberAsStrongIdentifiers() throws IOException {
    Path file = dir.resolve("gp.csv");
    Files.writeString(
        file,
        "Cms Id,First Name,Last Name,Date Of Birth,Service Involvement,GP Practice,UPN,NHS Number\n"
            + "7,A,B,2012-01-01,Current,Green Surgery,a123456789012,943 476 5919\n");
    assertThat(convert(false, file).bundle().people().get(0).identifiers())
        .containsExactly("upn:A123456789012", "nhs:9434765919", "record:partner-gp-7");
  }

  @Test
  void shouldNeitherJoinChildrenByAPlaceholderNorKeepAMalformedIdentifier() throws IOException {
    // UN1 says the UPN is unknown; N/A, a wrong check digit and a name are no identifiers at all.
    // Kept as identifiers they would join every child that carries them into one person.
    Path file = dir.resolve("school.csv");
    Files.writeString(
        file,
        "Cms Id,First Name,Last Name,Date Of Birth,Service Involvement,School Name,UPN,NHS Number,"
            + "Social Work England Number\n"
            + "1,A,B,2012-01-01,Current,Green School,UN1,,\n"
            + "2,C,D,2012-02-01,Current,Green School,un1,,\n"
            + "3,E,F,2012-03-01,Current,Green School,,N/A,\n"
            + "4,G,H,2012-04-01,Current,Green School,,9434765918,\n"
            + "5,I,J,2012-05-01,Current,Green School,Jo Bloggs,,\n"
            + "6,K,L,2012-06-01,Current,Green School,,,SW12 34x\n");

    Conversion.Result r = convert(true, file);

    assertThat(r.refused())
        .extracting(SourceError::toString)
        .containsExactly(
            "school.csv:4: field NHS Number: is not an NHS number (10 digits with a valid check"
                + " digit)",
            "school.csv:5: field NHS Number: is not an NHS number (10 digits with a valid check"
                + " digit)",
            "school.csv:6: field UPN: is not a UPN (a letter, 11 digits, then a digit or letter)",
            "school.csv:7: field Social Work England Number: is not a Social Work England number"
                + " (two letters and up to 10 digits)");
    assertThat(r.bundle().people().stream().filter(p -> p.kind() == PersonKind.CHILD))
        .extracting(Person::id, p -> p.identifiers().size())
        .containsExactly(tuple("partner-school-1", 1), tuple("partner-school-2", 1));
  }

  @Test
  void shouldRefuseEachBadRecordNamingLineAndFieldButNoValue() {
    Conversion.Result r = convert(true, HAND_MADE.resolve("bad.csv"));

    assertThat(r.refused())
        .extracting(SourceError::toString)
        .containsExactly(
            "bad.csv:2: field Date Of Birth: is not a date (dd/mm/yyyy or yyyy-mm-dd)",
            "bad.csv:3: field Service Involvement: is not a service involvement code"
                + " that sgnet maps (known: CLOSED, CURRENT, HISTORIC, NOT SPECIFIED, OPEN)",
            "bad.csv:4: field First Name: must not be empty");
    assertThat(r.bundle().people().stream().filter(p -> p.kind() == PersonKind.CHILD))
        .extracting(Person::id)
        .containsExactly("partner-bad-4");
    assertThat(String.join("\n", r.refused().stream().map(Object::toString).toList()))
        .doesNotContain("Dee", "Eli", "Ray", "2013-13-01", "Sometimes");
  }

  @ParameterizedTest
  @CsvSource({
    "'1 High Street, Leeds LS1 4AP', LS1 4ap, LS1 4AP",
    "'1 High Street, Leeds LS1 4AP', ZZ99 not a postcode, LS1 4AP",
    "'1 High Street, Leeds LS1 4AP', , LS1 4AP",
    "'1 High Street, Leeds', G6T3BF, G6T 3BF",
    "'1 High Street, Leeds', unknown, ",
  })
  void shouldPreferThePostcodeColumnAndFallBackOnTheAddress(
      String address, String column, String postcode) {
    assertThat(PartnerAdapter.postcode(address, column)).isEqualTo(postcode);
  }

  @Test
  void shouldListAFileWithAHeaderAloneInTheSummaryWithNoRecords() throws IOException {
    Path file = dir.resolve("empty.csv");
    Files.writeString(
        file, "Cms Id,First Name,Last Name,Date Of Birth,Service Involvement,School Name\n");

    SourceRecords r = new PartnerAdapter().read(List.of(file), SourceOptions.defaults());

    assertThat(r.errors()).isEmpty();
    assertThat(r.recordsByFile()).containsExactly(java.util.Map.entry("empty.csv", 0));
  }

  @Test
  void shouldRefuseAFileThatIsNoPartnerExtract() throws IOException {
    Path file = dir.resolve("other.csv");
    Files.writeString(file, "a,b\n1,2\n");
    assertThatThrownBy(() -> new PartnerAdapter().read(List.of(file), SourceOptions.defaults()))
        .isInstanceOf(SgnetException.class)
        .hasMessageContaining("other.csv:1: not a partner extract");
  }

  @Test
  void shouldReadABomAndSkipTrailingEmptyRows() {
    SourceRecords r =
        new PartnerAdapter()
            .read(List.of(HAND_MADE.resolve("school.csv")), SourceOptions.defaults());
    assertThat(r.errors()).isEmpty();
    assertThat(r.recordsByFile()).containsEntry("school.csv", 3);
  }
}
