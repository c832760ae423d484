package org.sgnet.export;

import java.util.List;
import java.util.Map;

/**
 * The whole stored network as plain data: every agency, person and event, and every relationship
 * between them, in a stable order.
 *
 * @param nodes the nodes, agencies first, then people, then events, each by id
 * @param relationships the relationships, by start node, type and end node
 */
public record GraphSnapshot(List<Node> nodes, List<Relationship> relationships) {

  public GraphSnapshot {
    nodes = List.copyOf(nodes);
    relationships = List.copyOf(relationships);
  }

  /** What a node is: its main label. */
  public enum NodeType {
    AGENCY,
    PERSON,
    EVENT;

    /** The prefix of this type's node keys, such as {@code person}. */
    public String prefix() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /**
   * A node.
   *
   * @param type the main label
   * @param id the node's id (unique within its type only)
   * @param kinds further labels, such as {@code Child} or {@code Professional}
   * @param properties every property, dates as {@link java.time.LocalDate}
   */
  public record Node(NodeType type, String id, List<String> kinds, Map<String, Object> properties) {

    /** A key unique across types, such as {@code person:child-j}. */
    public String key() {
      return type.prefix() + ":" + id;
    }
  }

  /**
   * A relationship.
   *
   * @param type the relationship type, such as {@code INVOLVED} or {@code PARTICIPANT}
   * @param fromKey the start node's key
   * @param toKey the end node's key
   * @param properties every property
   */
  public record Relationship(
      String type, String fromKey, String toKey, Map<String, Object> properties) {}
}
