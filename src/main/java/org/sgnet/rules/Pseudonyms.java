package org.sgnet.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Codes that stand for people, agencies and events in a pseudonymised view ({@code Child A}, {@code
 * Professional 7}, {@code Agency 3}, {@code Event 12}), so that messages and evidence can be
 * written without a real name or id. An id without a code shows as a neutral placeholder, never as
 * itself: a gap in the codes must not leak a name.
 *
 * @param people codes of people by id
 * @param agencies codes of agencies by id
 * @param events codes of events by id
 */
public record Pseudonyms(
    Map<String, String> people, Map<String, String> agencies, Map<String, String> events) {

  /** What an uncoded id shows as. */
  public static final String UNCODED = "(not coded)";

  /** Hash maps, not {@code Map.copyOf}: it probes long runs on alike ids (see {@link Names}). */
  public Pseudonyms {
    people = java.util.Collections.unmodifiableMap(new java.util.HashMap<>(people));
    agencies = java.util.Collections.unmodifiableMap(new java.util.HashMap<>(agencies));
    events = java.util.Collections.unmodifiableMap(new java.util.HashMap<>(events));
  }

  /** Returns the person's code. */
  public String person(String id) {
    return people.getOrDefault(id, UNCODED);
  }

  /** Returns the agency's code. */
  public String agency(String id) {
    return agencies.getOrDefault(id, UNCODED);
  }

  /** Returns the event's code. */
  public String event(String id) {
    return events.getOrDefault(id, UNCODED);
  }

  /**
   * Returns the codes as {@link Names}, for every id of the lists (uncoded ones as a placeholder).
   */
  Names names(Iterable<String> personIds, Iterable<String> agencyIds) {
    Map<String, String> p = new LinkedHashMap<>();
    personIds.forEach(id -> p.put(id, person(id)));
    Map<String, String> a = new LinkedHashMap<>();
    agencyIds.forEach(id -> a.put(id, agency(id)));
    return new Names(p, a);
  }

  /**
   * Returns the finding with its message and recommendation written again in codes (by the same
   * wording as every finding), and the event ids of its details replaced by their codes. Its id
   * lists are left as they are: they identify the finding, a view does not show them.
   */
  public Finding reword(Finding f) {
    Map<String, Object> details = f.rule().recoded(f.details(), this::event);
    List<String> people = new ArrayList<>(f.childIds());
    people.addAll(f.personIds());
    people.addAll(f.rule().people(details));
    List<String> agencies = new ArrayList<>(f.agencyIds());
    agencies.addAll(f.rule().agencies(details));
    return FindingAssembler.worded(
        new RawFinding(f.rule(), f.severity(), f.childIds(), f.agencyIds(), f.personIds(), details),
        names(people, agencies));
  }
}
