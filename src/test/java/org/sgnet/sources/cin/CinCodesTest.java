package org.sgnet.sources.cin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sgnet.bundle.Event;
import org.sgnet.bundle.EventType;
import org.sgnet.sources.SourceOptions;
import org.sgnet.sources.SourceRecords;

/** Every code of every table, through the adapter: each code gives its mapped value. */
class CinCodesTest {

  @TempDir Path dir;

  /** A return of one child (of the 2024 to 2025 shape, so only the mapping checks it). */
  private SourceRecords child(String ethnicity, String episode) throws IOException {
    Path file = dir.resolve("one.xml");
    Files.writeString(
        file,
        """
        <Message><Header><Source><LEA>999</LEA></Source></Header><Children><Child>
        <ChildIdentifiers><LAchildID>C1</LAchildID><Sex>F</Sex></ChildIdentifiers>
        <ChildCharacteristics><Ethnicity>%s</Ethnicity></ChildCharacteristics>
        <CINdetails><CINreferralDate>2024-04-02</CINreferralDate>%s</CINdetails>
        </Child></Children></Message>
        """
            .formatted(ethnicity, episode));
    return new CinAdapter().read(List.of(file), SourceOptions.defaults());
  }

  private static Map<String, Event> events(SourceRecords r) {
    return r.events().stream()
        .collect(Collectors.toMap(e -> e.row().id(), SourceRecords.Located::row));
  }

