package org.sgnet.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.sgnet.store.GraphSnapshot.NodeType;

/** Reads the network out of the store for exports and for the read API. */
public final class NetworkReader {

  private final Store store;

  public NetworkReader(Store store) {
    this.store = store;
  }

  /** Returns the whole network; one read transaction, so the snapshot is consistent. */
  public GraphSnapshot snapshot() {
    String nodes = CypherFile.load("export/nodes").statement();
    String relationships = CypherFile.load("export/relationships").statement();
    return store.read(
        tx -> {
          List<GraphSnapshot.Node> n = new ArrayList<>();
          tx.run(nodes)
              .forEachRemaining(
                  r -> {
                    NodeType type = NodeType.values()[r.get("rank").asInt()];
                    Map<String, Object> props = properties(r.get("props"));
                    n.add(
                        new GraphSnapshot.Node(
                            type,
                            (String) props.get("id"),
                            r.get("kinds").asList(Value::asString),
                            props));
                  });
          List<GraphSnapshot.Relationship> rels = new ArrayList<>();
          tx.run(relationships)
              .forEachRemaining(
                  r ->
                      rels.add(
                          new GraphSnapshot.Relationship(
                              r.get("type").asString(),
                              key(r.get("fromRank").asInt(), r.get("fromId").asString()),
                              key(r.get("toRank").asInt(), r.get("toId").asString()),
                              properties(r.get("props")))));
          return new GraphSnapshot(n, rels);
        });
  }

  /** Returns the latest event date in the store, if it holds any event. */
  public Optional<LocalDate> latestEventDate() {
    return store
        .query(
            "read/latest-event-date",
            Map.of(),
            r -> r.get("latest").isNull() ? null : r.get("latest").asLocalDate())
        .stream()
        .filter(java.util.Objects::nonNull)
        .findFirst();
  }

  /** Returns how many agencies, people, ties and events the store holds. */
  public Map<String, Long> counts() {
    Record r = store.query("read/counts", Map.of(), x -> x).get(0);
    Map<String, Long> counts = new java.util.LinkedHashMap<>();
    for (String k : List.of("agencies", "people", "ties", "events")) {
      counts.put(k, r.get(k).asLong());
    }
    return Collections.unmodifiableMap(counts);
  }

  /**
   * Returns a child's network as of a date, or empty when no child has that id.
   *
   * @param childId the child
   * @param asOf the date on which ties must be active
   */
  public Optional<ChildNetwork> childNetwork(String childId, LocalDate asOf) {
    List<ChildNetwork> found =
        store.query(
            "read/child-network",
            Map.of("childId", childId, "asOf", asOf),
            r -> ChildNetwork.from(r, asOf));
    return found.stream().findFirst();
  }

  private static String key(int rank, String id) {
    return NodeType.values()[rank].prefix() + ":" + id;
  }

  /** Converts a driver map value to plain Java values, sorted by key for stable output. */
  static Map<String, Object> properties(Value map) {
    Map<String, Object> props = new TreeMap<>();
    map.asMap(v -> v.asObject()).forEach(props::put);
    return Collections.unmodifiableMap(props);
  }
}
