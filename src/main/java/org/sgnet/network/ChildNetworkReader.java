package org.sgnet.network;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.neo4j.driver.Record;
import org.sgnet.SgnetException;
import org.sgnet.store.Store;

/** Reads a child's network on a date out of the store as a {@link ChildNetwork}. */
public final class ChildNetworkReader {

  private final Store store;

  public ChildNetworkReader(Store store) {
    this.store = store;
  }

  /**
   * Returns a child's network as of a date to a depth of 1 (the child's own ties) or 2 (also the
   * ties of the people tied to the child), or empty when no child has that id.
   */
  public Optional<ChildNetwork> childNetwork(String childId, LocalDate asOf, int depth) {
    if (depth < 1 || depth > 2) {
      throw new SgnetException(SgnetException.Kind.INVALID_INPUT, "depth must be 1 or 2");
    }
    Optional<ChildNetwork> first =
        store.queryFirst(
            "read/child-network",
            Map.of("childId", childId, "asOf", asOf),
            r -> ChildNetwork.from(r, asOf));
    if (first.isEmpty() || depth == 1) {
      return first;
    }
    List<String> ring =
        first.get().nodes().stream()
            .filter(n -> n.type().equals("PERSON") && !n.id().equals("person:" + childId))
            .map(n -> n.id().substring("person:".length()))
            .toList();
    List<Record> second =
        store.query(
            "read/child-network-ring",
            Map.of("ids", ring, "asOf", asOf, "childId", childId),
            r -> r);
    return Optional.of(first.get().extendedBy(second));
  }
}
