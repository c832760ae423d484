package org.sgnet.graph;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Record;
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
          tx.run(events, params).forEachRemaining(r -> addEvent(r, eventRows));
          return new Projection(asOf, windowDays, agencyOf, tieRows, eventRows);
        });
  }

  /**
   * Adds the rows of one event: one for each subject and agency its links name, as a {@code MATCH}
   * of both would give (an imported event has one of each; an event without either is left out),
   * with its first recorder and its participants in the store's order.
   */
  private static void addEvent(Record r, List<Projection.EventRow> rows) {
    List<String> subjects = new ArrayList<>(1);
    List<String> agencies = new ArrayList<>(1);
    List<String> participants = new ArrayList<>();
    Value recorder = null;
    for (Value link : r.get("links").values()) {
      Value id = link.get(1);
      switch (link.get(0).asString()) {
        case "ABOUT" -> subjects.add(id.asString());
        case "RECORDED_IN" -> agencies.add(id.asString());
        case "RECORDED_BY" -> recorder = recorder == null ? id : recorder;
        case "PARTICIPANT" -> participants.add(id.asString());
        default -> throw new IllegalStateException("a link the statement does not read");
      }
    }
    for (String agencyId : agencies) {
      for (String subjectId : subjects) {
        rows.add(
            new Projection.EventRow(
                r.get("id").asString(),
                r.get("date").asLocalDate(),
                r.get("type").asString(),
                subjectId,
                agencyId,
                recorder == null ? null : string(recorder),
                participants,
                string(r.get("subtype")),
                string(r.get("value")),
                string(r.get("requestedBy")),
                r.get("seenAlone").isNull() ? null : r.get("seenAlone").asBoolean()));
      }
    }
  }

  private static String string(Value v) {
    return v.isNull() ? null : v.asString();
  }

  private static LocalDate date(Value v) {
    return v.isNull() ? null : v.asLocalDate();
  }
}
