package org.sgnet.sources.ssd;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sgnet.bundle.LegalBasis;
import org.sgnet.bundle.MeetingSubtype;
import org.sgnet.bundle.PersonKind;
import org.sgnet.bundle.RiskCategory;

/** Every code of every mapping table, with what it maps to (docs/sources/ssd.md shows the same). */
class SsdCodesTest {

  @ParameterizedTest
  @CsvSource({
    "C1,INTERIM_CARE_ORDER", "C2,CARE_ORDER", "D1,CARE_ORDER", "E1,CARE_ORDER",
    "V2,S20_VOLUNTARY", "V3,S20_VOLUNTARY", "V4,S20_VOLUNTARY", "L1,INTERIM_CARE_ORDER",
    "L2,INTERIM_CARE_ORDER", "L3,INTERIM_CARE_ORDER", "J1,RESIDENTIAL", "J2,RESIDENTIAL",
    "J3,RESIDENTIAL"
  })
  void shouldMapEachLegalStatus(String code, LegalBasis basis) {
    assertThat(SsdCodes.LEGAL_STATUS).containsEntry(code, basis);
  }

  @Test
  void shouldMapNoOtherLegalStatus() {
    assertThat(SsdCodes.LEGAL_STATUS).hasSize(13);
  }

  @ParameterizedTest
  @CsvSource({
    "A3,CARER,Prospective adopter",
    "A4,CARER,Prospective adopter",
    "A5,CARER,Prospective adopter",
    "A6,CARER,Prospective adopter",
    "U1,CARER,Family and friends foster carer",
    "U2,CARER,Family and friends foster carer",
    "U3,CARER,Family and friends foster carer",
    "U4,CARER,Foster carer",
    "U5,CARER,Foster carer",
    "U6,CARER,Foster carer",
    "P1,FAMILY,Parent (placed with parents)",
    "H5,OTHER,Semi-independent accommodation",
    "K1,OTHER,Secure children's home",
    "K2,OTHER,Children's home",
    "P2,OTHER,Independent living",
    "P3,OTHER,Residential employment",
    "R1,OTHER,Residential care home",
    "R2,OTHER,NHS or health establishment",
    "R3,OTHER,Family centre or mother and baby unit",
    "R5,OTHER,Young offender institution",
    "S1,OTHER,Residential school",
    "T0,OTHER,Temporary placement",
    "T1,OTHER,Temporary placement",
    "T2,OTHER,Temporary placement",
    "T3,OTHER,Temporary placement",
    "T4,OTHER,Temporary placement",
    "Z1,OTHER,Other placement"
  })
  void shouldMapEachPlacementTypeToTheCarer(String code, PersonKind kind, String role) {
    assertThat(SsdCodes.PLACEMENT_TYPE).containsEntry(code, new SsdCodes.Carer(kind, role));
    assertThat(SsdCodes.PLACEMENT_TYPE).hasSize(27);
  }

  @ParameterizedTest
  @CsvSource({
    "1A,SUBSTANCE_MISUSE",
    "1B,SUBSTANCE_MISUSE",
    "1C,SUBSTANCE_MISUSE",
    "2A,SUBSTANCE_MISUSE",
    "2B,SUBSTANCE_MISUSE",
    "2C,SUBSTANCE_MISUSE",
    "3A,DOMESTIC_ABUSE",
    "3B,DOMESTIC_ABUSE",
    "3C,DOMESTIC_ABUSE",
    "4A,OTHER",
    "4B,OTHER",
    "4C,OTHER",
    "5A,OTHER",
    "5B,OTHER",
    "5C,OTHER",
    "6A,OTHER",
    "6B,OTHER",
    "6C,OTHER",
    "7A,OTHER",
    "8B,OTHER",
    "8C,OTHER",
    "8D,OTHER",
    "8E,OTHER",
    "8F,OTHER",
    "9A,OTHER",
    "10A,MISSING",
    "11A,CSE",
    "12A,OTHER",
    "13A,OFFENDING",
    "14A,OTHER",
    "15A,SELF_HARM",
    "16A,NEGLECT",
    "17A,OTHER",
    "18B,OTHER",
    "18C,OTHER",
    "19B,OTHER",
    "19C,OTHER",
    "20,OTHER",
    "22A,OTHER",
    "23A,OTHER",
    "24A,OFFENDING"
  })
  void shouldMapEachAssessmentFactorToARiskCategory(String code, RiskCategory category) {
    assertThat(SsdCodes.ASSESSMENT_FACTOR.get(code)).contains(category);
  }

  @Test
  void shouldRaiseNoRiskForNoFactorsIdentified() {
    assertThat(SsdCodes.ASSESSMENT_FACTOR.get("21")).isEmpty();
    assertThat(SsdCodes.ASSESSMENT_FACTOR).hasSize(42);
  }

