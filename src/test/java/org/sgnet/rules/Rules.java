package org.sgnet.rules;

/**
 * The fifteen rules of {@code rules.md} by name, for tests that name a rule. Main code names no
 * rule: each rule is its own type in {@code org.sgnet.catalogue}.
 */
public final class Rules {

  public static final Rule PROFESSIONAL_OVERLOAD = Rule.valueOf("PROFESSIONAL_OVERLOAD");
  public static final Rule NO_SINGLE_POINT_OF_CONTACT = Rule.valueOf("NO_SINGLE_POINT_OF_CONTACT");
  public static final Rule COORDINATION_GAP = Rule.valueOf("COORDINATION_GAP");
  public static final Rule UNCOORDINATED_RISK = Rule.valueOf("UNCOORDINATED_RISK");
  public static final Rule AGENCY_SILO = Rule.valueOf("AGENCY_SILO");
  public static final Rule SIBLING_CONTACT_GAP = Rule.valueOf("SIBLING_CONTACT_GAP");
  public static final Rule CHILD_REQUEST_UNANSWERED = Rule.valueOf("CHILD_REQUEST_UNANSWERED");
  public static final Rule CHILD_REQUEST_MISATTRIBUTED =
      Rule.valueOf("CHILD_REQUEST_MISATTRIBUTED");
  public static final Rule SIBLINGS_TREATED_DIFFERENTLY =
      Rule.valueOf("SIBLINGS_TREATED_DIFFERENTLY");
  public static final Rule SINGLE_AGENCY_ASSESSMENT = Rule.valueOf("SINGLE_AGENCY_ASSESSMENT");
  public static final Rule ASSESSMENT_NOT_REVISITED = Rule.valueOf("ASSESSMENT_NOT_REVISITED");
  public static final Rule NOT_SEEN_ALONE = Rule.valueOf("NOT_SEEN_ALONE");
  public static final Rule ETHNICITY_CONFLICT = Rule.valueOf("ETHNICITY_CONFLICT");
  public static final Rule ETHNICITY_NOT_RECORDED = Rule.valueOf("ETHNICITY_NOT_RECORDED");
  public static final Rule PARENTAL_RESPONSIBILITY_UNEXERCISED =
      Rule.valueOf("PARENTAL_RESPONSIBILITY_UNEXERCISED");

  private Rules() {}
}
