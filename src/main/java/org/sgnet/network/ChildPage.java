package org.sgnet.network;

import java.time.LocalDate;
import java.util.List;

/**
 * One page of a search over children.
 *
 * @param total how many children match
 * @param page the page number, from 0
 * @param size the page size
 * @param items the children of this page, by id
 */
public record ChildPage(long total, int page, int size, List<Child> items) {

  public ChildPage {
    items = List.copyOf(items);
  }

  /**
   * A child in a search result.
   *
   * @param id the id
   * @param name the display name
   * @param birthDate the birth date, or {@code null}
   */
  public record Child(String id, String name, LocalDate birthDate) {}
}
