package org.sgnet.query;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The result of a named query or of analyst Cypher, in plain Java that serialises to JSON as is.
 *
 * <p>Values are strings, numbers ({@code Long}, {@code Double}), booleans, {@code null}, lists and
 * maps. A node is {@code {"labels": [...], "properties": {...}}}; a relationship is {@code {"type",
 * "start", "end", "properties"}} where start and end are the {@code id} properties of its nodes; a
 * path is the list of its nodes and relationships in order; dates, times and durations are ISO-8601
 * strings.
 *
 * @param columns the column names, in the query's order
 * @param rows one map per row, keyed by column in the same order; values may be {@code null}
 * @param truncated whether the query had more rows than the row cap and was cut off
 * @param millis how long the query took, in milliseconds
 */
public record QueryResult(
    List<String> columns, List<Map<String, Object>> rows, boolean truncated, long millis) {

  public QueryResult {
    columns = List.copyOf(columns);
    List<Map<String, Object>> copy = new ArrayList<>(rows.size());
    for (Map<String, Object> row : rows) {
      copy.add(Collections.unmodifiableMap(new LinkedHashMap<>(row)));
    }
    rows = Collections.unmodifiableList(copy);
  }
}
