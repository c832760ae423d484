package org.sgnet.rules;

import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

/**
 * The typed details of a rule's findings, a record whose components are the keys {@code rules.md}
 * gives the rule's {@code details} (strings, whole numbers as {@link Long}, lists of strings, lists
 * of lists of strings; a component may be {@code null} where the spec allows it). A record's
 * compact constructor puts its values in the spec's canonical form (sorted where the spec says).
 *
 * <p>The defaults say the details name no event, person or agency; a rule whose details do
 * overrides them, so that evidence, names and pseudonymised views find every id.
 */
public interface RuleDetails {

  /** The ids of the events the details cite, in their order. */
  default List<String> events() {
    return List.of();
  }

  /** The people the details name. */
  default List<String> people() {
    return List.of();
  }

  /** The agencies the details name. */
  default List<String> agencies() {
    return List.of();
  }

  /** The same details with each event id replaced by {@code code.apply(id)}. */
  default RuleDetails recoded(UnaryOperator<String> code) {
    return this;
  }

  /** Returns the distinct ids, sorted by {@link String#compareTo}. */
  static List<String> sorted(Collection<String> ids) {
    return List.copyOf(new TreeSet<>(ids));
  }
}
