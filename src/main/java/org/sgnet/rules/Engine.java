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
   * The engine used when none is chosen or configured: the faster one for the scope in the
   * benchmark of {@code docs/performance.md}. At 30,000 children JGraphT runs the whole catalogue
   * 19 % faster (its projection pays off across all children), while Cypher answers one child
   * faster (the projection is loaded whole either way).
   *
   * @param childId the child of a one-child run, or {@code null} for the whole catalogue
   */
  public static Engine fastestFor(String childId) {
    return childId == null ? JGRAPHT : CYPHER;
  }

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
