package org.sgnet.rules;

/**
 * The themes of the multi-agency review the rule catalogue comes from, in the order a briefing
 * presents them. Each rule belongs to exactly one theme, which the rule names ({@link
 * Rule#theme()}).
 */
public enum Theme {
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
  public String title() {
    return title;
  }

  /** One sentence on what the theme looks at. */
  public String scope() {
    return scope;
  }

  /** The theme of a rule (the rule names it). */
  public static Theme of(Rule rule) {
    return rule.theme();
  }
}
