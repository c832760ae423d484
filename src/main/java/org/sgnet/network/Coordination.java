package org.sgnet.network;

import java.util.List;

/**
 * A child's coordination picture, as read: the input of the child's network metrics.
 *
 * @param professionals the involved professionals
 * @param agencies the involved agencies
 * @param gatherings the professionals present at each coordination event
 */
public record Coordination(
    List<Professional> professionals, List<String> agencies, List<List<String>> gatherings) {

  public Coordination {
    professionals = List.copyOf(professionals);
    agencies = List.copyOf(agencies);
    gatherings = List.copyOf(gatherings.stream().map(List::copyOf).toList());
  }

  /**
   * An involved professional.
   *
   * @param id the id
   * @param name the name
   * @param agencyId the agency, or {@code null}
   */
  public record Professional(String id, String name, String agencyId) {}
}