  @ParameterizedTest
  @CsvSource({
    "NEGLECT,NEGLECT", "NEG,NEGLECT", "PHYSICAL ABUSE,OTHER", "PHY,OTHER", "SEXUAL ABUSE,OTHER",
    "SAB,OTHER", "EMOTIONAL ABUSE,OTHER", "EMO,OTHER", "MULTIPLE,OTHER", "MUL,OTHER"
  })
  void shouldMapEachCategoryOfAbuse(String code, RiskCategory category) {
    assertThat(SsdCodes.CP_CATEGORY).containsEntry(code, category).hasSize(10);
  }

  @ParameterizedTest
  @CsvSource({
    "S47_ENQUIRY,STRATEGY",
    "INITIAL_CP_CONFERENCE,RISK_MANAGEMENT",
    "CP_REVIEWS,RISK_MANAGEMENT",
    "CLA_REVIEWS,LOOKED_AFTER_REVIEW"
  })
  void shouldMapEachMeetingTable(SsdTable table, MeetingSubtype subtype) {
    assertThat(SsdCodes.MEETING).containsEntry(table, subtype).hasSize(4);
  }

  @ParameterizedTest
  @CsvSource({"M,Missing from care", "A,Away from placement without authorisation"})
  void shouldMapEachMissingEpisodeType(String code, String summary) {
    assertThat(SsdCodes.MISSING_TYPE).containsEntry(code, summary).hasSize(2);
  }

  @ParameterizedTest
  @CsvSource({
    "WBRI", "WIRI", "WOTH", "WIRT", "WROM", "MWBC", "MWBA", "MWAS", "MOTH", "AIND", "APKN", "ABAN",
    "CNHE", "AOTH", "BCRB", "BAFR", "BOTH", "OOTH"
  })
  void shouldRecordEachEthnicityAsWritten(String code) {
    assertThat(SsdCodes.ETHNICITY.get(code)).contains(code);
  }

  @ParameterizedTest
  @CsvSource({"REFU", "NOBT"})
  void shouldRecordNoEthnicityWhenRefusedOrNotObtained(String code) {
    assertThat(SsdCodes.ETHNICITY.get(code)).isEmpty();
    assertThat(SsdCodes.ETHNICITY).hasSize(20);
  }

  @ParameterizedTest
  @CsvSource({
    "UNIQUE PUPIL NUMBER,UPN",
    "UPN,UPN",
    "NHS NUMBER,NHS",
    "NHS,NHS",
    "NATIONAL INSURANCE NUMBER,NI",
    "HOME OFFICE REGISTRATION,HOME_OFFICE",
    "YOT NUMBER,YOT"
  })
  void shouldMapEachPersonalLinkedIdentifierType(String code, SsdCodes.LinkScheme scheme) {
    assertThat(SsdCodes.LINK_TYPE.get(code)).contains(scheme);
  }

  @ParameterizedTest
  @CsvSource({"CASE NUMBER", "COURT CASE NUMBER", "RAA ID", "INCIDENT ID"})
  void shouldJoinNoOneByCaseOrIncidentReferences(String code) {
    assertThat(SsdCodes.LINK_TYPE.get(code)).isEmpty();
    assertThat(SsdCodes.LINK_TYPE).hasSize(11);
  }

  @ParameterizedTest
  @CsvSource({
    "N0,not stated", "N1,abuse or neglect", "N2,child's disability",
    "N3,parental disability or illness", "N4,family in acute stress", "N5,family dysfunction",
    "N6,socially unacceptable behaviour", "N7,low income", "N8,absent parenting",
    "N9,cases other than children in need"
  })
  void shouldNameEachPrimaryNeed(String code, String need) {
    assertThat(SsdCodes.PRIMARY_NEED).containsEntry(code, need).hasSize(10);
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
        "RC7|services ceased for another reason",
        "RC8|closed after assessment, no further action",
        "RC9|closed after assessment, referred to early help"
      })
  void shouldNameEachClosureReason(String code, String reason) {
    assertThat(SsdCodes.CLOSE_REASON).containsEntry(code, reason).hasSize(9);
  }

  @ParameterizedTest
  @CsvSource({
    "Y,true",
    "YES,true",
    "TRUE,true",
    "1,true",
    "N,false",
    "NO,false",
    "FALSE,false",
    "0,false"
  })
  void shouldReadEachYesNoFlag(String code, boolean flag) {
    assertThat(SsdCodes.YES_NO).containsEntry(code, flag).hasSize(8);
  }

  @ParameterizedTest
  @CsvSource({
    "Allocated Case Worker,true", "ALLOCATED SOCIAL WORKER,true", "allocated worker,true",
    "Lead Professional,true", "Duty Worker,false", "Team Manager,false"
  })
  void shouldMarkTheAllocatedWorkerAsLead(String role, boolean lead) {
    assertThat(SsdCodes.LEAD_ROLES.contains(role.toUpperCase(java.util.Locale.ROOT)))
        .isEqualTo(lead);
  }

  @ParameterizedTest
  @CsvSource({"9434765919,true", "9434765918,false", "4010232137,true", "123456789,false"})
  void shouldCheckTheNhsNumberCheckDigit(String number, boolean valid) {
    assertThat(org.sgnet.sources.Identifiers.isNhsNumber(number)).isEqualTo(valid);
  }
}
