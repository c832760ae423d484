package org.sgnet.network;

import java.time.LocalDate;
import java.util.List;

/**
 * The people of a bounded selection of the board, to draw: the children of one agency or the shared
 * children of a pair, the professionals of the selected agencies involved with them (inside their
 * agency), and the siblings among the children.
 *
 * @param asOf the date D
 * @param windowDays the window W in days
 * @param agencyIds the selected agency, or the pair
 * @param nodes agencies, then children and professionals, by key
 * @param edges involvement (professional to child) and sibling ties
 */
public record BoardPeople(
    LocalDate asOf, int windowDays, List<String> agencyIds, List<Node> nodes, List<Edge> edges) {

  public BoardPeople {
    agencyIds = List.copyOf(agencyIds);
    nodes = List.copyOf(nodes);
    edges = List.copyOf(edges);
  }

  /**
   * A node.
   *
   * @param id the key: {@code person:ID} or {@code agency:ID}
   * @param kind {@code CHILD}, {@code PROFESSIONAL} or {@code AGENCY}
   * @param name the display name
   * @param parent the key of a professional's agency, else {@code null}
   */
  public record Node(String id, String kind, String name, String parent) {}

  /**
   * An edge.
   *
   * @param type {@code INVOLVED} (a professional involved with a child) or {@code SIBLING}
   * @param source the professional's or the first child's key
   * @param target the child's key
   * @param lead whether an active INVOLVED tie makes the professional the child's lead
   */
  public record Edge(String type, String source, String target, boolean lead) {}
}
