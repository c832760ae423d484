package org.sgnet.sources.annexa;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sgnet.bundle.LegalBasis;
import org.sgnet.bundle.PersonKind;
import org.sgnet.bundle.RiskCategory;
import org.sgnet.sources.annexa.AnnexACodes.Answer;

/** Every code of every table, written as the Ofsted template writes it, and what it maps to. */
class AnnexACodesTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "a) WBRI | WBRI", "b) WIRI | WIRI", "c) WIRT | WIRT", "d) WOTH | WOTH", "e) WROM | WROM",
        "f) MWBC | MWBC", "g) MWBA | MWBA", "h) MWAS | MWAS", "i) MOTH | MOTH", "j) AIND | AIND",
        "k) APKN | APKN", "l) ABAN | ABAN", "m) AOTH | AOTH", "n) BCRB | BCRB", "o) BAFR | BAFR",
        "p) BOTH | BOTH", "q) CHNE | CHNE", "r) OOTH | OOTH", "s) REFU | REFU", "s) NOBT | NOBT",
        "WBRI | WBRI"
      })
  void shouldKeepTheEthnicityCodeAsWritten(String cell, String code) {
    assertThat(AnnexACodes.key(cell)).isEqualTo(code);
    assertThat(AnnexACodes.ETHNICITIES).containsKey(code);
  }

  @Test
  void shouldRecordNoEthnicityOfRefusedOrNotObtained() {
    assertThat(AnnexACodes.ETHNICITY_NOT_RECORDED).containsExactlyInAnyOrder("REFU", "NOBT");
    assertThat(AnnexACodes.ETHNICITIES).hasSize(20);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "a) 1A: Individual | 1A | family member", "b) 1B: Individual | 1B | acquaintance",
        "c) 1C: Individual | 1C | self", "d) 1D: Individual | 1D | other",
        "e) 2A: Schools | 2A | Schools", "f) 2B: Education services | 2B | Education",
        "g) 3A: Health services | 3A | GP", "h) 3B: Health services | 3B | health visitor",
        "i) 3C: Health services | 3C | school nurse", "j) 3D: Health services | 3D | primary",
        "k) 3E: Health services | 3E | A&E", "l) 3F: Health services | 3F | other",
        "m) 4: Housing | 4 | Housing", "n) 5A: LA services | 5A | social care",
        "o) 5B: LA services | 5B | internal", "p) 5C: LA services | 5C | external",
        "p1) 5D: LA services | 5D | early help", "q) 6: Police | 6 | Police",
        "r) 7: Other legal agency | 7 | legal", "s) 8: Other | 8 | Other",
        "t) 9: Anonymous | 9 | Anonymous", "u) 10: Unknown | 10 | Unknown"
      })
  void shouldMapEveryContactAndReferralSource(String cell, String code, String meaning) {
    assertThat(AnnexACodes.key(cell)).isEqualTo(code);
    assertThat(AnnexACodes.SOURCES.get(code)).contains(meaning);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "a) Yes | YES",
        "Yes | YES",
        "Y | YES",
        "TRUE | YES",
        "b) No | NO",
        "No | NO",
        "n | NO",
        "FALSE | NO",
        "c) Unknown | UNKNOWN"
      })
  void shouldMapEveryAnswer(String cell, Answer answer) {
    assertThat(mapped(AnnexACodes.ANSWERS, cell)).isEqualTo(answer);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "N0 - Not stated | Not stated",
        "N1 - Abuse or Neglect | Abuse or neglect",
        "N2 - Child's disability | Child's disability",
        "N3 - Parental disability or illness | Parental disability",
        "N4 - Family in acute stress | acute stress",
        "N5 - Family dysfunction | dysfunction",
        "N6 - Socially unacceptable behaviour | behaviour",
        "N7 - Low income | Low income",
        "N8 - Absent parenting | Absent parenting",
        "N9 | other than children in need"
      })
  void shouldMapEveryPrimaryNeed(String cell, String meaning) {
    assertThat(mapped(AnnexACodes.PRIMARY_NEEDS, cell)).contains(meaning);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "RC1 - Adopted | Adopted",
        "RC2 - Died | Died",
        "RC3 | arrangements",
        "RC4 | guardianship",
        "RC5 | another local authority",
        "RC6 | adult social care",
        "RC7 | any other reason",
        "RC8 - Case closed | no further action",
        "RC9 | early help"
      })
  void shouldMapEveryCinClosureReason(String cell, String meaning) {
    assertThat(mapped(AnnexACodes.CIN_CLOSURE_REASONS, cell)).contains(meaning);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "a) Neglect | NEGLECT", "NEG | NEGLECT", "b) Physical abuse | OTHER", "PHY | OTHER",
        "c) Sexual abuse | OTHER", "SAB | OTHER", "d) Emotional abuse | OTHER", "EMO | OTHER",
        "e) Multiple/not recommended | OTHER", "Multiple | OTHER", "MUL | OTHER"
      })
  void shouldMapEveryCategoryOfAbuseToARiskCategory(String cell, RiskCategory category) {
    assertThat(mapped(AnnexACodes.ABUSE_CATEGORIES, cell)).isEqualTo(category);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "C1: ICO | INTERIM_CARE_ORDER",
        "C2: FCO | CARE_ORDER",
        "D1: Freeing order | CARE_ORDER",
        "E1: Placement order | CARE_ORDER",
        "V2: Single period under S20 | S20_VOLUNTARY",
        "V3: Short term breaks, episodes recorded | S20_VOLUNTARY",
        "V4: Short term breaks, agreements recorded | S20_VOLUNTARY",
        "L1: Police protection LA accommodation | INTERIM_CARE_ORDER",
        "L2: EPO | INTERIM_CARE_ORDER",
        "L3: Child assessment order LA accommodation | INTERIM_CARE_ORDER",
        "J1: Remanded to LA or youth detention | RESIDENTIAL",
        "J2: LA accommodation under PACE | RESIDENTIAL",
        "J3: Youth rehabilitation order | RESIDENTIAL"
      })
  void shouldMapEveryLegalStatusToALegalBasis(String cell, LegalBasis basis) {
    assertThat(mapped(AnnexACodes.LEGAL_STATUSES, cell)).isEqualTo(basis);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "a) U1: Foster placement - relatives - long term | CARER | false",
        "b) U2: Foster placement - relative - FFA | CARER | false",
        "c) U3: Foster placement - relative - not FFA | CARER | false",
        "d) U4: Foster placement - long term | CARER | false",
        "e) U5: Foster placement - FFA | CARER | false",
        "f) U6: Foster placement - not FFA | CARER | false",
        "g) A3: Placed for adoption - consent - current foster | CARER | false",
        "h) A4: Placed for adoption - consent - not foster | CARER | false",
        "i) A5: Placed for adoption - order - foster | CARER | false",
        "j) A6: Placed for adoption - order - not foster | CARER | false",
        "k) P1: Placed with parents | FAMILY | false",
        "l) P2: Independent living | OTHER | false",
        "m) P3: Residential employment | OTHER | false",
        "n) H5: Residential accommodation | OTHER | true",
        "o) K1: Secure Children's Homes | OTHER | true",
        "p) K2: Children's Homes | OTHER | true",
        "q) R1: Residential Care Home | OTHER | true",
        "r) R2: NHS/Health Trust | OTHER | true",
        "s) R3: Family Centre or Mother and Baby Unit | OTHER | true",
        "t) R5: Young Offender Institution | OTHER | true",
        "u) S1: Residential school | OTHER | true",
        "w) T0: Temporary placement | OTHER | false",
        "x) T1: Temporary placement - hospital | OTHER | true",
        "y) T2: Temporary placement - holiday | OTHER | false",
        "z) T3: Temporary placement - carer holiday | OTHER | false",
        "zz) T4: Temporary placement - seven days or less | OTHER | false",
        "v) Z1: Other placements | OTHER | false"
      })
  void shouldMapEveryPlacementTypeToTheKindOfPersonLivedWith(
      String cell, PersonKind kind, boolean establishment) {
    AnnexACodes.Placement p = mapped(AnnexACodes.PLACEMENT_TYPES, cell);
    assertThat(p.kind()).isEqualTo(kind);
    assertThat(p.establishment()).isEqualTo(establishment);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "a) E11: Adopted - application unopposed | unopposed",
        "b) E12: Adopted - consent dispensed | consent dispensed",
        "g) E13: Parents, relatives or other | no parental responsibility",
        "q) E14: Accommodation on remand ended | remand",
        "r) E15: Age assessment | 18 or over",
        "s) E16: Child moved abroad | abroad",
        "v) E17: Aged 18+ | remained",
        "c) E2: Died | Died",
        "d) E3: Care taken by another LA | another local authority",
        "h) E41: Residence order granted | Residence",
        "E43 | former foster carer, relative",
        "E44 | former foster carer, other",
        "i) E45: SGO | former carer, relative",
        "j) E46: SGO | former carer, other",
        "k) E47: SGO | order: relative or friend",
        "l) E48: SGO | order: other",
        "e) E4A: Returned home | as planned",
        "f) E4B: Returned home | not as planned",
        "m) E5: Independent living | with support",
        "n) E6: Independent living | without support",
        "o) E7: Residential care | adult",
        "t) E8: Care ceased | any other reason",
        "p) E9: Sentenced to custody | custody"
      })
  void shouldMapEveryReasonCeasedToBeLookedAfter(String cell, String meaning) {
    assertThat(mapped(AnnexACodes.CEASED_REASONS, cell)).contains(meaning);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "RD1 | needs changed",
        "RD2 | placement order",
        "RD3 | could not be found",
        "RD4 | other reason"
      })
  void shouldMapEveryReasonNoLongerPlacedForAdoption(String cell, String meaning) {
    assertThat(mapped(AnnexACodes.ADOPTION_STOPPED_REASONS, cell)).contains(meaning);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "' a) Yes ' | Yes",
        "N1 - Abuse or Neglect | N1",
        "Physical abuse | Physical abuse",
        "PSRMEM - Support with memory | PSRMEM",
        "e4a: Returned home | E4A"
      })
  void shouldReduceACellToItsCode(String cell, String key) {
    assertThat(AnnexACodes.key(cell)).isEqualTo(key);
  }

  private static <T> T mapped(Map<String, T> table, String cell) {
    String key = AnnexACodes.key(cell);
    T value = table.get(key);
    return value != null ? value : table.get(key.toUpperCase(java.util.Locale.ROOT));
  }
}
