package org.sgnet.sources.dfeapi;

import static org.sgnet.sources.CodeLists.ordered;

import java.util.Map;
import org.sgnet.bundle.LegalBasis;
import org.sgnet.bundle.PersonKind;
import org.sgnet.bundle.RiskCategory;
import org.sgnet.sources.CodeLists;

/**
 * The code tables of the DfE children's social care API that sgnet maps. The schema gives no
 * enumerations (only lengths), so the codes are those of the returns the API follows: the Children
 * in Need census (factors, referral sources, closure reasons, ethnicity) and SSDA903 (placement
 * types). A code that is in no table refuses its record. {@code docs/sources/dfe-api.md} holds the
 * same tables.
 */
final class DfeCodes {

  private DfeCodes() {}

  /**
   * A factor identified at the end of an assessment.
   *
   * @param risk the risk category its RISK event takes, or {@code null} for a factor that is a need
   *     rather than a risk (a disability, a young carer…), which makes no RISK event
   * @param text what the factor is, for the assessment's summary
   */
  record Factor(RiskCategory risk, String text) {}

  /**
   * CIN census assessment factors ({@code factors}) → what each is. The risk category is not
   * written here: it is the one every source shares ({@link CodeLists#factorRisk}).
   */
  private static final Map<String, String> FACTOR_TEXTS =
      ordered(
          "1A", "alcohol misuse by the child",
          "1B", "alcohol misuse by a parent or carer",
          "1C", "alcohol misuse by another person",
          "2A", "drug misuse by the child",
          "2B", "drug misuse by a parent or carer",
          "2C", "drug misuse by another person",
          "3A", "domestic abuse: the child",
          "3B", "domestic abuse: a parent or carer",
          "3C", "domestic abuse: another person",
          "4A", "mental health of the child",
          "4B", "mental health of a parent or carer",
          "4C", "mental health of another person",
          "5A", "learning disability of the child",
          "5B", "learning disability of a parent or carer",
          "5C", "learning disability of another person",
          "6A", "physical disability or illness of the child",
          "6B", "physical disability or illness of a parent or carer",
          "6C", "physical disability or illness of another person",
          "7A", "young carer",
          "8B", "privately fostered",
          "8C", "privately fostered",
          "8D", "privately fostered",
          "8E", "privately fostered",
          "8F", "privately fostered",
          "9A", "unaccompanied asylum-seeking child",
          "10A", "going missing",
          "11A", "child sexual exploitation",
          "12A", "trafficking",
          "13A", "gangs",
          "14A", "socially unacceptable behaviour",
          "15A", "self-harm",
          "16A", "neglect",
          "17A", "emotional abuse",
          "18B", "physical abuse, child on child",
          "18C", "physical abuse, adult on child",
          "19B", "sexual abuse, child on child",
          "19C", "sexual abuse, adult on child",
          "20", "other",
          "21", "no factors identified",
          "22A", "female genital mutilation",
          "23A", "abuse linked to faith or belief",
          "24A", "child criminal exploitation");

  /** The factors with the risk category every source shares ({@link CodeLists}). */
  static final Map<String, Factor> FACTORS = withSharedRisks(FACTOR_TEXTS);

  private static Map<String, Factor> withSharedRisks(Map<String, String> texts) {
    Map<String, Factor> m = new java.util.LinkedHashMap<>();
    texts.forEach((code, text) -> m.put(code, new Factor(CodeLists.factorRisk(code), text)));
    return java.util.Collections.unmodifiableMap(m);
  }

  /**
   * What a placement type says of the placement.
   *
   * @param basis the legal basis of the PLACED_WITH tie
   * @param assumed whether the basis is assumed because the type does not say it (the API carries
   *     no legal status); see the documentation
   * @param with the kind of the person the child is placed with
   * @param text what the placement is, for the placement's role
   */
  record Placement(LegalBasis basis, boolean assumed, PersonKind with, String text) {}

