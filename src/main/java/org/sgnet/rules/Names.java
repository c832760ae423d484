package org.sgnet.rules;

import java.util.Map;

/**
 * Display names of people and agencies by id, for messages. People and agencies have separate
 * namespaces. An id without a name is shown as itself.
 *
 * @param people names of people by id
 * @param agencies names of agencies by id
 */
public record Names(Map<String, String> people, Map<String, String> agencies) {

  public Names {
    people = Map.copyOf(people);
    agencies = Map.copyOf(agencies);
  }

  /** Names nobody: every id shows as itself. */
  public static Names none() {
    return new Names(Map.of(), Map.of());
  }

  /** Returns the person's name, or the id when unknown. */
  public String person(String id) {
    return people.getOrDefault(id, id);
  }

  /** Returns the agency's name, or the id when unknown. */
  public String agency(String id) {
    return agencies.getOrDefault(id, id);
  }
}