  private SourceRecords withFactor(String code) throws IOException {
    return child(
        "WBRI",
        "<ReferralSource>1A</ReferralSource><Assessments>"
            + "<AssessmentActualStartDate>2024-04-03</AssessmentActualStartDate>"
            + "<AssessmentAuthorisationDate>2024-05-01</AssessmentAuthorisationDate>"
            + "<FactorsIdentifiedAtAssessment><AssessmentFactors>"
            + code
            + "</AssessmentFactors></FactorsIdentifiedAtAssessment></Assessments>");
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
    "22A, OTHER",
    "23A, OTHER",
    "24A, OFFENDING"
  })
  void shouldMapEachAssessmentFactorToItsRiskCategory(String code, String category)
      throws IOException {
    SourceRecords r = withFactor(code);

    assertThat(r.errors()).isEmpty();
    Event risk = events(r).get("cin-999-C1-asm-20240403-f" + code);
    assertThat(risk.type()).isEqualTo(EventType.RISK);
    assertThat(risk.value()).isEqualTo(category);
    assertThat(CinCodes.FACTORS).hasSize(42);
  }

  @Test
  void shouldMapNoFactorsToNoRisk() throws IOException {
    SourceRecords r = withFactor("21");

    assertThat(r.errors()).isEmpty();
    assertThat(r.events()).extracting(e -> e.row().type()).doesNotContain(EventType.RISK);
    assertThat(events(r).get("cin-999-C1-asm-20240403").summary()).endsWith("identified: 21");
  }

  @ParameterizedTest
  @CsvSource({"8A", "18A", "19A", "RB", "25A"})
  void shouldRefuseAnAssessmentWithAFactorThatIsNoCode(String code) throws IOException {
    SourceRecords r = withFactor(code);

    assertThat(r.errors()).hasSize(1);
    assertThat(r.errors().get(0).at().where())
        .isEqualTo("/Message/Children/Child[1]/CINdetails[1]/Assessments[1]");
    assertThat(r.errors().get(0).message()).startsWith("'" + code + "' is not a CIN assessment");
    assertThat(r.events()).extracting(e -> e.row().type()).doesNotContain(EventType.ASSESSMENT);
  }

  @ParameterizedTest
  @CsvSource({
    "NEG, NEGLECT, neglect",
    "PHY, OTHER, physical abuse",
    "EMO, OTHER, emotional abuse",
    "SAB, OTHER, sexual abuse",
    "MUL, OTHER, multiple categories"
  })
  void shouldMapEachCategoryOfAbuseToARisk(String code, String category, String meaning)
      throws IOException {
    SourceRecords r =
        child(
            "WBRI",
            "<ReferralSource>1A</ReferralSource><ChildProtectionPlans>"
                + "<CPPstartDate>2024-05-01</CPPstartDate>"
                + "<InitialCategoryOfAbuse>"
                + code
                + "</InitialCategoryOfAbuse><LatestCategoryOfAbuse>"
                + code
                + "</LatestCategoryOfAbuse></ChildProtectionPlans>");

    assertThat(r.errors()).isEmpty();
    assertThat(events(r).get("cin-999-C1-cpp-20240501-" + code).value()).isEqualTo(category);
    assertThat(events(r).get("cin-999-C1-cpp-20240501").value())
        .isEqualTo("Child protection plan started (category " + code + ": " + meaning + ")");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "1A|individual: family member, relative or carer",
        "1B|individual: acquaintance",
        "1C|individual: self",
        "1D|individual: other",
        "2A|schools",
        "2B|education services",
        "3A|health services: GP",
        "3B|health services: health visitor",
        "3C|health services: school nurse",
        "3D|health services: other primary health services",
        "3E|health services: A&E",
        "3F|health services: other",
        "4|housing",
        "5A|LA services: social care",
        "5B|LA services: other internal",
        "5C|LA services: external",
        "5D|LA services: early help",
        "6|police",
        "7|other legal agency",
        "8|other",
        "9|anonymous",
        "10|unknown"
      })
  void shouldNameEachReferralSource(String code, String meaning) throws IOException {
    SourceRecords r = child("WBRI", "<ReferralSource>" + code + "</ReferralSource>");

    assertThat(r.errors()).isEmpty();
    assertThat(events(r).get("cin-999-C1-ref-20240402").summary())
        .isEqualTo(
            "Referral to children's social care from "
                + meaning
                + " (ReferralSource "
                + code
                + ")");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "N0|not stated",
        "N1|abuse or neglect",
        "N2|child's disability",
        "N3|parental disability or illness",
        "N4|family in acute stress",
        "N5|family dysfunction",
        "N6|socially unacceptable behaviour",
        "N7|low income",
        "N8|absent parenting",
        "N9|cases other than children in need"
      })
  void shouldNameEachPrimaryNeed(String code, String meaning) throws IOException {
    SourceRecords r =
        child(
            "WBRI",
            "<ReferralSource>9</ReferralSource><PrimaryNeedCode>" + code + "</PrimaryNeedCode>");

    assertThat(r.errors()).isEmpty();
    assertThat(events(r).get("cin-999-C1-ref-20240402").summary())
        .endsWith(", primary need " + code + ": " + meaning);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "RC1|adopted",
        "RC2|died",
        "RC3|child arrangements order",
        "RC4|special guardianship order",
        "RC5|transferred to another local authority",
        "RC6|transferred to adult social care",
        "RC7|services ceased for any other reason",
        "RC8|closed after assessment, no further action",
        "RC9|closed after assessment, referred to early help"
      })
  void shouldNameEachReasonForClosure(String code, String meaning) throws IOException {
    SourceRecords r =
        child(
            "WBRI",
            "<ReferralSource>9</ReferralSource><CINclosureDate>2024-06-01</CINclosureDate>"
                + "<ReasonForClosure>"
                + code
                + "</ReasonForClosure>");

    assertThat(r.errors()).isEmpty();
    assertThat(events(r).get("cin-999-C1-close-20240601").value())
        .isEqualTo("Children in need episode closed (" + code + ": " + meaning + ")");
  }

  @ParameterizedTest
  @CsvSource({
    "WBRI", "WIRI", "WIRT", "WOTH", "WROM", "MWBC", "MWBA", "MWAS", "MOTH", "AIND", "APKN", "ABAN",
    "AOTH", "BCRB", "BAFR", "BOTH", "CHNE", "OOTH", "REFU", "NOBT"
  })
  void shouldRecordEachEthnicityCodeAsWritten(String code) throws IOException {
    SourceRecords r = child(code, "<ReferralSource>9</ReferralSource>");

    assertThat(r.errors()).isEmpty();
    Event ethnicity = events(r).get("cin-999-C1-eth-" + code);
    assertThat(ethnicity.type()).isEqualTo(EventType.ETHNICITY_RECORDED);
    assertThat(ethnicity.value()).isEqualTo(code);
  }

  @Test
  void shouldRefuseAChildWhoseEthnicityIsNoCode() throws IOException {
    SourceRecords r = child("White", "<ReferralSource>9</ReferralSource>");

    assertThat(r.errors()).hasSize(1);
    assertThat(r.errors().get(0).field()).isEqualTo("Ethnicity");
    assertThat(r.people()).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({"true, true", "TRUE, true", "1, true", "false, false", "FALSE, false", "0, false"})
  void shouldReadEachYesNoCode(String code, boolean noFurtherAction) throws IOException {
    SourceRecords r =
        child("WBRI", "<ReferralSource>9</ReferralSource><ReferralNFA>" + code + "</ReferralNFA>");

    assertThat(r.errors()).isEmpty();
    assertThat(events(r).get("cin-999-C1-ref-20240402").summary().endsWith("no further action"))
        .isEqualTo(noFurtherAction);
  }

  @Test
  void shouldRefuseAYesNoThatIsNoCode() throws IOException {
    SourceRecords r =
        child("WBRI", "<ReferralSource>9</ReferralSource><ReferralNFA>maybe</ReferralNFA>");

    // The child's only episode refused, nothing dates the ethnicity either (no ReferenceDate).
    assertThat(r.errors()).extracting(e -> e.field()).containsExactly("ReferralNFA", "Ethnicity");
    assertThat(r.errors().get(1).message())
        .isEqualTo(
            "has no date: no record of the child came in with a date and the header has no"
                + " ReferenceDate");
  }
}
