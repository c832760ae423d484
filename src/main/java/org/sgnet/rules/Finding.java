package org.sgnet.rules;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One finding of {@code rules.md}, with exactly the spec's fields.
 *
 * @param rule the rule that found it
 * @param severity as the rule assigns it
 * @param childIds the children, sorted
 * @param agencyIds the agencies, sorted (possibly empty)
 * @param personIds the people, sorted (possibly empty)
 * @param message one sentence naming what was found, with names
 * @param recommendation what to do about it
 * @param details the rule's details, keys sorted; values are strings, numbers, {@code null} or
 *     lists of those
 */
public record Finding(
    Rule rule,
    Severity severity,
    List<String> childIds,
    List<String> agencyIds,
    List<String> personIds,
    String message,
    String recommendation,
    Map<String, Object> details) {

  public Finding {
    childIds = List.copyOf(childIds);
    agencyIds = List.copyOf(agencyIds);
    personIds = List.copyOf(personIds);
    // TreeMap keeps the keys sorted and, unlike Map.copyOf, allows a null value
    // (daysSinceEngagement).
    details = Collections.unmodifiableMap(new TreeMap<>(details));
  }
}
