package org.sgnet.rules;

/**
 * What the standard engine ({@link Engine#standard}) asks of the store a run reads.
 *
 * @param events the number of events in the store
 * @param remote whether another process runs the store: a running {@code sgnet serve} that holds
 *     the embedded store this command names, or an external Neo4j server. Cypher's plans are then
 *     kept warm there, while the JGraphT projection has to cross Bolt into this process.
 */
public record StoreSize(long events, boolean remote) {

  public StoreSize {
    if (events < 0) {
      throw new IllegalArgumentException("events must not be negative: " + events);
    }
  }
}
