package org.sgnet.sources;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.sgnet.bundle.LegalBasis;
import org.sgnet.bundle.RiskCategory;

/**
 * The DfE's code lists that several statutory sources share, mapped once so that a code means the
 * same in the network whichever source wrote it (a child's legal status from the SSDA903 return,
 * Annex A and the SSD gives one legal basis).
 */
public final class CodeLists {

  private CodeLists() {}

  /**
   * Legal status (the SSDA903 codes, also in Annex A's list 8 and the SSD's legal status table) →
   * the placement's legal basis. Section 20 accommodation, single or in short breaks, is {@code
   * S20_VOLUNTARY}; freeing and placement orders rest on a care order. The bundle format has no
   * basis for police protection, emergency protection and assessment orders (L1–L3): they are
   * compulsory and short, as an interim care order is. Youth-justice statuses (J1–J3) place the
   * child in accommodation the authority or the youth justice system provides: {@code RESIDENTIAL}.
   * Adapters keep the code itself on the tie where the difference matters.
   */
  public static final Map<String, LegalBasis> LEGAL_STATUS =
      ordered(
          "C1", LegalBasis.INTERIM_CARE_ORDER, // interim care order
          "C2", LegalBasis.CARE_ORDER, // full care order
          "D1", LegalBasis.CARE_ORDER, // freeing order granted
          "E1", LegalBasis.CARE_ORDER, // placement order granted
          "V2", LegalBasis.S20_VOLUNTARY, // single period of accommodation under section 20
          "V3", LegalBasis.S20_VOLUNTARY, // short breaks, individual episodes recorded
          "V4", LegalBasis.S20_VOLUNTARY, // short breaks, agreements recorded
          "L1", LegalBasis.INTERIM_CARE_ORDER, // police protection, in LA accommodation
          "L2", LegalBasis.INTERIM_CARE_ORDER, // emergency protection order
          "L3", LegalBasis.INTERIM_CARE_ORDER, // child assessment order, in LA accommodation
          "J1", LegalBasis.RESIDENTIAL, // remanded to LA or youth detention accommodation
          "J2", LegalBasis.RESIDENTIAL, // PACE 1984 accommodation, including secure
          "J3", LegalBasis.RESIDENTIAL); // youth rehabilitation order with residence requirement

  /**
   * Ethnicity (the DfE's 20 codes, in every statutory return) → its name. Events keep the code as
   * written, so that agencies' records compare.
   */
  public static final Map<String, String> ETHNICITY =
      ordered(
          "WBRI", "White British",
          "WIRI", "White Irish",
          "WOTH", "Any other White background",
          "WIRT", "Traveller of Irish heritage",
          "WROM", "Gypsy/Roma",
          "MWBC", "White and Black Caribbean",
          "MWBA", "White and Black African",
          "MWAS", "White and Asian",
          "MOTH", "Any other mixed background",
          "AIND", "Indian",
          "APKN", "Pakistani",
          "ABAN", "Bangladeshi",
          "AOTH", "Any other Asian background",
          "BCRB", "Caribbean",
          "BAFR", "African",
          "BOTH", "Any other Black background",
          "CHNE", "Chinese",
          "OOTH", "Any other ethnic group",
          "REFU", "Refused",
          "NOBT", "Information not yet obtained");

  /**
   * Primary need (the CIN census codes N0–N9, also in the SSD) → the category of need, for a
   * decision's text.
   */
  public static final Map<String, String> PRIMARY_NEED =
      ordered(
          "N0", "not stated",
          "N1", "abuse or neglect",
          "N2", "child's disability",
          "N3", "parental disability or illness",
          "N4", "family in acute stress",
          "N5", "family dysfunction",
          "N6", "socially unacceptable behaviour",
          "N7", "low income",
          "N8", "absent parenting",
          "N9", "cases other than children in need");

  /**
   * Reason for closure of an episode of need (the CIN census codes RC1–RC9, also in the SSD and the
   * DfE's API) → why it closed, for the decision's text.
   */
  public static final Map<String, String> CLOSURE_REASON =
      ordered(
          "RC1", "adopted",
          "RC2", "died",
          "RC3", "child arrangements order",
          "RC4", "special guardianship order",
          "RC5", "transferred to another local authority",
          "RC6", "transferred to adult social care",
          "RC7", "services ceased for another reason",
          "RC8", "closed after assessment, no further action",
          "RC9", "closed after assessment, referred to early help");

  /**
   * Factors identified at the end of an assessment (the CIN census codes, also in the SSD and the
   * DfE's API) → the category of the RISK event each becomes; {@code 21} (no factors identified)
   * becomes none. Every factor but that one is a concern an agency named about the child, needs
   * such as a disability or being a young carer included ({@code OTHER}): the rules then see each
   * agency's concerns alike, whichever return carried them.
   */
  public static final Map<String, java.util.Optional<RiskCategory>> ASSESSMENT_FACTOR_RISK =
      factors();

  private static Map<String, java.util.Optional<RiskCategory>> factors() {
    Map<String, java.util.Optional<RiskCategory>> m = new LinkedHashMap<>();
    risk(m, RiskCategory.SUBSTANCE_MISUSE, "1A", "1B", "1C", "2A", "2B", "2C");
    risk(m, RiskCategory.DOMESTIC_ABUSE, "3A", "3B", "3C");
    risk(m, RiskCategory.OTHER, "4A", "4B", "4C", "5A", "5B", "5C", "6A", "6B", "6C", "7A");
    risk(m, RiskCategory.OTHER, "8B", "8C", "8D", "8E", "8F", "9A");
    risk(m, RiskCategory.MISSING, "10A");
    risk(m, RiskCategory.CSE, "11A");
    risk(m, RiskCategory.OTHER, "12A");
    risk(m, RiskCategory.OFFENDING, "13A");
    risk(m, RiskCategory.OTHER, "14A");
    risk(m, RiskCategory.SELF_HARM, "15A");
    risk(m, RiskCategory.NEGLECT, "16A");
    risk(m, RiskCategory.OTHER, "17A", "18B", "18C", "19B", "19C", "20");
    m.put("21", java.util.Optional.empty());
    risk(m, RiskCategory.OTHER, "22A", "23A");
    risk(m, RiskCategory.OFFENDING, "24A");
    return Collections.unmodifiableMap(m);
  }

  private static void risk(
      Map<String, java.util.Optional<RiskCategory>> m, RiskCategory category, String... codes) {
    for (String code : codes) {
      m.put(code, java.util.Optional.of(category));
    }
  }

  /** Returns the risk category of an assessment factor, or {@code null} for none or unknown. */
  public static RiskCategory factorRisk(String code) {
    java.util.Optional<RiskCategory> risk = ASSESSMENT_FACTOR_RISK.get(code);
    return risk == null ? null : risk.orElse(null);
  }

  /**
   * Returns a code table from code/value pairs, in the order written: every format's code lists are
   * written this way, so that a table reads as the guidance prints it.
   */
  @SuppressWarnings("unchecked")
  public static <V> Map<String, V> ordered(Object... pairs) {
    Map<String, V> m = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      m.put((String) pairs[i], (V) pairs[i + 1]);
    }
    return Collections.unmodifiableMap(m);
  }
}
