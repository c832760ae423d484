package org.sgnet.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Query;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.Value;
import org.neo4j.driver.Values;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.summary.ResultSummary;
import org.sgnet.SgnetException;
import org.sgnet.store.CypherFile;
import org.sgnet.store.Store;

/**
 * Runs one read-only statement for {@link AnalystCypher} and {@link NamedQueries}: in a session and
 * a transaction in read access mode (so the server refuses any write, whatever got through the
 * checks), with the timeout of the limits, cut off after the row cap, and never committed.
 *
 * <p>Neo4j failures become {@link SgnetException}s whose messages carry no data: errors in the
 * query are {@code INVALID_INPUT}, with Neo4j's explanation stripped of the query's text and
 * literals; a query stopped by the timeout is {@code INVALID_INPUT} too, because the request is
 * what must change (narrow the query), retrying it as is will not help and nothing on the server
 * failed; anything else is a {@code FAILURE} of the store.
 */
final class ReadOnlyExecutor {

  private static final Pattern POSITION = Pattern.compile("\\(line (\\d+), column (\\d+)");

  /** The limit in Neo4j's memory error: "… would use more than the limit 256.0 MiB. …". */
  private static final Pattern MEMORY_LIMIT =
      Pattern.compile("the limit (\\d+(?:\\.\\d+)? [KMGT]?i?B)");

  private static final Pattern QUOTED = Pattern.compile("'[^']*'|\"[^\"]*\"");
  private static final int MAX_MESSAGE = 300;
  private static final String EXPLAIN = "EXPLAIN ";

  private final Store store;
  private final QueryLimits limits;

  ReadOnlyExecutor(Store store, QueryLimits limits) {
    this.store = store;
    this.limits = limits;
  }

  QueryLimits limits() {
    return limits;
  }

  /** Plans the statement with {@code EXPLAIN}, which never runs it, and returns the summary. */
  ResultSummary explain(String statement, Map<String, Object> parameters) {
    Value params = toValue(parameters);
    try (Session session = session(store.driver())) {
      // The analyst's text is prefixed, never assembled: it reaches Neo4j exactly as written.
      return session
          .run(new Query(EXPLAIN + statement, params), transactionConfig(Map.of()))
          .consume();
    } catch (Neo4jException e) {
      throw translate(e, EXPLAIN.length());
    }
  }

  /** Runs the statement and returns its rows, at most the row cap of them. */
  QueryResult execute(String statement, Map<String, Object> parameters) {
    return execute(store.driver(), statement, parameters, Map.of(), () -> false);
  }

  /**
   * Runs the statement on the given driver, in a transaction carrying the metadata.
   *
   * @param stopped tells, once the driver has failed, whether that was because the query was
   *     stopped at its hard deadline (its connection closed under it)
   */
  QueryResult execute(
      Driver driver,
      String statement,
      Map<String, Object> parameters,
      Map<String, Object> metadata,
      BooleanSupplier stopped) {
    Value params = toValue(parameters);
    long started = System.nanoTime();
    List<String> columns;
    List<Record> records = new ArrayList<>();
    boolean truncated = false;
    try (Session session = session(driver);
        Transaction tx = session.beginTransaction(transactionConfig(metadata))) {
      Result result = tx.run(statement, params);
      columns = result.keys();
      while (result.hasNext()) {
        if (records.size() == limits.rowCap()) {
          truncated = true;
          break;
        }
        records.add(result.next());
      }
      // No commit: closing rolls the transaction back and stops a query that was cut off.
    } catch (Neo4jException e) {
      throw stopped.getAsBoolean() ? timedOut() : translate(e, 0);
    } catch (IllegalStateException e) {
      // The driver was closed under the query: it was stopped at its hard deadline.
      if (stopped.getAsBoolean()) {
        throw timedOut();
      }
      throw e;
    }
    List<Map<String, Object>> rows = convert(columns, records);
    return new QueryResult(columns, rows, truncated, (System.nanoTime() - started) / 1_000_000);
  }

  private List<Map<String, Object>> convert(List<String> columns, List<Record> records) {
    ResultConverter converter = new ResultConverter();
    List<List<Object>> raw = new ArrayList<>(records.size());
    for (Record record : records) {
      List<Object> values = new ArrayList<>(columns.size());
      for (int i = 0; i < columns.size(); i++) {
        Object value = record.get(i).asObject();
        converter.scan(value);
        values.add(value);
      }
      raw.add(values);
    }
    List<String> missing = converter.missingEnds();
    if (!missing.isEmpty()) {
      lookUpIds(converter, missing);
    }
    List<Map<String, Object>> rows = new ArrayList<>(raw.size());
    for (List<Object> values : raw) {
      Map<String, Object> row = new LinkedHashMap<>();
      for (int i = 0; i < columns.size(); i++) {
        row.put(columns.get(i), converter.convert(values.get(i)));
      }
      rows.add(row);
    }
    return rows;
  }

