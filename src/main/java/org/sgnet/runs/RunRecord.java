package org.sgnet.runs;

import java.util.Map;

/**
 * A recorded run of the whole catalogue.
 *
 * @param id {@code run-N}
 * @param number N, counting runs from 1 in this store
 * @param at when it was recorded (UTC, ISO-8601)
 * @param asOf the as-of date D it used
 * @param windowDays the window W
 * @param options the thresholds it used, by option name
 * @param engine the engine that evaluated the rules ({@code CYPHER} or {@code JGRAPHT})
 * @param catalogue the version of the rule catalogue
 * @param version sgnet's version, or {@code dev} outside a built jar
 * @param by who recorded it
 * @param findings how many findings it found
 * @param opened how many of them no earlier run found
 * @param reopened how many came back after they resolved, or whose evidence lapsed a dismissal
 * @param resolved how many open findings it no longer found
 */
public record RunRecord(
    String id,
    long number,
    String at,
    String asOf,
    int windowDays,
    Map<String, Integer> options,
    String engine,
    String catalogue,
    String version,
    String by,
    int findings,
    int opened,
    int reopened,
    int resolved) {

  public RunRecord {
    // Unmodifiable in the order given (the thresholds in the spec's order).
    options = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(options));
  }
}
