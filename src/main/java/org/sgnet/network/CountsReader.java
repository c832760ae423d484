package org.sgnet.network;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Record;
import org.sgnet.store.Store;

/** Reads how much of the network the store holds, for {@code store info} and checks of imports. */
public final class CountsReader {

  private final Store store;

  public CountsReader(Store store) {
    this.store = store;
  }

  /** Returns how many agencies, people, ties and events the store holds. */
  public Map<String, Long> counts() {
    Record r = store.query("read/counts", Map.of(), x -> x).get(0);
    Map<String, Long> counts = new LinkedHashMap<>();
    for (String k : List.of("agencies", "people", "ties", "events")) {
      counts.put(k, r.get(k).asLong());
    }
    return Collections.unmodifiableMap(counts);
  }
}
