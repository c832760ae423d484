package org.sgnet.rules;

import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.neo4j.driver.Value;

/**
 * The type of one rule of the catalogue: everything about the rule in one place. A rule type gives
 * its number, name and theme to this constructor, names its details record, writes its message and
 * recommendation ({@link #words}) and, where its evidence is more than the finding's people,
 * agencies and cited events, adds it ({@link #evidence}). Its statement is the file {@link
 * #cypherFile()}; a rule with a JGraphT twin also implements {@code org.sgnet.graph.GraphTwin}.
 *
 * <p>A rule type is registered with {@code @AutoService(Rule.class)} and has a public no-argument
 * constructor; the developer documentation walks through adding one.
 *
 * @param <D> the rule's details record
 */
public abstract non-sealed class RuleDefinition<D extends java.lang.Record & RuleDetails>
    extends Rule {

  /**
   * A finding of this rule as its wording and evidence see it: id lists sorted, details typed.
   *
   * @param childIds the children, sorted
   * @param agencyIds the agencies, sorted
   * @param personIds the people, sorted
   * @param details the typed details
   * @param <D> the rule's details record
   */
  public record Facts<D>(
      List<String> childIds, List<String> agencyIds, List<String> personIds, D details) {

    public Facts {
      childIds = List.copyOf(childIds);
      agencyIds = List.copyOf(agencyIds);
      personIds = List.copyOf(personIds);
    }

    /** The first child, or {@code ?} when the finding names none. */
    public String child() {
      return childIds.isEmpty() ? "?" : childIds.get(0);
    }
  }

  private final Class<D> detailsType;

  /**
   * @param number the rule's number in {@code rules.md}
   * @param name the rule's name, UPPER_SNAKE_CASE; its statement is {@code cypher/rules/<name in
   *     lower case>.cypher}
   * @param theme the theme of the review it belongs to
   * @param detailsType its details record
   */
  protected RuleDefinition(int number, String name, Theme theme, Class<D> detailsType) {
    super(number, name, theme);
    this.detailsType = java.util.Objects.requireNonNull(detailsType, "detailsType");
  }

  /** Writes the message and recommendation of a finding, with these names. */
  protected abstract Wording words(Facts<D> finding, Names names);

  /**
   * Adds what the evidence of a finding needs beyond its people, agencies and the events its
   * details cite, which every finding shows. Nothing by default.
   */
  protected void evidence(Facts<D> finding, Explanation explanation) {}

  /**
   * Reads the details of one row of the rule's statement: its {@code details} column by default. A
   * rule whose statement returns more (such as graph edges to finish in Java) overrides this.
   */
  protected Map<String, Object> detailsOf(org.neo4j.driver.Record row) {
    return row.get("details").asMap(Value::asObject);
  }

  /** Returns a raw finding of this rule, for a JGraphT twin. */
  protected final RawFinding finding(
      Severity severity,
      List<String> childIds,
      List<String> agencyIds,
      List<String> personIds,
      D details) {
    return new RawFinding(
        this, severity, childIds, agencyIds, personIds, DetailsCodec.write(details));
  }

  @Override
  final Map<String, Object> details(org.neo4j.driver.Record row) {
    return detailsOf(row);
  }

  @Override
  final Map<String, Object> canonical(Map<String, Object> details) {
    return DetailsCodec.write(typed(details));
  }

  @Override
  final Wording wording(RawFinding finding, Names names) {
    return words(
        facts(finding.childIds(), finding.agencyIds(), finding.personIds(), finding.details()),
        names);
  }

  @Override
  final void explain(Finding finding, Explanation explanation) {
    evidence(
        facts(finding.childIds(), finding.agencyIds(), finding.personIds(), finding.details()),
        explanation);
  }

  @Override
  final List<String> events(Map<String, Object> details) {
    return typed(details).events();
  }

  @Override
  final List<String> people(Map<String, Object> details) {
    return typed(details).people();
  }

  @Override
  final List<String> agencies(Map<String, Object> details) {
    return typed(details).agencies();
  }

  /** The rule's details record. */
  final Class<D> detailsType() {
    return detailsType;
  }

  @Override
  final Map<String, Object> recoded(Map<String, Object> details, UnaryOperator<String> event) {
    return DetailsCodec.write(detailsType.cast(typed(details).recoded(event)));
  }

  private Facts<D> facts(
      List<String> children, List<String> agencies, List<String> people, Map<String, Object> d) {
    return new Facts<>(children, agencies, people, typed(d));
  }

  private D typed(Map<String, Object> details) {
    return DetailsCodec.read(this, detailsType, details);
  }
}
