package org.sgnet.sources;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.sgnet.bundle.LegalBasis;

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

  @SuppressWarnings("unchecked")
  private static <V> Map<String, V> ordered(Object... pairs) {
    Map<String, V> m = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      m.put((String) pairs[i], (V) pairs[i + 1]);
    }
    return Collections.unmodifiableMap(m);
  }
}
