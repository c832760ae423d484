package org.sgnet.sources.ssda903;

import static org.sgnet.sources.CodeLists.ordered;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.sgnet.bundle.LegalBasis;
import org.sgnet.bundle.PersonKind;
import org.sgnet.sources.CodeLists;

/**
 * The SSDA903 codes that the adapter maps, each table as the DfE's 903 guidance lists it (the
 * 2023–24 and 2024–25 code lists), and as {@code docs/sources/ssda903.md} prints it. A code that is
 * not in its table refuses the record: the adapter never guesses.
 */
final class Ssda903Codes {

  private Ssda903Codes() {}

  /**
   * Who the child lives with in a placement of a type ({@code PLACE}).
   *
   * @param kind the kind of the person the child is placed with
   * @param role what the person is, as the people table shows it
   * @param settingByUrn whether the placement's {@code URN} names the setting the child lives in (a
   *     children's home, a school), so that children placed there share one person; {@code false}
   *     where the URN names a provider of many homes (a fostering agency) or where there is none,
   *     and the person is the child's own
   */
  record Placement(PersonKind kind, String role, boolean settingByUrn) {
    Placement {
      if (settingByUrn && kind != PersonKind.OTHER) {
        // A setting is shared by all its children; a carer or parent is never shared by URN.
        throw new IllegalArgumentException("only an OTHER placement is a setting by URN");
      }
    }
  }

  /**
   * Reason for new episode ({@code RNE}): whether the child stays with the carer of the episode
   * before ({@code true}: only the legal status changed, or the placement changed but the carer did
   * not).
   */
  static final Map<String, Boolean> SAME_CARER =
      Map.of(
          "S", false, // started to be looked after
          "L", true, // change of legal status only
          "P", false, // change of placement and carer only
          "T", false, // change of legal status and of placement and carer at once
          "B", true, // change of placement, carer unchanged
          "U", true); // change of legal status and of placement, carer unchanged

  /** Legal status ({@code LS}) → the placement's legal basis. */
  static final Map<String, LegalBasis> LEGAL_STATUS =
      CodeLists.LEGAL_STATUS; // youth rehabilitation order with residence requirement

  /** Placement type ({@code PLACE}, {@code PL} in the XML) → who the child lives with. */
  static final Map<String, Placement> PLACEMENT = placements();

  /** Ethnic origin ({@code ETHNIC}) → its name; the event keeps the code as written. */
  static final Map<String, String> ETHNICITY = CodeLists.ETHNICITY;

  /** Review participation ({@code REVIEW_CODE}) → the meeting's summary. */
  static final Map<String, String> REVIEW_PARTICIPATION =
      ordered(
          "PN0", "child aged under 4 at the time of the review",
          "PN1", "child attended and spoke for themself",
          "PN2", "child attended and an advocate spoke for them",
          "PN3", "child attended and conveyed their view symbolically",
          "PN4", "child attended but did not convey their view",
          "PN5", "child did not attend and briefed an advocate",
          "PN6", "child did not attend and conveyed their view by a facilitative medium",
          "PN7", "child did not attend and their view was not conveyed");

  /** Missing episode type ({@code MISSING}) → the risk event's summary. */
  static final Map<String, String> MISSING =
      ordered(
          "M", "Missing from placement",
          "A", "Away from placement without authorisation");

  /** Reason for social worker change ({@code SW_REASON}) → its meaning. */
  static final Map<String, String> SW_REASON =
      ordered(
          "MANAGE", "management decision",
          "FCONTA", "fixed-term contract ended",
          "LEFTRL", "social worker left the role",
          "ORGRST", "organisational restructure",
          "TSPROC", "transfer between teams in the case process",
          "ABSENC", "social worker absent",
          "CHCHAN", "child's request",
          "PCCHAN", "parent's or carer's request",
          "SWDIED", "social worker died",
          "OTHERS", "other");

  /** An OC2 flag ({@code CONVICTED}, {@code SUBSTANCE_MISUSE}): whether it is set. */
  static final Map<String, Boolean> FLAG = Map.of("0", false, "1", true);

  /**
   * The codes the guidance gives for a unique pupil number that is not known or does not apply (UN1
   * to UN10): they name no child, so they are no identifier.
   */
  static final Set<String> UPN_UNKNOWN =
      Set.of("UN1", "UN2", "UN3", "UN4", "UN5", "UN6", "UN7", "UN8", "UN9", "UN10");

  private static Map<String, Placement> placements() {
    PersonKind carer = PersonKind.CARER;
    PersonKind other = PersonKind.OTHER;
    Map<String, Placement> m = new LinkedHashMap<>();
    m.put("A3", new Placement(carer, "Prospective adopter (own foster carer, consent)", false));
    m.put("A4", new Placement(carer, "Prospective adopter (consent)", false));
    m.put("A5", new Placement(carer, "Prospective adopter (own foster carer, order)", false));
    m.put("A6", new Placement(carer, "Prospective adopter (placement order)", false));
    m.put("H5", new Placement(other, "Supported accommodation", true));
    m.put("K1", new Placement(other, "Secure children's home", true));
    m.put("K2", new Placement(other, "Children's home", true));
    m.put(
        "P1",
        new Placement(PersonKind.FAMILY, "Parent or person with parental responsibility", false));
    m.put("P2", new Placement(other, "Independent living", false));
    m.put("P3", new Placement(other, "Residential employment", false));
    m.put("R1", new Placement(other, "Residential care home", true));
    m.put("R2", new Placement(other, "NHS or health establishment", true));
    m.put("R3", new Placement(other, "Family centre or mother and baby unit", true));
    m.put("R5", new Placement(other, "Young offender institution or prison", true));
    m.put("S1", new Placement(other, "Residential school", true));
    m.put("T0", new Placement(other, "Temporary move", false));
    m.put("T1", new Placement(other, "Temporary stay in hospital", false));
    m.put("T2", new Placement(other, "Temporary absence on holiday", false));
    m.put("T3", new Placement(carer, "Temporary foster carer (usual carer on holiday)", false));
    m.put("T4", new Placement(other, "Temporary accommodation of 7 days or less", false));
    m.put("U1", new Placement(carer, "Foster carer, relative or friend (long term)", false));
    m.put(
        "U2",
        new Placement(carer, "Foster carer, relative or friend (fostering for adoption)", false));
    m.put("U3", new Placement(carer, "Foster carer, relative or friend", false));
    m.put("U4", new Placement(carer, "Foster carer (long term)", false));
    m.put("U5", new Placement(carer, "Foster carer (fostering for adoption)", false));
    m.put("U6", new Placement(carer, "Foster carer", false));
    m.put("Z1", new Placement(other, "Other placement", false));
    return java.util.Collections.unmodifiableMap(m);
  }
}
