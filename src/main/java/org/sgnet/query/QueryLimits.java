package org.sgnet.query;

import java.time.Duration;
import java.util.Set;

/**
 * The limits every analyst query and named query runs under.
 *
 * @param timeout how long a query may run before Neo4j stops it
 * @param rowCap the most rows a result holds; a query with more rows is cut off and marked
 *     truncated
 * @param allowedProcedures the fully qualified names of the procedures analyst Cypher may call
 * @param maxRunning the most analyst queries that run at once, for everyone together; more are
 *     refused, not queued, so that a burst of heavy queries leaves cores for everyone else
 * @param maxRunningPerUser the most analyst queries one user runs at once
 */
public record QueryLimits(
    Duration timeout,
    int rowCap,
    Set<String> allowedProcedures,
    int maxRunning,
    int maxRunningPerUser) {

  private static final Duration MIN_GRACE = Duration.ofMillis(250);

  /** Procedures that only describe the schema of the store. */
  public static final Set<String> DEFAULT_PROCEDURES =
      Set.of(
          "db.labels",
          "db.relationshipTypes",
          "db.propertyKeys",
          "db.schema.visualization",
          "db.schema.nodeTypeProperties",
          "db.schema.relTypeProperties");

  /**
   * Analyst queries that run at once by default: half the cores, at least one, so that the other
   * half always serves the pages and the tools however many analysts write heavy queries.
   */
  public static final int DEFAULT_MAX_RUNNING =
      Math.max(1, Runtime.getRuntime().availableProcessors() / 2);

  /** Analyst queries one user runs at once by default. */
  public static final int DEFAULT_MAX_RUNNING_PER_USER = 2;

  /**
   * Ten seconds, 10,000 rows, the schema procedures, {@link #DEFAULT_MAX_RUNNING} queries at once
   * and {@link #DEFAULT_MAX_RUNNING_PER_USER} per user.
   */
  public static final QueryLimits DEFAULTS =
      new QueryLimits(Duration.ofSeconds(10), 10_000, DEFAULT_PROCEDURES);

  /** Limits with the default numbers of queries at once. */
  public QueryLimits(Duration timeout, int rowCap, Set<String> allowedProcedures) {
    this(timeout, rowCap, allowedProcedures, DEFAULT_MAX_RUNNING, DEFAULT_MAX_RUNNING_PER_USER);
  }

  public QueryLimits {
    if (timeout == null || timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("the query timeout must be positive");
    }
    if (rowCap < 1) {
      throw new IllegalArgumentException("the row cap must be at least 1");
    }
    if (maxRunning < 1 || maxRunningPerUser < 1) {
      throw new IllegalArgumentException("at least one query must be allowed to run");
    }
    allowedProcedures = Set.copyOf(allowedProcedures);
  }

  /** Returns these limits with another timeout. */
  public QueryLimits withTimeout(Duration newTimeout) {
    return new QueryLimits(newTimeout, rowCap, allowedProcedures, maxRunning, maxRunningPerUser);
  }

  /** Returns these limits with another row cap. */
  public QueryLimits withRowCap(int newRowCap) {
    return new QueryLimits(timeout, newRowCap, allowedProcedures, maxRunning, maxRunningPerUser);
  }

  /** Returns these limits with other numbers of analyst queries at once. */
  public QueryLimits withRunning(int total, int perUser) {
    return new QueryLimits(timeout, rowCap, allowedProcedures, total, perUser);
  }

  /**
   * How long after its start a query that has not stopped by itself is stopped by force: a quarter
   * of the timeout after it, at least 250 ms, so that Neo4j's own stop (checked every 100 ms, see
   * {@code EmbeddedNeo4j}) has its chance first.
   */
  Duration hardDeadline() {
    Duration grace = timeout.dividedBy(4);
    return timeout.plus(grace.compareTo(MIN_GRACE) < 0 ? MIN_GRACE : grace);
  }

  /** Returns the timeout as people read it: "10 s", or "250 ms" below a whole second. */
  String timeoutText() {
    long millis = timeout.toMillis();
    return millis % 1000 == 0 ? (millis / 1000) + " s" : millis + " ms";
  }
}
