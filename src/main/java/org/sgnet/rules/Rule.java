package org.sgnet.rules;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.sgnet.SgnetException;
import org.sgnet.store.CypherFile;

/** The fifteen rules of {@code rules.md}, in the order the spec numbers them. */
public enum Rule {
  PROFESSIONAL_OVERLOAD(1, true),
  NO_SINGLE_POINT_OF_CONTACT(2, false),
  COORDINATION_GAP(3, true),
  UNCOORDINATED_RISK(4, false),
  AGENCY_SILO(5, true),
  SIBLING_CONTACT_GAP(6, true),
  CHILD_REQUEST_UNANSWERED(7, false),
  CHILD_REQUEST_MISATTRIBUTED(8, false),
  SIBLINGS_TREATED_DIFFERENTLY(9, false),
  SINGLE_AGENCY_ASSESSMENT(10, false),
  ASSESSMENT_NOT_REVISITED(11, false),
  NOT_SEEN_ALONE(12, false),
  ETHNICITY_CONFLICT(13, false),
  ETHNICITY_NOT_RECORDED(14, false),
  PARENTAL_RESPONSIBILITY_UNEXERCISED(15, false);

  private final int number;
  private final boolean graphTwin;

  Rule(int number, boolean graphTwin) {
    this.number = number;
    this.graphTwin = graphTwin;
  }

  /** Returns the rule's number in {@code rules.md}. */
  public int number() {
    return number;
  }

  /** Returns whether the JGraphT engine also implements this rule. */
  public boolean hasGraphTwin() {
    return graphTwin;
  }

  /** Returns the Cypher file of the rule, below {@code cypher/}. */
  public String cypherFile() {
    return "rules/" + name().toLowerCase(Locale.ROOT);
  }

  /**
   * Returns the Cypher file to run for the given scope: for one child, {@code
   * rules/one-child/<rule>} where the rule has one (a formulation that starts from the child
   * instead of visiting every child), else the rule's own file, which also honours {@code
   * $childId}.
   */
  public String cypherFile(boolean oneChild) {
    String own = cypherFile();
    if (oneChild) {
      String child = "rules/one-child/" + name().toLowerCase(Locale.ROOT);
      if (CypherFile.exists(child)) {
        return child;
      }
    }
    return own;
  }

  /**
   * Parses a rule name, ignoring case and accepting {@code -} for {@code _}.
   *
   * @throws SgnetException of kind INVALID_INPUT naming the valid rules
   */
  public static Rule parse(String name) {
    String wanted = name.strip().toUpperCase(Locale.ROOT).replace('-', '_');
    for (Rule r : values()) {
      if (r.name().equals(wanted)) {
        return r;
      }
    }
    throw new SgnetException(
        SgnetException.Kind.INVALID_INPUT,
        "unknown rule '"
            + name
            + "'; the rules are "
            + Arrays.stream(values()).map(Rule::name).collect(Collectors.joining(", ")));
  }
}
