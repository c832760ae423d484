package org.sgnet.query;

import java.util.Map;
import org.sgnet.SgnetException;
import org.sgnet.store.Store;

/**
 * Runs read-only Cypher written by an analyst, refusing anything else before it runs.
 *
 * <p>A query is refused with an {@link SgnetException} of kind {@code INVALID_INPUT}, and never
 * reaches the store beyond being planned, when it writes, changes the schema, runs an
 * administration command, uses {@code LOAD CSV} or {@code USE}, holds several statements, calls a
 * procedure outside {@link QueryLimits#allowedProcedures()}, starts with {@code EXPLAIN}, {@code
 * PROFILE} or {@code CYPHER} options, or is empty. Three layers check this:
 *
 * <ol>
 *   <li>a tokenizer and keyword check that comments, strings and quoted names cannot fool;
 *   <li>Neo4j's planner: {@code EXPLAIN} in read access mode must give a read-only query type and a
 *       plan free of writing, file, schema, system and disallowed procedure operators;
 *   <li>the run itself, in a read-access-mode transaction that the server will not let write and
 *       that is never committed, with a timeout and a row cap.
 * </ol>
 *
 * <p>A query runs only within the limits on how many run at once (per user and for everyone) and is
 * stopped at its timeout however it spends its time: by Neo4j where Neo4j checks, otherwise shortly
 * after by sgnet (see {@link Runaways}). Closing stops every query still running.
 *
 * <p>Error messages never repeat the query's literals, which may hold personal data.
 */
public final class AnalystCypher implements AutoCloseable {

  private final ReadOnlyExecutor executor;
  private final AnalystRuns runs;

  /** Runs queries on the store under {@link QueryLimits#DEFAULTS}. */
  public AnalystCypher(Store store) {
    this(store, QueryLimits.DEFAULTS);
  }

  /** Runs queries on the store under the given limits. */
  public AnalystCypher(Store store, QueryLimits limits) {
    this.executor = new ReadOnlyExecutor(store, limits);
    this.runs = new AnalystRuns(store, limits);
  }

  /** Returns the limits queries run under. */
  public QueryLimits limits() {
    return executor.limits();
  }

  /** Checks and runs a query for no particular user (all such calls share one user's limit). */
  public QueryResult run(String query, Map<String, Object> parameters) {
    return run("", query, parameters);
  }

  /**
   * Checks and runs a query.
   *
   * @param user who asks, for the per-user limit on queries at once
   * @param query one Cypher statement; a single trailing semicolon is allowed
   * @param parameters the values of its {@code $parameters}: strings, numbers, booleans, lists,
   *     maps or {@code java.time} values; may be {@code null} for none
   * @throws SgnetException {@code INVALID_INPUT} when the query is refused, is not valid Cypher,
   *     fails on its data, runs longer than the timeout or needs more memory than allowed; {@code
   *     BUSY} when the user or everyone together already run as many queries as allowed; {@code
   *     FAILURE} when the store fails
   */
  public QueryResult run(String user, String query, Map<String, Object> parameters) {
    Map<String, Object> params = parameters == null ? Map.of() : parameters;
    CypherGuard.check(query, limits().allowedProcedures());
    AnalystRuns.Run run = runs.admit(user);
    try {
      PlanGuard.check(executor.explain(query, params), limits().allowedProcedures());
      return executor.execute(run.driver(), query, params, run.metadata(), run::stopped);
    } finally {
      runs.finish(run);
    }
  }

  /** Stops every query still running and closes their connections. */
  @Override
  public void close() {
    runs.close();
  }
}