  /**
   * Finds the ids of relationship ends the result did not return. This runs after the query's own
   * transaction has closed, so that a cut-off query stops at once; an end deleted in between shows
   * as {@code null}.
   */
  private void lookUpIds(ResultConverter converter, List<String> elementIds) {
    String statement = CypherFile.load("read/node-ids").statement();
    try (Session session = session(store.driver());
        Transaction tx = session.beginTransaction(transactionConfig(Map.of()))) {
      tx.run(statement, Map.of("elementIds", elementIds))
          .forEachRemaining(
              r -> converter.learn(r.get("elementId").asString(), r.get("id").asObject()));
    } catch (Neo4jException e) {
      throw translate(e, 0);
    }
  }

  private Session session(Driver driver) {
    SessionConfig.Builder builder =
        SessionConfig.builder()
            .withDefaultAccessMode(AccessMode.READ)
            // Fetch no more than the cap needs, so a cut-off query does little extra work.
            .withFetchSize(Math.min(limits.rowCap() + 1L, 1000L));
    String database = store.settings().database();
    if (database != null) {
      builder.withDatabase(database);
    }
    return driver.session(builder.build());
  }

  private TransactionConfig transactionConfig(Map<String, Object> metadata) {
    return TransactionConfig.builder().withTimeout(limits.timeout()).withMetadata(metadata).build();
  }

  private SgnetException timedOut() {
    return new SgnetException(
        SgnetException.Kind.INVALID_INPUT,
        "the query ran longer than "
            + limits.timeoutText()
            + " (the time limit) and was stopped; narrow it down (a tighter MATCH, a LIMIT)");
  }

  private static Value toValue(Map<String, Object> parameters) {
    try {
      return Values.value(parameters == null ? Map.of() : parameters);
    } catch (ClientException e) {
      throw new SgnetException(
          SgnetException.Kind.INVALID_INPUT,
          "parameter values must be strings, numbers, booleans, dates, lists or maps");
    }
  }

  /**
   * @param shift how many characters sgnet put before the query on its first line, to take off the
   *     column Neo4j reports
   */
  private SgnetException translate(Neo4jException e, int shift) {
    String code = e.code() == null ? "" : e.code();
    if (code.contains("TransactionTimedOut")) {
      return timedOut();
    }
    // MemoryPoolOutOfMemoryError: over the transaction memory limit. OutOfMemoryError: a value
    // grew in one expression, which Neo4j does not count, until the heap could not hold it; Neo4j
    // caught the error in that query alone.
    if (code.contains("OutOfMemoryError")) {
      Matcher limit = MEMORY_LIMIT.matcher(e.getMessage() == null ? "" : e.getMessage());
      return new SgnetException(
          SgnetException.Kind.INVALID_INPUT,
          "the query needed more memory than "
              + (limit.find() ? "the " + limit.group(1) + " a query may use" : "a query may use")
              + " (the memory limit) and was stopped; narrow it down (fewer rows collected or"
              + " sorted, a LIMIT)");
    }
    if (e instanceof ClientException) {
      return new SgnetException(SgnetException.Kind.INVALID_INPUT, describe(e.getMessage(), shift));
    }
    return new SgnetException(
        SgnetException.Kind.FAILURE, "the store could not run the query (" + code + ")", e);
  }

  /**
   * Returns Neo4j's explanation of an error in a query without the query's text or literals: only
   * the first line (later lines quote the query), the position, and for a syntax error the
   * grammar's list of what it expected.
   */
  static String describe(String message, int shift) {
    String first = message == null ? "" : message.lines().findFirst().orElse("").strip();
    Matcher position = POSITION.matcher(first);
    String at = "";
    if (position.find()) {
      int line = Integer.parseInt(position.group(1));
      int column = Integer.parseInt(position.group(2));
      at = " at line " + line + ", column " + (line == 1 ? Math.max(1, column - shift) : column);
    }
    String explanation;
    int expected = first.indexOf("': expected ");
    if (first.startsWith("Invalid input '") && expected > 0) {
      String tail = first.substring(expected + 3);
      int paren = tail.lastIndexOf(" (line ");
      explanation = "invalid input" + at + ": " + (paren > 0 ? tail.substring(0, paren) : tail);
    } else {
      int paren = first.lastIndexOf(" (line ");
      String text = paren > 0 ? first.substring(0, paren) : first;
      explanation = QUOTED.matcher(text).replaceAll("'…'") + at;
    }
    if (explanation.length() > MAX_MESSAGE) {
      explanation = explanation.substring(0, MAX_MESSAGE) + "…";
    }
    return "the query is not valid: " + explanation;
  }
}
