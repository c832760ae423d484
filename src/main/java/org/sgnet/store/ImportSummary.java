package org.sgnet.store;

/**
 * What an import wrote.
 *
 * @param agencies agency rows imported
 * @param people person rows imported
 * @param ties tie rows imported
 * @param events event rows imported
 * @param nodesCreated nodes that did not exist before
 * @param relationshipsCreated relationships that did not exist before
 * @param relationshipsDeleted links that the new rows no longer name
 * @param propertiesSet property values written
 * @param millis how long the write took
 */
public record ImportSummary(
    int agencies,
    int people,
    int ties,
    int events,
    long nodesCreated,
    long relationshipsCreated,
    long relationshipsDeleted,
    long propertiesSet,
    long millis) {

  /** Returns the number of rows imported. */
  public long rows() {
    return (long) agencies + people + ties + events;
  }

  /** Returns rows written per second. */
  public double rowsPerSecond() {
    return millis == 0 ? rows() * 1000.0 : rows() * 1000.0 / millis;
  }
}
