package org.sgnet.export;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.neo4j.driver.Result;
import org.neo4j.driver.Value;
import org.sgnet.export.GraphSnapshot.NodeType;
import org.sgnet.store.CypherFile;
import org.sgnet.store.Store;

/**
 * Reads the whole network, or one child's part of it, out of the store as a {@link GraphSnapshot}.
 */
public final class GraphSnapshotReader {

  private final Store store;

  public GraphSnapshotReader(Store store) {
    this.store = store;
  }

  /** Returns the whole network; one read transaction, so the snapshot is consistent. */
  public GraphSnapshot snapshot() {
    String nodes = CypherFile.load("export/nodes").statement();
    String relationships = CypherFile.load("export/relationships").statement();
    return store.read(
        tx -> {
          List<GraphSnapshot.Node> n = nodes(tx.run(nodes));
          return new GraphSnapshot(n, relationships(tx.run(relationships)));
        });
  }

  /**
   * Returns the part of the network about one child: the child, everyone tied to the child, every
   * event about the child, the people those events name and the agencies of all of them, with the
   * relationships between these; empty when no child has that id.
   */
  public Optional<GraphSnapshot> childSnapshot(String childId) {
    String nodes = CypherFile.load("export/child-nodes").statement();
    String among = CypherFile.load("export/relationships-among").statement();
    return store.read(
        tx -> {
          List<GraphSnapshot.Node> n = nodes(tx.run(nodes, Map.of("childId", childId)));
          if (n.isEmpty()) {
            return Optional.empty();
          }
          Map<NodeType, List<String>> ids = new EnumMap<>(NodeType.class);
          for (NodeType t : NodeType.values()) {
            ids.put(t, new ArrayList<>());
          }
          n.forEach(node -> ids.get(node.type()).add(node.id()));
          Map<String, Object> params =
              Map.of(
                  "personIds", ids.get(NodeType.PERSON),
                  "eventIds", ids.get(NodeType.EVENT),
                  "agencyIds", ids.get(NodeType.AGENCY));
          return Optional.of(new GraphSnapshot(n, relationships(tx.run(among, params))));
        });
  }

  private static List<GraphSnapshot.Node> nodes(Result result) {
    List<GraphSnapshot.Node> n = new ArrayList<>();
    result.forEachRemaining(
        r -> {
          NodeType type = NodeType.values()[r.get("rank").asInt()];
          Map<String, Object> props = properties(r.get("props"));
          n.add(
              new GraphSnapshot.Node(
                  type, (String) props.get("id"), r.get("kinds").asList(Value::asString), props));
        });
    return n;
  }

  private static List<GraphSnapshot.Relationship> relationships(Result result) {
    List<GraphSnapshot.Relationship> rels = new ArrayList<>();
    result.forEachRemaining(
        r ->
            rels.add(
                new GraphSnapshot.Relationship(
                    r.get("type").asString(),
                    key(r.get("fromRank").asInt(), r.get("fromId").asString()),
                    key(r.get("toRank").asInt(), r.get("toId").asString()),
                    properties(r.get("props")))));
    return rels;
  }

  private static String key(int rank, String id) {
    return NodeType.values()[rank].prefix() + ":" + id;
  }

  /** Converts a driver map value to plain Java values, sorted by key for stable output. */
  private static Map<String, Object> properties(Value map) {
    Map<String, Object> props = new TreeMap<>();
    map.asMap(v -> v.asObject()).forEach(props::put);
    return Collections.unmodifiableMap(props);
  }
}
