package org.sgnet.sources.annexa;

import static org.sgnet.sources.CodeLists.ordered;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sgnet.bundle.LegalBasis;
import org.sgnet.bundle.PersonKind;
import org.sgnet.bundle.RiskCategory;
import org.sgnet.sources.CodeLists;

/**
 * Every code of the Annex A template that sgnet maps, and how a cell's text becomes its code. The
 * tables are those of {@code docs/sources/annex-a.md}; a code that is in none of them is refused,
 * never dropped.
 */
final class AnnexACodes {

  /** A yes/no answer; {@code UNKNOWN} is the template's "c) Unknown". */
  enum Answer {
    YES,
    NO,
    UNKNOWN
  }

  /**
   * What a placement type says of the person the child lives with.
   *
   * @param kind the kind of person in the network
   * @param role the placement as the person's role
   * @param establishment whether the placement is an establishment (a home, a school, a unit) whose
   *     URN names one place shared by its children, rather than a carer or a fostering service
   */
  record Placement(PersonKind kind, String role, boolean establishment) {}

  // A template cell is "a) WBRI", "q) 6: Police", "f) U6: Foster placement - not FFA",
  // "N1 - Abuse or Neglect": the list letter goes, then the code before ':' or ' - ' is kept.
  private static final Pattern LETTER = Pattern.compile("^[A-Za-z]{1,2}[0-9]?\\)\\s*");
  private static final Pattern CODE = Pattern.compile("^([A-Za-z0-9]{1,6})\\s*(?::|\\s-\\s)");

  /** The census ethnicity codes, with their meaning (the value kept is the code as written). */
  static final Map<String, String> ETHNICITIES = CodeLists.ETHNICITY;

  /** The ethnicity codes that say no ethnicity was recorded: no event is made of them. */
  static final Set<String> ETHNICITY_NOT_RECORDED = Set.of("REFU", "NOBT");

  /** Contact and referral sources (CIN census source codes). */
  static final Map<String, String> SOURCES =
      ordered(
          "1A", "Individual: family member, relative or carer",
          "1B", "Individual: acquaintance",
          "1C", "Individual: self",
          "1D", "Individual: other",
          "2A", "Schools",
          "2B", "Education services",
          "3A", "Health services: GP",
          "3B", "Health services: health visitor",
          "3C", "Health services: school nurse",
          "3D", "Health services: other primary health services",
          "3E", "Health services: A&E",
          "3F", "Health services: other",
          "4", "Housing",
          "5A", "LA services: social care",
          "5B", "LA services: other internal",
          "5C", "LA services: external",
          "5D", "LA services: early help",
          "6", "Police",
          "7", "Other legal agency",
          "8", "Other",
          "9", "Anonymous",
          "10", "Unknown");

  /** Yes/no columns. */
  static final Map<String, Answer> ANSWERS =
      Map.of(
          "YES", Answer.YES,
          "Y", Answer.YES,
          "TRUE", Answer.YES,
          "NO", Answer.NO,
          "N", Answer.NO,
          "FALSE", Answer.NO,
          "UNKNOWN", Answer.UNKNOWN);

  /** Primary need codes (List 6). */
  static final Map<String, String> PRIMARY_NEEDS =
      ordered(
          "N0", "Not stated",
          "N1", "Abuse or neglect",
          "N2", "Child's disability",
          "N3", "Parental disability or illness",
          "N4", "Family in acute stress",
          "N5", "Family dysfunction",
          "N6", "Socially unacceptable behaviour",
          "N7", "Low income",
          "N8", "Absent parenting",
          "N9", "Cases other than children in need");

  /** Reasons a child in need episode closed (List 6). */
  static final Map<String, String> CIN_CLOSURE_REASONS =
      ordered(
          "RC1", "Adopted",
          "RC2", "Died",
          "RC3", "Child arrangements order",
          "RC4", "Special guardianship order",
          "RC5", "Transferred to services of another local authority",
          "RC6", "Transferred to adult social care services",
          "RC7", "Services ceased for any other reason",
          "RC8", "Case closed after assessment, no further action",
          "RC9", "Case closed after assessment, referred to early help");

  /** Categories of abuse of a child protection plan (List 7), as words or CIN census codes. */
  static final Map<String, RiskCategory> ABUSE_CATEGORIES =
      ordered(
          "NEGLECT", RiskCategory.NEGLECT,
          "NEG", RiskCategory.NEGLECT,
          "PHYSICAL ABUSE", RiskCategory.OTHER,
          "PHY", RiskCategory.OTHER,
          "SEXUAL ABUSE", RiskCategory.OTHER,
          "SAB", RiskCategory.OTHER,
          "EMOTIONAL ABUSE", RiskCategory.OTHER,
          "EMO", RiskCategory.OTHER,
          "MULTIPLE/NOT RECOMMENDED", RiskCategory.OTHER,
          "MULTIPLE", RiskCategory.OTHER,
          "MUL", RiskCategory.OTHER);

