package org.sgnet.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.neo4j.driver.Record;
import org.sgnet.SgnetException;
import org.sgnet.store.CypherFile;

/**
 * A rule of the catalogue of {@code rules.md}: its name, its number in the spec, its theme and its
 * Cypher file. Each rule is one type (a {@link RuleDefinition}) that also owns its typed details,
 * its wording and its evidence; the catalogue is the list of those types found on the class path.
 *
 * <p>The catalogue is read with {@link ServiceLoader}: a rule type annotated
 * {@code @AutoService(Rule.class)} is registered at compile time, so adding a rule touches its own
 * type and its {@code .cypher} file only. Rules are singletons compared by identity and ordered by
 * their number.
 */
public abstract sealed class Rule implements Comparable<Rule> permits RuleDefinition {

  private static final Pattern NAME = Pattern.compile("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*");

  private final int number;
  private final String name;
  private final Theme theme;

  Rule(int number, String name, Theme theme) {
    if (number < 1) {
      throw new IllegalArgumentException("a rule's number is at least 1, not " + number);
    }
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("a rule's name is UPPER_SNAKE_CASE, not " + name);
    }
    this.number = number;
    this.name = name;
    this.theme = java.util.Objects.requireNonNull(theme, "theme");
  }

  /** Returns the rule's name as the findings carry it, such as {@code PROFESSIONAL_OVERLOAD}. */
  public final String name() {
    return name;
  }

  /** Returns the rule's number in {@code rules.md}. */
  public final int number() {
    return number;
  }

  /** Returns the theme of the review the rule belongs to. */
  public final Theme theme() {
    return theme;
  }

  /** Returns the Cypher file of the rule, below {@code cypher/}: {@code rules/<name>}. */
  public final String cypherFile() {
    return "rules/" + name.toLowerCase(Locale.ROOT);
  }

  /**
   * Returns the Cypher file to run for the given scope: for one child, {@code
   * rules/one-child/<rule>} where the rule has one (a formulation that starts from the child
   * instead of visiting every child), else the rule's own file, which also honours {@code
   * $childId}.
   */
  public final String cypherFile(boolean oneChild) {
    if (oneChild) {
      String child = "rules/one-child/" + name.toLowerCase(Locale.ROOT);
      if (CypherFile.exists(child)) {
        return child;
      }
    }
    return cypherFile();
  }

  /** The details of one row of the rule's statement, before they are made canonical. */
  abstract Map<String, Object> details(Record row);

  /** The details in their canonical form: typed, lists sorted as the spec says, whole numbers. */
  abstract Map<String, Object> canonical(Map<String, Object> details);

  /** The message and recommendation of a finding whose lists are sorted, in these names. */
  abstract Wording wording(RawFinding finding, Names names);

  /** Adds the rule's own lines and cited events to the evidence of a finding. */
  abstract void explain(Finding finding, Explanation explanation);

  /** The ids of the events the details cite. */
  abstract List<String> events(Map<String, Object> details);

  /** The people the details name beyond the finding's lists. */
  abstract List<String> people(Map<String, Object> details);

  /** The agencies the details name beyond the finding's lists. */
  abstract List<String> agencies(Map<String, Object> details);

  /** The details with each cited event id replaced by its code. */
  abstract Map<String, Object> recoded(
      Map<String, Object> details, java.util.function.UnaryOperator<String> event);

  @Override
  public final int compareTo(Rule other) {
    return Integer.compare(number, other.number);
  }

  @Override
  public final boolean equals(Object other) {
    return this == other;
  }

  @Override
  public final int hashCode() {
    return number;
  }

  @Override
  public final String toString() {
    return name;
  }

  /** Returns the catalogue: every rule, in the order of their numbers. */
  public static List<Rule> values() {
    return Catalogue.RULES;
  }

  /**
   * Returns the rule of this exact name.
   *
   * @throws IllegalArgumentException when no rule has it
   */
  public static Rule valueOf(String name) {
    Rule rule = Catalogue.BY_NAME.get(name);
    if (rule == null) {
      throw new IllegalArgumentException("no rule is named " + name);
    }
    return rule;
  }

  /**
   * Parses a rule name, ignoring case and accepting {@code -} for {@code _}.
   *
   * @throws SgnetException of kind INVALID_INPUT naming the valid rules
   */
  public static Rule parse(String name) {
    Rule rule = Catalogue.BY_NAME.get(name.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
    if (rule == null) {
      throw new SgnetException(
          SgnetException.Kind.INVALID_INPUT,
          "unknown rule '"
              + name
              + "'; the rules are "
              + values().stream().map(Rule::name).collect(Collectors.joining(", ")));
    }
    return rule;
  }

  /** The rule types on the class path, loaded once when first asked for. */
  private static final class Catalogue {

    static final List<Rule> RULES;
    static final Map<String, Rule> BY_NAME = new HashMap<>();

    static {
      List<Rule> rules = new ArrayList<>();
      Map<Integer, Rule> byNumber = new HashMap<>();
      for (Rule rule : ServiceLoader.load(Rule.class, Rule.class.getClassLoader())) {
        // Two types with one name or number would make findings ambiguous: refuse to start.
        Rule twin = byNumber.put(rule.number(), rule);
        if (twin != null || BY_NAME.put(rule.name(), rule) != null) {
          throw new IllegalStateException(
              "two rules share the number " + rule.number() + " or the name " + rule.name());
        }
        rules.add(rule);
      }
      rules.sort(null);
      RULES = List.copyOf(rules);
    }
  }
}
