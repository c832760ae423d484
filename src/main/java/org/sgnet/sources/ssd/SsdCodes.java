package org.sgnet.sources.ssd;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sgnet.bundle.LegalBasis;
import org.sgnet.bundle.MeetingSubtype;
import org.sgnet.bundle.PersonKind;
import org.sgnet.bundle.RiskCategory;
import org.sgnet.sources.CodeLists;

/**
 * Every SSD code that sgnet maps, each table as docs/sources/ssd.md shows it. A code missing from a
 * table refuses its row; {@link Optional#empty()} marks a code that is known and deliberately maps
 * to nothing (such as ethnicity NOBT, "not yet obtained").
 */
final class SsdCodes {

  private SsdCodes() {}

  /** Yes/no flags ({@code nchar(1)} in the SSD; exports also write words). */
  static final Map<String, Boolean> YES_NO =
      Map.of(
          "Y", true, "YES", true, "TRUE", true, "1", true, "N", false, "NO", false, "FALSE", false,
          "0", false);

  /**
   * {@code pers_ethnicity}: the DfE main categories are recorded as written, so that codes from
   * other sources compare; "refused" and "not yet obtained" record no ethnicity.
   */
  static final Map<String, Optional<String>> ETHNICITY = ethnicity();

  /**
   * {@code lega_legal_status} (SSDA903 legal statuses): the basis on which a looked-after child is
   * placed. Emergency orders (L1–L3) have no basis of their own in sgnet and count as interim
   * orders; youth-justice statuses (J1–J3) as residential placements.
   */
  static final Map<String, LegalBasis> LEGAL_STATUS = CodeLists.LEGAL_STATUS;

  /** Who a child lives with in a placement of a type: the kind of person, and their role. */
  record Carer(PersonKind kind, String role) {}

  /** {@code clap_cla_placement_type} (SSDA903 placement types): who the child is placed with. */
  static final Map<String, Carer> PLACEMENT_TYPE = placementTypes();

  /**
   * Assessment factors ({@code cinf_assessment_factors_json}, the CIN census codes) → the risk
   * category of a RISK event; 21 ("no factors identified") raises none.
   */
  static final Map<String, Optional<RiskCategory>> ASSESSMENT_FACTOR =
      CodeLists.ASSESSMENT_FACTOR_RISK;

  /** CP plan category of abuse (words as the SSD guidance writes them, or CIN census codes). */
  static final Map<String, RiskCategory> CP_CATEGORY =
      Map.ofEntries(
          Map.entry("NEGLECT", RiskCategory.NEGLECT),
          Map.entry("NEG", RiskCategory.NEGLECT),
          Map.entry("PHYSICAL ABUSE", RiskCategory.OTHER),
          Map.entry("PHY", RiskCategory.OTHER),
          Map.entry("SEXUAL ABUSE", RiskCategory.OTHER),
          Map.entry("SAB", RiskCategory.OTHER),
          Map.entry("EMOTIONAL ABUSE", RiskCategory.OTHER),
          Map.entry("EMO", RiskCategory.OTHER),
          Map.entry("MULTIPLE", RiskCategory.OTHER),
          Map.entry("MUL", RiskCategory.OTHER));

  /** {@code miss_missing_episode_type}: both kinds are a MISSING risk; the text is the summary. */
  static final Map<String, String> MISSING_TYPE =
      Map.of("M", "Missing from care", "A", "Away from placement without authorisation");

  /** The meetings that SSD tables record, by table. */
  static final Map<SsdTable, MeetingSubtype> MEETING =
      Map.of(
          SsdTable.S47_ENQUIRY, MeetingSubtype.STRATEGY,
          SsdTable.INITIAL_CP_CONFERENCE, MeetingSubtype.RISK_MANAGEMENT,
          SsdTable.CP_REVIEWS, MeetingSubtype.RISK_MANAGEMENT,
          SsdTable.CLA_REVIEWS, MeetingSubtype.LOOKED_AFTER_REVIEW);

  /** {@code cine_cin_primary_need_code}: the category of need, for the decision's text. */
  static final Map<String, String> PRIMARY_NEED = CodeLists.PRIMARY_NEED;

  /** {@code cine_close_reason}: why the CIN episode closed, for the decision's text. */
  static final Map<String, String> CLOSE_REASON = CodeLists.CLOSURE_REASON;

