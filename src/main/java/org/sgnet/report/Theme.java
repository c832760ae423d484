package org.sgnet.report;

import org.sgnet.rules.Rule;

/**
 * The themes of the multi-agency review the rule catalogue comes from, in the order a briefing
 * presents them. Each rule belongs to exactly one theme ({@link #of(Rule)}).
 */
enum Theme {
  ASSESSMENT(
      "Assessment",
      "Whether assessments draw on every agency, are looked at again when life changes, see the"
          + " child alone and explain why siblings are treated differently."),
  SUPPORT_AND_INTERVENTION(
      "Support and intervention",
      "Whether the professionals around a child add up to one coordinated network with a lead."),
  COURT_ORDERS(
      "Court orders",
      "Whether a child accommodated by agreement still has parents who exercise their"
          + " responsibility, or the legal basis needs another look."),
  IDENTITY(
      "Identity",
      "Whether agencies know, record and agree on who the child is: ethnicity and heritage."),
  FAMILY_AND_SIBLING_CONTACT(
      "Family and sibling contact",
      "Whether siblings who live apart keep in touch, and children's own requests for contact are"
          + " answered and recorded as theirs."),
  RISK(
      "Risk",
      "Whether risks seen by several agencies are managed together, and agencies that share"
          + " children talk to each other.");

  private final String title;
  private final String scope;

  Theme(String title, String scope) {
    this.title = title;
    this.scope = scope;
  }

  /** The heading of the theme in a report. */
  String title() {
    return title;
  }

  /** One sentence on what the theme looks at. */
  String scope() {
    return scope;
  }

  /**
   * The theme of a rule: the one place of the mapping (documented in the README). A switch without
   * a default, so that a new rule does not compile until it has a theme.
   */
  static Theme of(Rule rule) {
    return switch (rule) {
      // Assessments: multi-agency, revisited on change, the child seen alone, and siblings'
      // different treatment explained in the assessment and the record.
      case SINGLE_AGENCY_ASSESSMENT,
          ASSESSMENT_NOT_REVISITED,
          NOT_SEEN_ALONE,
          SIBLINGS_TREATED_DIFFERENTLY ->
          ASSESSMENT;
      // Professional overload and the missing single point of contact.
      case PROFESSIONAL_OVERLOAD, NO_SINGLE_POINT_OF_CONTACT, COORDINATION_GAP ->
          SUPPORT_AND_INTERVENTION;
      // Voluntary accommodation with parental responsibility in question: a question of orders.
      case PARENTAL_RESPONSIBILITY_UNEXERCISED -> COURT_ORDERS;
      case ETHNICITY_CONFLICT, ETHNICITY_NOT_RECORDED -> IDENTITY;
      case SIBLING_CONTACT_GAP, CHILD_REQUEST_UNANSWERED, CHILD_REQUEST_MISATTRIBUTED ->
          FAMILY_AND_SIBLING_CONTACT;
      // Risks nobody manages together, and agencies that know the same children but never talk.
      case UNCOORDINATED_RISK, AGENCY_SILO -> RISK;
    };
  }
}
