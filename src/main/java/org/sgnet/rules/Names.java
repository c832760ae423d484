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

  /**
   * Copies the maps into hash maps: {@code Map.copyOf}'s open addressing probes long runs on ids as
   * alike as {@code p123456} and {@code p123457}, which took most of the 25 s that naming and
   * wording 679,319 findings cost at 400,000 children (Java Flight Recorder).
   */
  public Names {
    people = java.util.Collections.unmodifiableMap(new java.util.HashMap<>(people));
    agencies = java.util.Collections.unmodifiableMap(new java.util.HashMap<>(agencies));
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
