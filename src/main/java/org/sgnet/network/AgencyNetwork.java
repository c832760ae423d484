package org.sgnet.network;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The board's network of agencies, built on the server so that its size is the number of agencies
 * whatever the number of children: each agency with how many children it is involved with, and each
 * pair that shares children or coordinated with how many children it shares, how many coordination
 * events it had in the window and whether it is a silo in the sense of rule 5 (AGENCY_SILO): at
 * least {@code siloSharedChildren} shared children and no coordination event.
 *
 * @param asOf the date D
 * @param windowDays the window W in days
 * @param siloSharedChildren the rule's threshold of shared children ({@code silo.sharedChildren})
 * @param peopleCap the most people the board draws at once (children and professionals)
 * @param agencies every agency, by id
 * @param links the pairs that share children or coordinated, by agency ids
 */
public record AgencyNetwork(
    LocalDate asOf,
    int windowDays,
    int siloSharedChildren,
    int peopleCap,
    List<Agency> agencies,
    List<Link> links) {

  public AgencyNetwork {
    agencies = List.copyOf(agencies);
    links = List.copyOf(links);
  }

  /**
   * An agency.
   *
   * @param id the id
   * @param name the name
   * @param sector the sector
   * @param children how many children it is an involved agency of
   */
  public record Agency(String id, String name, String sector, long children) {}

  /**
   * A pair of agencies, {@code a < b}.
   *
   * @param a the first agency's id
   * @param b the second agency's id
   * @param sharedChildren how many children both are involved agencies of
   * @param coordinationEvents information-sharing or meeting events in the window with
   *     professionals of both among their people
   * @param silo whether the pair is an AGENCY_SILO: enough shared children, no coordination
   */
  public record Link(
      String a, String b, long sharedChildren, long coordinationEvents, boolean silo) {}

  /** An agency as the store gives it, before its children are counted. */
  record Named(String id, String name, String sector) {}

  /**
   * Builds the network from the store's counts.
   *
   * @param counts children per pair of agency ids ({@code [x, y]}, x &lt; y) and per agency ({@code
   *     [x, x]})
   * @param events coordination events per pair of agency ids ({@code [x, y]}, x &lt; y)
   */
  static AgencyNetwork of(
      LocalDate asOf,
      int windowDays,
      int siloSharedChildren,
      int peopleCap,
      List<Named> agencies,
      Map<List<String>, Long> counts,
      Map<List<String>, Long> events) {
    List<Agency> nodes = new ArrayList<>();
    for (Named a : agencies) {
      nodes.add(
          new Agency(
              a.id(), a.name(), a.sector(), counts.getOrDefault(List.of(a.id(), a.id()), 0L)));
    }
    Set<List<String>> pairs =
        new TreeSet<>(
            Comparator.<List<String>, String>comparing(p -> p.get(0)).thenComparing(p -> p.get(1)));
    counts.keySet().stream().filter(p -> !p.get(0).equals(p.get(1))).forEach(pairs::add);
    pairs.addAll(events.keySet());
    List<Link> links = new ArrayList<>();
    for (List<String> pair : pairs) {
      long shared = counts.getOrDefault(pair, 0L);
      long met = events.getOrDefault(pair, 0L);
      links.add(
          new Link(
              pair.get(0), pair.get(1), shared, met, shared >= siloSharedChildren && met == 0));
    }
    return new AgencyNetwork(asOf, windowDays, siloSharedChildren, peopleCap, nodes, links);
  }
}
