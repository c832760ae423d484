package org.sgnet.network;

import java.time.LocalDate;
import java.util.List;

/**
 * One page of the board's drill-down: the children an agency is involved with, or the children a
 * pair of agencies share, as of a date over a window.
 *
 * @param asOf the date D
 * @param windowDays the window W in days
 * @param agencyId the agency
 * @param otherAgencyId the pair's other agency, or {@code null} for the agency's children
 * @param total how many children the selection has
 * @param page the page, from 0
 * @param size the page's size
 * @param items the page's children, by id
 */
public record BoardChildren(
    LocalDate asOf,
    int windowDays,
    String agencyId,
    String otherAgencyId,
    long total,
    int page,
    int size,
    List<Child> items) {

  public BoardChildren {
    items = List.copyOf(items);
  }

  /**
   * A child of the selection.
   *
   * @param id the child's id
   * @param name the child's name
   * @param agencies how many agencies are involved with the child (all of them, not only the
   *     selected ones)
   */
  public record Child(String id, String name, long agencies) {}
}
