package org.sgnet.sources.cin;

import static org.sgnet.sources.CodeLists.ordered;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.sgnet.bundle.RiskCategory;
import org.sgnet.sources.CodeLists;

/**
 * The CIN census code sets sgnet maps, as the DfE publishes them (CIN census guide and the 2024
 * schema). A code outside a table refuses its record; each table is also in {@code
 * docs/sources/cin.md}.
 */
final class CinCodes {

  /** A factor identified at the end of an assessment; {@code risk} is null for "no factors". */
  record Factor(String meaning, RiskCategory risk) {}

  /** A category of abuse of a child protection plan, and the risk it is. */
  record Abuse(String meaning, RiskCategory risk) {}

  private CinCodes() {}

  /** {@code ReferralSource}: who referred the child. */
  static final Map<String, String> REFERRAL_SOURCES =
      ordered(
          "1A", "individual: family member, relative or carer",
          "1B", "individual: acquaintance",
          "1C", "individual: self",
          "1D", "individual: other",
          "2A", "schools",
          "2B", "education services",
          "3A", "health services: GP",
          "3B", "health services: health visitor",
          "3C", "health services: school nurse",
          "3D", "health services: other primary health services",
          "3E", "health services: A&E",
          "3F", "health services: other",
          "4", "housing",
          "5A", "LA services: social care",
          "5B", "LA services: other internal",
          "5C", "LA services: external",
          "5D", "LA services: early help",
          "6", "police",
          "7", "other legal agency",
          "8", "other",
          "9", "anonymous",
          "10", "unknown");

  /** {@code PrimaryNeedCode}: the child's main need at assessment. */
  static final Map<String, String> PRIMARY_NEEDS = CodeLists.PRIMARY_NEED;

  /**
   * {@code ReasonForClosure}: why the episode of need ended; the table every source shares, with
   * RC7 as the census guide words it ("for any other reason"), as this adapter's summaries always
   * have.
   */
  static final Map<String, String> CLOSURE_REASONS = closureReasons();

  /** {@code AssessmentFactors}: the factors identified at the end of an assessment. */
  static final Map<String, Factor> FACTORS = factors();

  /** {@code InitialCategoryOfAbuse} and {@code LatestCategoryOfAbuse} of a plan. */
  static final Map<String, Abuse> ABUSE_CATEGORIES =
      Collections.unmodifiableMap(
          new LinkedHashMap<>(
              Map.of(
                  "NEG", new Abuse("neglect", RiskCategory.NEGLECT),
                  "PHY", new Abuse("physical abuse", RiskCategory.OTHER),
                  "EMO", new Abuse("emotional abuse", RiskCategory.OTHER),
                  "SAB", new Abuse("sexual abuse", RiskCategory.OTHER),
                  "MUL", new Abuse("multiple categories", RiskCategory.OTHER))));

  /**
   * {@code Ethnicity}: the DfE's ethnicity codes. The code itself is the recorded value, so that
   * the codes of other returns compare with it; the table only refuses what is no code.
   */
  static final Map<String, String> ETHNICITIES = CodeLists.ETHNICITY;

  /** The schema's yes/no type ({@code ReferralNFA}, {@code ICPCnotRequired}). */
  static final Map<String, Boolean> YES_NO =
      Map.of("TRUE", true, "1", true, "FALSE", false, "0", false);

  private static Map<String, String> closureReasons() {
    Map<String, String> m = new LinkedHashMap<>(CodeLists.CLOSURE_REASON);
    m.put("RC7", "services ceased for any other reason");
    return Collections.unmodifiableMap(m);
  }

  private static Map<String, Factor> factors() {
    Map<String, Factor> m = new LinkedHashMap<>();
    String[] whose = {"child", "parent or carer", "another person in the household"};
    for (int i = 0; i < 3; i++) {
      String letter = String.valueOf((char) ('A' + i));
      m.put(
          "1" + letter, new Factor("alcohol misuse by " + whose[i], RiskCategory.SUBSTANCE_MISUSE));
      m.put("2" + letter, new Factor("drug misuse by " + whose[i], RiskCategory.SUBSTANCE_MISUSE));
      m.put(
          "3" + letter,
          new Factor("domestic abuse: " + whose[i] + " subject", RiskCategory.DOMESTIC_ABUSE));
      m.put("4" + letter, new Factor("mental health of " + whose[i], RiskCategory.OTHER));
      m.put("5" + letter, new Factor("learning disability of " + whose[i], RiskCategory.OTHER));
      m.put(
          "6" + letter,
          new Factor("physical disability or illness of " + whose[i], RiskCategory.OTHER));
    }
    m.put("7A", new Factor("young carer", RiskCategory.OTHER));
    String[] fostered = {
      "overseas child who intends to return",
      "overseas child who intends to stay",
      "UK child in an educational placement",
      "UK child in an alternative family arrangement",
      "other"
    };
    for (int i = 0; i < fostered.length; i++) {
      m.put(
          "8" + (char) ('B' + i),
          new Factor("privately fostered: " + fostered[i], RiskCategory.OTHER));
    }
    m.put("9A", new Factor("unaccompanied asylum-seeking child", RiskCategory.OTHER));
    m.put("10A", new Factor("going or being missing", RiskCategory.MISSING));
    m.put("11A", new Factor("child sexual exploitation", RiskCategory.CSE));
    m.put("12A", new Factor("trafficking", RiskCategory.OTHER));
    m.put("13A", new Factor("gangs", RiskCategory.OFFENDING));
    m.put("14A", new Factor("socially unacceptable behaviour", RiskCategory.OTHER));
    m.put("15A", new Factor("self-harm", RiskCategory.SELF_HARM));
    m.put("16A", new Factor("neglect", RiskCategory.NEGLECT));
    m.put("17A", new Factor("emotional abuse", RiskCategory.OTHER));
    // 18A and 19A, the codes before the child-on-child / adult-on-child split, are left out: the
    // schema no longer has them, and a return that still writes them is asked to choose.
    m.put("18B", new Factor("physical abuse by another child", RiskCategory.OTHER));
    m.put("18C", new Factor("physical abuse by an adult", RiskCategory.OTHER));
    m.put("19B", new Factor("sexual abuse by another child", RiskCategory.OTHER));
    m.put("19C", new Factor("sexual abuse by an adult", RiskCategory.OTHER));
    m.put("20", new Factor("other", RiskCategory.OTHER));
    m.put("21", new Factor("no factors identified", null));
    m.put("22A", new Factor("female genital mutilation", RiskCategory.OTHER));
    m.put("23A", new Factor("abuse linked to faith or belief", RiskCategory.OTHER));
    m.put("24A", new Factor("child criminal exploitation", RiskCategory.OFFENDING));
    // The risk each factor becomes is the one every source shares.
    m.replaceAll((code, f) -> new Factor(f.meaning(), CodeLists.factorRisk(code)));
    return Collections.unmodifiableMap(m);
  }
}