  /**
   * Legal statuses of a looked-after child (List 8, SSDA903 codes): the table every statutory
   * source shares; the code itself stays on the tie ({@code x_legal_status}).
   */
  static final Map<String, LegalBasis> LEGAL_STATUSES = CodeLists.LEGAL_STATUS;

  /** Placement types (List 8, SSDA903 codes): who the child lives with. */
  static final Map<String, Placement> PLACEMENT_TYPES =
      ordered(
          "U1", carer("Foster carer: relative or friend, long term"),
          "U2", carer("Foster carer: relative or friend, fostering for adoption"),
          "U3", carer("Foster carer: relative or friend"),
          "U4", carer("Foster carer: long term"),
          "U5", carer("Foster carer: fostering for adoption"),
          "U6", carer("Foster carer"),
          "A3", carer("Prospective adopter (consent, current foster carer)"),
          "A4", carer("Prospective adopter (consent)"),
          "A5", carer("Prospective adopter (placement order, current foster carer)"),
          "A6", carer("Prospective adopter (placement order)"),
          "P1", new Placement(PersonKind.FAMILY, "Parent (placed with parents)", false),
          "P2", other("Independent living", false),
          "P3", other("Residential employment", false),
          "H5", other("Semi-independent residential accommodation", true),
          "K1", other("Secure children's home", true),
          "K2", other("Children's home", true),
          "R1", other("Residential care home", true),
          "R2", other("NHS/health trust establishment", true),
          "R3", other("Family centre or mother and baby unit", true),
          "R5", other("Young offender institution", true),
          "S1", other("Residential school", true),
          "T0", other("Temporary placement", false),
          "T1", other("Temporary placement: hospital", true),
          "T2", other("Temporary placement: holiday", false),
          "T3", other("Temporary placement: carer's holiday", false),
          "T4", other("Temporary placement: seven days or less", false),
          "Z1", other("Other placement", false));

  /** Reasons a child ceased to be looked after (List 8, SSDA903 codes). */
  static final Map<String, String> CEASED_REASONS =
      ordered(
          "E11", "Adopted: application unopposed",
          "E12", "Adopted: consent dispensed with",
          "E13",
              "Left care to live with parents, relatives or others with no parental"
                  + " responsibility",
          "E14", "Accommodation on remand ended",
          "E15", "Age assessment determined the child was 18 or over",
          "E16", "Child moved abroad",
          "E17", "Aged 18 or over and remained with current carers",
          "E2", "Died",
          "E3", "Care taken by another local authority",
          "E41", "Residence or child arrangements order granted",
          "E43", "Special guardianship order: former foster carer, relative or friend",
          "E44", "Special guardianship order: former foster carer, other",
          "E45", "Special guardianship order: former carer, relative or friend",
          "E46", "Special guardianship order: former carer, other",
          "E47", "Special guardianship order: relative or friend",
          "E48", "Special guardianship order: other",
          "E4A", "Returned home to live with parents or relatives, as planned",
          "E4B", "Returned home to live with parents or relatives, not as planned",
          "E5", "Moved into independent living with support",
          "E6", "Moved into independent living without support",
          "E7", "Transferred to residential care funded by adult social services",
          "E8", "Care ceased for any other reason",
          "E9", "Sentenced to custody");

  /** Why a child should no longer be placed for adoption (List 10, SSDA903 codes). */
  static final Map<String, String> ADOPTION_STOPPED_REASONS =
      ordered(
          "RD1", "The child's needs changed after the decision",
          "RD2", "The court did not make a placement order",
          "RD3", "Prospective adopters could not be found",
          "RD4", "Any other reason");

  /** Allocated worker cells that say no worker is allocated. */
  static final Set<String> NO_WORKER =
      Set.of("UNALLOCATED", "NOT ALLOCATED", "NONE", "N/A", "NA", "#N/A", "-");

  private AnnexACodes() {}

  /**
   * Returns the code a cell writes: without the template's list letter ({@code a) }), and only the
   * part before {@code :} or {@code - } when there is one; else the text itself.
   */
  static String key(String cell) {
    if (cell == null) {
      return null;
    }
    String t = LETTER.matcher(cell.strip()).replaceFirst("").strip();
    Matcher m = CODE.matcher(t);
    return m.find() ? m.group(1).toUpperCase(Locale.ROOT) : t;
  }

  private static Placement carer(String role) {
    return new Placement(PersonKind.CARER, role, false);
  }

  private static Placement other(String role, boolean establishment) {
    return new Placement(PersonKind.OTHER, role, establishment);
  }
}
