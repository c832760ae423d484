package org.sgnet.network;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every child's involved agencies on one date over one window (rules.md, Terms), read once from the
 * store: the board's counts and lists are made from it in memory, since reading the involvement of
 * every child is what costs (about a second at 30,000 children) and counting it again is cheap.
 */
final class BoardInvolvement {

  /** Child id to its involved agencies' ids, by child id. */
  private final TreeMap<String, List<String>> agenciesByChild;

  BoardInvolvement(Map<String, List<String>> agenciesByChild) {
    this.agenciesByChild = new TreeMap<>();
    agenciesByChild.forEach(
        (child, agencies) ->
            this.agenciesByChild.put(child, List.copyOf(new java.util.TreeSet<>(agencies))));
  }

  /**
   * Children per pair of agency ids ({@code [x, y]}, x &lt; y) and per agency ({@code [x, x]}), as
   * {@link AgencyNetwork#of} takes them.
   */
  Map<List<String>, Long> counts() {
    Map<List<String>, Long> counts = new HashMap<>();
    for (List<String> ids : agenciesByChild.values()) {
      for (int i = 0; i < ids.size(); i++) {
        for (int j = i; j < ids.size(); j++) {
          counts.merge(List.of(ids.get(i), ids.get(j)), 1L, Long::sum);
        }
      }
    }
    return counts;
  }

  /**
   * The children an agency is involved with, or with {@code other} those both are, by id; each with
   * how many agencies are involved with it.
   */
  List<Map.Entry<String, Integer>> children(String agency, String other) {
    List<Map.Entry<String, Integer>> children = new ArrayList<>();
    agenciesByChild.forEach(
        (child, ids) -> {
          if (ids.contains(agency) && (other == null || ids.contains(other))) {
            children.add(Map.entry(child, ids.size()));
          }
        });
    return children;
  }
}
