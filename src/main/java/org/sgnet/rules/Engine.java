package org.sgnet.rules;

import java.util.Locale;
import org.sgnet.SgnetException;

/** Which implementation evaluates the rules that have a JGraphT twin. */
public enum Engine {
  /** Every rule as one Cypher statement in the store. */
  CYPHER,
  /** The rules over an in-memory JGraphT projection (a rule without a twin still on Cypher). */
  JGRAPHT;

  /**
   * The most events of a store for which the standard engine is the JGraphT engine: below it a
   * fresh command's time is that of cold statements, and one projection with every rule in Java
   * saves most of them; above it the store's own statements are faster (see {@link #standard}).
   */
  public static final long IN_MEMORY_MAX_EVENTS = 100_000;

  /**
   * The engine used when none is chosen or configured, by the store's size. Up to {@link
   * #IN_MEMORY_MAX_EVENTS} events, the JGraphT engine: every rule has its twin, so a run is one
   * projection and Java, where fifteen Cypher statements each pay their planning in a cold process.
   * Above, Cypher: at 30,000 children (about 900,000 events) its statements beat loading the whole
   * network into memory, and for one child they start from the child.
   *
   * @param events the number of events in the store
   */
  public static Engine standard(long events) {
    return events <= IN_MEMORY_MAX_EVENTS ? JGRAPHT : CYPHER;
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
