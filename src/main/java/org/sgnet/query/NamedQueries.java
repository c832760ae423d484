package org.sgnet.query;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.sgnet.SgnetException;
import org.sgnet.store.CypherFile;
import org.sgnet.store.Store;

/**
 * The named queries of {@code cypher/queries}: read-only statements whose header comments give
 * their name, description and parameters (the syntax is in {@code cypher/queries/README.md}).
 *
 * <p>Every query file listed in {@code cypher/queries/index.txt} is loaded and checked when this is
 * built, so a bad header or a statement that could write stops sgnet at start, naming the file.
 * Queries run like analyst Cypher: read access mode, timeout, row cap, never committed.
 */
public final class NamedQueries {

  /** The index of the query files, one file name a line, on the class path. */
  static final String INDEX = "/cypher/queries/index.txt";

  private final Map<String, NamedQuery> queries;
  private final ReadOnlyExecutor executor;
  private final Clock clock;

  /** Loads the queries to run on the store under {@link QueryLimits#DEFAULTS}. */
  public NamedQueries(Store store) {
    this(store, QueryLimits.DEFAULTS, Clock.systemDefaultZone());
  }

  /**
   * Loads the queries to run on the store.
   *
   * @param limits the timeout and row cap queries run under
   * @param clock the clock a {@code today} default reads
   * @throws SgnetException of kind {@code FAILURE} naming the file when a query file is missing or
   *     not valid
   */
  public NamedQueries(Store store, QueryLimits limits, Clock clock) {
    this.executor = new ReadOnlyExecutor(store, limits);
    this.clock = clock;
    this.queries = load();
  }

  /** Returns the file names the index lists, in its order. */
  static List<String> indexedFiles() {
    try (InputStream in = NamedQueries.class.getResourceAsStream(INDEX)) {
      if (in == null) {
        throw new SgnetException(SgnetException.Kind.FAILURE, "missing resource " + INDEX);
      }
      List<String> files = new ArrayList<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String file = line.strip();
        if (!file.isEmpty() && !file.startsWith("#")) {
          files.add(file);
        }
      }
      return files;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<String, NamedQuery> load() {
    Map<String, NamedQuery> byName = new TreeMap<>();
    for (String file : indexedFiles()) {
      if (!file.endsWith(".cypher")) {
        throw new SgnetException(
            SgnetException.Kind.FAILURE,
            INDEX + " lists " + file + ", which is not a .cypher file");
      }
      String base = file.substring(0, file.length() - ".cypher".length());
      NamedQuery query = NamedQuery.parse(file, CypherFile.load("queries/" + base).text());
      if (byName.put(query.name(), query) != null) {
        throw new SgnetException(SgnetException.Kind.FAILURE, INDEX + " lists " + file + " twice");
      }
    }
    return byName;
  }

  /** Returns every named query, by name. */
  public List<QueryInfo> list() {
    return queries.values().stream().map(NamedQuery::info).toList();
  }

  /**
   * Runs a named query.
   *
   * @param name the query's name
   * @param params the parameter values: strings, numbers, booleans or lists of strings as JSON
   *     gives them; dates as {@code YYYY-MM-DD} strings; may be {@code null} for none
   * @throws SgnetException {@code NOT_FOUND} for an unknown name; {@code INVALID_INPUT} naming a
   *     parameter that is unknown, missing or of the wrong type, or when the query runs longer than
   *     the timeout; {@code FAILURE} when the store fails
   */
  public QueryResult run(String name, Map<String, Object> params) {
    NamedQuery query = name == null ? null : queries.get(name);
    if (query == null) {
      throw new SgnetException(
          SgnetException.Kind.NOT_FOUND,
          "there is no named query "
              + (name == null || name.length() > 60 ? "with that name" : "called " + name));
    }
    return executor.execute(query.statement(), query.bind(params, LocalDate.now(clock)));
  }
}
