package org.sgnet.rules;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What an engine found, before names, messages and the spec's order are added by {@link
 * FindingAssembler}. Lists may come in any order; the assembler sorts them.
 *
 * @param rule the rule
 * @param severity the severity the rule assigns
 * @param childIds the children
 * @param agencyIds the agencies
 * @param personIds the people
 * @param details the rule's details as {@code rules.md} defines them
 */
public record RawFinding(
    Rule rule,
    Severity severity,
    List<String> childIds,
    List<String> agencyIds,
    List<String> personIds,
    Map<String, Object> details) {

  public RawFinding {
    childIds = List.copyOf(childIds);
    agencyIds = List.copyOf(agencyIds);
    personIds = List.copyOf(personIds);
    details = Collections.unmodifiableMap(new TreeMap<>(details));
  }
}