  /**
   * The basis of a placement whose type does not give one: the API has no legal status, and a care
   * order is what most looked-after children are placed under; never section 20, so that no section
   * 20 finding rests on a guess.
   */
  static final LegalBasis ASSUMED_BASIS = LegalBasis.CARE_ORDER;

  /** SSDA903 placement types ({@code placement_type}) → legal basis and carer kind. */
  static final Map<String, Placement> PLACEMENT_TYPES =
      ordered(
          "A3", assumed(PersonKind.CARER, "Prospective adopter (current foster carer, consent)"),
          "A4", assumed(PersonKind.CARER, "Prospective adopter (consent)"),
          "A5", assumed(PersonKind.CARER, "Prospective adopter (current foster carer, order)"),
          "A6", assumed(PersonKind.CARER, "Prospective adopter (placement order)"),
          "H5", residential("Semi-independent living accommodation"),
          "K1", residential("Secure children's home"),
          "K2", residential("Children's home"),
          "P1", new Placement(LegalBasis.HOME, false, PersonKind.FAMILY, "Parent(s)"),
          "P2", assumed(PersonKind.OTHER, "Independent living"),
          "P3", residential("Residential employment"),
          "R1", residential("Residential care home"),
          "R2", residential("NHS or health establishment"),
          "R3", residential("Family centre or mother and baby unit"),
          "R5", residential("Young offender institution or prison"),
          "S1", residential("Residential school"),
          "T0", assumed(PersonKind.OTHER, "Temporary placement"),
          "T1", assumed(PersonKind.OTHER, "Temporary placement in hospital"),
          "T2", assumed(PersonKind.OTHER, "Temporary absence on holiday"),
          "T3", assumed(PersonKind.OTHER, "Temporary placement while the foster carer is away"),
          "T4", assumed(PersonKind.OTHER, "Temporary placement of 7 days or less"),
          "U1", kinship("Foster carer, relative or friend (long term)"),
          "U2", kinship("Foster carer, relative or friend (fostering for adoption)"),
          "U3", kinship("Foster carer, relative or friend"),
          "U4", assumed(PersonKind.CARER, "Foster carer (long term)"),
          "U5", assumed(PersonKind.CARER, "Foster carer (fostering for adoption)"),
          "U6", assumed(PersonKind.CARER, "Foster carer"),
          "Z1", assumed(PersonKind.OTHER, "Other placement"));

  /** CIN census referral sources ({@code referral_source}) → who referred, for the summary. */
  static final Map<String, String> REFERRAL_SOURCES =
      ordered(
          "1A", "a family member, relative or carer",
          "1B", "an acquaintance",
          "1C", "the child",
          "1D", "another individual",
          "2A", "a school",
          "2B", "education services",
          "3A", "a GP",
          "3B", "a health visitor",
          "3C", "a school nurse",
          "3D", "other primary health services",
          "3E", "an accident and emergency department",
          "3F", "other health services",
          "4", "housing",
          "5A", "social care services",
          "5B", "another local authority department",
          "5C", "another local authority",
          "5D", "early help",
          "6", "the police",
          "7", "another legal agency",
          "8", "another agency",
          "9", "an anonymous referrer",
          "10", "an unknown source");

  /** CIN census reasons for closure ({@code closure_reason}) → the decision's text. */
  static final Map<String, String> CLOSURE_REASONS = CodeLists.CLOSURE_REASON;

  /**
   * CIN census ethnicity codes ({@code ethnicity}). The event keeps the code as written so that
   * sources compare; the table only refuses a code that is none of these.
   */
  static final Map<String, String> ETHNICITIES = CodeLists.ETHNICITY;

  private static Placement assumed(PersonKind with, String text) {
    return new Placement(ASSUMED_BASIS, true, with, text);
  }

  private static Placement residential(String text) {
    return new Placement(LegalBasis.RESIDENTIAL, false, PersonKind.OTHER, text);
  }

  private static Placement kinship(String text) {
    return new Placement(LegalBasis.KINSHIP, false, PersonKind.CARER, text);
  }
}
