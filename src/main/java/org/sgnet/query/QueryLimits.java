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
 */
public record QueryLimits(Duration timeout, int rowCap, Set<String> allowedProcedures) {

  /** Procedures that only describe the schema of the store. */
  public static final Set<String> DEFAULT_PROCEDURES =
      Set.of(
          "db.labels",
          "db.relationshipTypes",
          "db.propertyKeys",
          "db.schema.visualization",
          "db.schema.nodeTypeProperties",
          "db.schema.relTypeProperties");

  /** Ten seconds, 10,000 rows and the schema procedures. */
  public static final QueryLimits DEFAULTS =
      new QueryLimits(Duration.ofSeconds(10), 10_000, DEFAULT_PROCEDURES);

  public QueryLimits {
    if (timeout == null || timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("the query timeout must be positive");
    }
    if (rowCap < 1) {
      throw new IllegalArgumentException("the row cap must be at least 1");
    }
    allowedProcedures = Set.copyOf(allowedProcedures);
  }

  /** Returns these limits with another timeout. */
  public QueryLimits withTimeout(Duration newTimeout) {
    return new QueryLimits(newTimeout, rowCap, allowedProcedures);
  }

  /** Returns these limits with another row cap. */
  public QueryLimits withRowCap(int newRowCap) {
    return new QueryLimits(timeout, newRowCap, allowedProcedures);
  }

  /** Returns the timeout as people read it: "10 s", or "250 ms" below a whole second. */
  String timeoutText() {
    long millis = timeout.toMillis();
    return millis % 1000 == 0 ? (millis / 1000) + " s" : millis + " ms";
  }
}
