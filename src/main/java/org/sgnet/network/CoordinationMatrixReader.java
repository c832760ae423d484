package org.sgnet.network;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.neo4j.driver.Value;
import org.sgnet.SgnetException;
import org.sgnet.store.Store;

/** Reads the board's agency {@link CoordinationMatrix} out of the store. */
public final class CoordinationMatrixReader {

  private static final Comparator<List<String>> PAIR_ORDER =
      Comparator.<List<String>, String>comparing(p -> p.get(0)).thenComparing(p -> p.get(1));

  private final Store store;

  public CoordinationMatrixReader(Store store) {
    this.store = store;
  }

  /**
   * Returns the agency coordination matrix as of a date over a window of days.
   *
   * @param asOf the date D
   * @param windowDays the window W, at least 1: events dated {@code D - W < d <= D} count
   */
  public CoordinationMatrix coordinationMatrix(LocalDate asOf, int windowDays) {
    if (windowDays < 1) {
      throw new SgnetException(
          SgnetException.Kind.INVALID_INPUT, "the window must be at least 1 day");
    }
    Map<String, Object> params = Map.of("asOf", asOf, "windowStart", asOf.minusDays(windowDays));
    Map<List<String>, List<String>> shared = new TreeMap<>(PAIR_ORDER);
    store.query(
        "board/shared-children",
        params,
        r ->
            shared.put(
                List.of(r.get("x").asString(), r.get("y").asString()),
                r.get("children").asList(Value::asString)));
    Map<List<String>, Long> events = new TreeMap<>(PAIR_ORDER);
    store.query(
        "board/coordination-events",
        params,
        r ->
            events.put(
                List.of(r.get("x").asString(), r.get("y").asString()), r.get("events").asLong()));
    Set<List<String>> pairs = new TreeSet<>(PAIR_ORDER);
    pairs.addAll(shared.keySet());
    pairs.addAll(events.keySet());
    List<CoordinationMatrix.Cell> cells = new ArrayList<>();
    for (List<String> pair : pairs) {
      cells.add(
          new CoordinationMatrix.Cell(
              pair.get(0),
              pair.get(1),
              shared.getOrDefault(pair, List.of()),
              events.getOrDefault(pair, 0L)));
    }
    List<CoordinationMatrix.Agency> agencies =
        store.query(
            "board/agencies",
            Map.of(),
            r ->
                new CoordinationMatrix.Agency(
                    r.get("id").asString(), r.get("name").asString(), r.get("sector").asString()));
    return new CoordinationMatrix(asOf, windowDays, agencies, cells);
  }
}
