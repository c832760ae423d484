package org.sgnet.bundle;

import java.util.List;

/**
 * A validated case bundle: every reference resolves and every row obeys the format.
 *
 * @param agencies rows of {@code agencies.csv}, in file order
 * @param people rows of {@code people.csv}, in file order
 * @param ties rows of {@code relationships.csv}, in file order
 * @param events rows of {@code events.csv}, in file order
 */
public record Bundle(
    List<Agency> agencies, List<Person> people, List<Tie> ties, List<Event> events) {

  public Bundle {
    agencies = List.copyOf(agencies);
    people = List.copyOf(people);
    ties = List.copyOf(ties);
    events = List.copyOf(events);
  }

  /** Returns the number of data rows in the bundle, all files together. */
  public int rowCount() {
    return agencies.size() + people.size() + ties.size() + events.size();
  }
}