  /**
   * {@code link_identifier_type} → the identifier scheme; empty for identifiers of a case, a court
   * case or an incident, which may name several children and must not join them.
   */
  static final Map<String, Optional<LinkScheme>> LINK_TYPE =
      Map.ofEntries(
          Map.entry("UNIQUE PUPIL NUMBER", Optional.of(LinkScheme.UPN)),
          Map.entry("UPN", Optional.of(LinkScheme.UPN)),
          Map.entry("NHS NUMBER", Optional.of(LinkScheme.NHS)),
          Map.entry("NHS", Optional.of(LinkScheme.NHS)),
          Map.entry("NATIONAL INSURANCE NUMBER", Optional.of(LinkScheme.NI)),
          Map.entry("HOME OFFICE REGISTRATION", Optional.of(LinkScheme.HOME_OFFICE)),
          Map.entry("YOT NUMBER", Optional.of(LinkScheme.YOT)),
          Map.entry("CASE NUMBER", Optional.empty()),
          Map.entry("COURT CASE NUMBER", Optional.empty()),
          Map.entry("RAA ID", Optional.empty()),
          Map.entry("INCIDENT ID", Optional.empty()));

  /** The identifier schemes of linked identifiers. */
  enum LinkScheme {
    UPN,
    NHS,
    NI,
    HOME_OFFICE,
    YOT
  }

  /**
   * {@code invo_professional_role_id} is free text; these roles (compared in upper case) mark the
   * child's lead professional. Every other role is an involvement without the lead.
   */
  static final Set<String> LEAD_ROLES =
      Set.of(
          "ALLOCATED CASE WORKER",
          "ALLOCATED SOCIAL WORKER",
          "ALLOCATED WORKER",
          "LEAD PROFESSIONAL");

  private static Map<String, Optional<String>> ethnicity() {
    Map<String, Optional<String>> m = new LinkedHashMap<>();
    for (String code :
        new String[] {
          "WBRI", "WIRI", "WOTH", "WIRT", "WROM", "MWBC", "MWBA", "MWAS", "MOTH", "AIND", "APKN",
          "ABAN", "CNHE", "AOTH", "BCRB", "BAFR", "BOTH", "OOTH"
        }) {
      m.put(code, Optional.of(code));
    }
    m.put("REFU", Optional.empty());
    m.put("NOBT", Optional.empty());
    return Map.copyOf(m);
  }

  private static Map<String, Carer> placementTypes() {
    Map<String, Carer> m = new LinkedHashMap<>();
    for (String code : new String[] {"A3", "A4", "A5", "A6"}) {
      m.put(code, new Carer(PersonKind.CARER, "Prospective adopter"));
    }
    for (String code : new String[] {"U1", "U2", "U3"}) {
      m.put(code, new Carer(PersonKind.CARER, "Family and friends foster carer"));
    }
    for (String code : new String[] {"U4", "U5", "U6"}) {
      m.put(code, new Carer(PersonKind.CARER, "Foster carer"));
    }
    m.put("P1", new Carer(PersonKind.FAMILY, "Parent (placed with parents)"));
    m.put("H5", new Carer(PersonKind.OTHER, "Semi-independent accommodation"));
    m.put("K1", new Carer(PersonKind.OTHER, "Secure children's home"));
    m.put("K2", new Carer(PersonKind.OTHER, "Children's home"));
    m.put("P2", new Carer(PersonKind.OTHER, "Independent living"));
    m.put("P3", new Carer(PersonKind.OTHER, "Residential employment"));
    m.put("R1", new Carer(PersonKind.OTHER, "Residential care home"));
    m.put("R2", new Carer(PersonKind.OTHER, "NHS or health establishment"));
    m.put("R3", new Carer(PersonKind.OTHER, "Family centre or mother and baby unit"));
    m.put("R5", new Carer(PersonKind.OTHER, "Young offender institution"));
    m.put("S1", new Carer(PersonKind.OTHER, "Residential school"));
    for (String code : new String[] {"T0", "T1", "T2", "T3", "T4"}) {
      m.put(code, new Carer(PersonKind.OTHER, "Temporary placement"));
    }
    m.put("Z1", new Carer(PersonKind.OTHER, "Other placement"));
    return Map.copyOf(m);
  }
}
