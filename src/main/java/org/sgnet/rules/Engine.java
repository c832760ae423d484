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
   * The most events of a store for which one child's run takes the JGraphT engine by default: the
   * projection is loaded whole either way, which above this size costs more than the one-child
   * statements that start from the child.
   */
  public static final long ONE_CHILD_IN_MEMORY_MAX_EVENTS = 100_000;

  /**
   * The most events of a store that another process runs for which the whole network takes the
   * JGraphT engine by default (see {@link #standard}).
   */
  public static final long REMOTE_IN_MEMORY_MAX_EVENTS = 150_000;

  /**
   * The engine used when none is chosen or configured, by the store's size. Every rule has its
   * twin, so with the JGraphT engine a run is one projection and Java, where on Cypher fifteen
   * statements each pay their planning in a fresh process. Fresh whole-catalogue runs through the
   * start script, 2 cores (2026-12-07, identical output): the Child J demo 3.6 s against 7.0 s,
   * 1,000 children 4.5–5.0 s against 11.9 s, 3,300 children (99,000 events) 6.2–6.5 s against
   * 15.0–16.3 s, 30,000 children (900,000 events) 15.4–16.8 s against 16.9–18.7 s with 2.3 GB
   * resident against 2.0 GB. In a warm process (a served store answering the command line) the
   * projection is loaded anew for every run while Cypher's plans stay cached: at 3,300 children 2.3
   * s against 5.6–6.1 s, at 30,000 children 10.9 s against 7.1–7.9 s. The fresh command is the one
   * with a target (20 s at 30,000 children: 17.1 s in memory, 18.9 s on Cypher, medians of five),
   * so the size alone decides; a served authority may configure Cypher. So the whole network takes
   * the JGraphT engine while the heap has room for the projection ({@link
   * CypherRuleEngine#besideMaxEvents}, a bound on the safe side; above it, as at 400,000 children,
   * Cypher). One child takes it up to {@link #ONE_CHILD_IN_MEMORY_MAX_EVENTS} events (demo 2.5–2.7
   * s against 4.9–5.2 s, 3,300 children 4.4 s against 5.0 s; at 30,000 children 17 s against 5.3
   * s).
   *
   * <p>A store that another process runs ({@link StoreSize#remote}: a command reaching the store
   * that {@code sgnet serve} holds, or an external server) turns the balance sooner: the projection
   * crosses Bolt into this process for every run, while Cypher's plans stay warm in the server.
   * Through a running {@code sgnet serve}, three alternated runs each on a slower machine
   * (2026-12-07, identical JSON): the whole catalogue took 4.6–5.6 s in memory against 10.1–13.2 s
   * on Cypher at 99,108 events, but 9.8–11.5 s against 6.6–8.4 s at 238,850 events; so the whole
   * network takes the JGraphT engine up to {@link #REMOTE_IN_MEMORY_MAX_EVENTS} events, near the
   * middle of the two. One child takes Cypher at any size: 2.9–3.1 s against 4.8–5.1 s at 99,108
   * events, and on the demo 2.7–2.8 s against 2.6–3.3 s (the first Cypher run, before the server
   * warmed one child on both engines, was cold).
   *
   * @param store the store's size and where it runs
   * @param oneChild whether the run is about one child
   * @param maxHeapBytes the heap the run may use
   */
  public static Engine standard(StoreSize store, boolean oneChild, long maxHeapBytes) {
    long heapBound = CypherRuleEngine.besideMaxEvents(maxHeapBytes);
    if (store.remote()) {
      boolean inMemory =
          !oneChild && store.events() <= Math.min(REMOTE_IN_MEMORY_MAX_EVENTS, heapBound);
      return inMemory ? JGRAPHT : CYPHER;
    }
    long most = oneChild ? ONE_CHILD_IN_MEMORY_MAX_EVENTS : heapBound;
    return store.events() <= most ? JGRAPHT : CYPHER;
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
