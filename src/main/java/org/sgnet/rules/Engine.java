package org.sgnet.rules;

import java.util.Locale;
import org.sgnet.SgnetException;

/** Which implementation evaluates the rules that have a JGraphT twin. */
public enum Engine {
  /** Every rule as one Cypher statement in the store. */
  CYPHER,
  /** The twin rules over an in-memory JGraphT projection; the others still on Cypher. */
  JGRAPHT;

  /**
   * The engine used when none is chosen: the faster one in the benchmark of {@code docs/rules.md}.
   */
  public static final Engine DEFAULT = CYPHER;

  /**
   * Parses an engine name, ignoring case.
   *
   * @throws SgnetException of kind INVALID_INPUT for anything else
   */
  public static Engine parse(String name) {
    try {
      return valueOf(name.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new SgnetException(
          SgnetException.Kind.INVALID_INPUT,
          "unknown engine '" + name + "'; use cypher or jgrapht");
    }
  }
}
