package org.sgnet.graph;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Value;
import org.sgnet.store.CypherFile;
import org.sgnet.store.Store;

/**
 * Reads a {@link Projection} from the store with three set-based queries of {@code
 * cypher/projection} in one read transaction (a consistent snapshot), streaming the rows.
 */
public final class ProjectionLoader {

  private final Store store;

  /** Reads from this store. */
  public ProjectionLoader(Store store) {
    this.store = store;
  }

  /** Loads what the twin rules read as of {@code asOf} with a window of {@code windowDays}. */
  public Projection load(LocalDate asOf, int windowDays) {
    Map<String, Object> params =
        Map.of(
            "asOf",
            asOf,
            "windowStart",
            asOf.minusDays(windowDays),
            "historyTypes",
            List.copyOf(new java.util.TreeSet<>(Projection.HISTORY_TYPES)));
    String professionals = CypherFile.load("projection/professionals").statement();
    String ties = CypherFile.load("projection/ties").statement();
    String events = CypherFile.load("projection/events").statement();
    return store.read(
        tx -> {
          Map<String, String> agencyOf = new HashMap<>();
          tx.run(professionals, params)
              .forEachRemaining(
                  r -> agencyOf.put(r.get("id").asString(), r.get("agencyId").asString()));
          List<Projection.TieRow> tieRows = new ArrayList<>();
          tx.run(ties, params)
              .forEachRemaining(
                  r ->
                      tieRows.add(
                          new Projection.TieRow(
                              r.get("type").asString(),
                              r.get("fromId").asString(),
                              r.get("toId").asString(),
                              date(r.get("start")),
                              date(r.get("end")),
                              string(r.get("legalBasis")),
                              r.get("lead").asBoolean(false),
                              r.get("parentalResponsibility").asBoolean(false))));
          List<Projection.EventRow> eventRows = new ArrayList<>();
          tx.run(events, params)
              .forEachRemaining(
                  r ->
                      eventRows.add(
                          new Projection.EventRow(
                              r.get("id").asString(),
                              r.get("date").asLocalDate(),
                              r.get("type").asString(),
                              r.get("subjectId").asString(),
                              r.get("agencyId").asString(),
                              string(r.get("recordedBy")),
                              r.get("participants").asList(Value::asString),
                              string(r.get("subtype")),
                              string(r.get("value")),
                              string(r.get("requestedBy")),
                              r.get("seenAlone").isNull()
                                  ? null
                                  : r.get("seenAlone").asBoolean())));
          return new Projection(asOf, windowDays, agencyOf, tieRows, eventRows);
        });
  }

  private static String string(Value v) {
    return v.isNull() ? null : v.asString();
  }

  private static LocalDate date(Value v) {
    return v.isNull() ? null : v.asLocalDate();
  }
}
