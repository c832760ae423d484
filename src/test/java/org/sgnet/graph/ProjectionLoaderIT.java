package org.sgnet.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Value;
import org.sgnet.SharedStore;
import org.sgnet.store.Store;

/**
 * The projection's events, read in one walk over each event's relationships, are the rows that
 * matching the subject and the agency and collecting the recorder and participants give: also for
 * links an import never writes (two subjects, two recorders, a link to a node of the wrong kind),
 * which a correction or another tool writing to the store could leave.
 */
class ProjectionLoaderIT {

  private static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);
  private static final int WINDOW = 90;

  /** The statement the one-walk read replaced: a MATCH each for subject and agency. */
  private static final String FOUR_READS =
      """
      MATCH (e:Event)
      WHERE e.date <= $asOf AND ($windowStart < e.date OR e.type IN $historyTypes)
      MATCH (e)-[:ABOUT]->(c:Person)
      MATCH (e)-[:RECORDED_IN]->(a:Agency)
      RETURN e.id AS id, e.date AS date, e.type AS type, c.id AS subjectId, a.id AS agencyId,
             head([(e)-[:RECORDED_BY]->(r:Person) | r.id]) AS recordedBy,
             [(e)-[:PARTICIPANT]->(p:Person) | p.id] AS participants,
             e.subtype AS subtype, e.value AS value, e.requestedBy AS requestedBy,
             e.seenAlone AS seenAlone
      """;

  private static Store store;

  @BeforeAll
  static void eventsWithOddLinks() {
    store = SharedStore.clear();
    store.write(
        tx ->
            tx.run(
                    """
                    CREATE (c1:Person {id: 'c1', kind: 'CHILD'}),
                           (c2:Person {id: 'c2', kind: 'CHILD'}),
                           (p1:Person {id: 'p1', kind: 'PROFESSIONAL'}),
                           (p2:Person {id: 'p2', kind: 'PROFESSIONAL'}),
                           (a1:Agency {id: 'a1'}), (a2:Agency {id: 'a2'})
                    // An ordinary visit: recorder, two participants and an agency as participant.
                    CREATE (e1:Event {id: 'e1', date: date('2025-06-01'), type: 'VISIT',
                                      seenAlone: true})
                    CREATE (e1)-[:ABOUT]->(c1), (e1)-[:RECORDED_IN]->(a1),
                           (e1)-[:RECORDED_BY]->(p1), (e1)-[:PARTICIPANT]->(p1),
                           (e1)-[:PARTICIPANT]->(p2), (e1)-[:PARTICIPANT]->(a2)
                    // Two subjects and two agencies: four rows.
                    CREATE (e2:Event {id: 'e2', date: date('2025-05-01'), type: 'MEETING',
                                      subtype: 'STRATEGY'})
                    CREATE (e2)-[:ABOUT]->(c1), (e2)-[:ABOUT]->(c2),
                           (e2)-[:RECORDED_IN]->(a1), (e2)-[:RECORDED_IN]->(a2)
                    // No agency: no row.
                    CREATE (e3:Event {id: 'e3', date: date('2025-06-10'), type: 'CONTACT'})
                    CREATE (e3)-[:ABOUT]->(c1)
                    // Two recorders: the first only.
                    CREATE (e4:Event {id: 'e4', date: date('2025-06-11'), type: 'CONTACT',
                                      requestedBy: 'c1'})
                    CREATE (e4)-[:ABOUT]->(c2), (e4)-[:RECORDED_IN]->(a2),
                           (e4)-[:RECORDED_BY]->(p1), (e4)-[:RECORDED_BY]->(p2)
                    // Recorded by an agency, about an agency: the first has no recorder, the
                    // second no subject.
                    CREATE (e5:Event {id: 'e5', date: date('2025-06-12'), type: 'CONTACT'})
                    CREATE (e5)-[:ABOUT]->(c2), (e5)-[:RECORDED_IN]->(a1),
                           (e5)-[:RECORDED_BY]->(a1)
                    CREATE (e6:Event {id: 'e6', date: date('2025-06-13'), type: 'CONTACT'})
                    CREATE (e6)-[:ABOUT]->(a1), (e6)-[:RECORDED_IN]->(a1)
                    // Before the window: an assessment is read, a visit is not.
                    CREATE (e7:Event {id: 'e7', date: date('2024-01-05'), type: 'ASSESSMENT',
                                      value: 'NFA'})
                    CREATE (e7)-[:ABOUT]->(c1), (e7)-[:RECORDED_IN]->(a2),
                           (e7)-[:RECORDED_BY]->(p2)
                    CREATE (e8:Event {id: 'e8', date: date('2024-01-06'), type: 'VISIT'})
                    CREATE (e8)-[:ABOUT]->(c1), (e8)-[:RECORDED_IN]->(a2)
                    """,
                    Map.of())
                .consume());
  }

  @Test
  void shouldReadEachEventsRowsAsMatchingSubjectAndAgencyDoes() {
    List<Projection.EventRow> loaded = new ProjectionLoader(store).load(AS_OF, WINDOW).events();

    assertThat(sorted(loaded)).isEqualTo(sorted(fourReads()));
    assertThat(loaded)
        .extracting(r -> r.id() + " " + r.subjectId() + " " + r.agencyId())
        .containsExactlyInAnyOrder(
            "e1 c1 a1",
            "e2 c1 a1",
            "e2 c1 a2",
            "e2 c2 a1",
            "e2 c2 a2",
            "e4 c2 a2",
            "e5 c2 a1",
            "e7 c1 a2");
    Map<String, String> recorders = new java.util.TreeMap<>();
    loaded.forEach(r -> recorders.put(r.id(), String.valueOf(r.recordedBy())));
    assertThat(recorders)
        .containsEntry("e1", "p1")
        .containsEntry("e2", "null")
        .containsEntry("e5", "null")
        .containsEntry("e7", "p2");
    assertThat(recorders.get("e4")).isIn("p1", "p2");
    Projection.EventRow visit =
        loaded.stream().filter(r -> r.id().equals("e1")).findFirst().orElseThrow();
    assertThat(visit.participants()).containsExactlyInAnyOrder("p1", "p2");
    assertThat(visit.seenAlone()).isTrue();
  }

  private static List<Projection.EventRow> fourReads() {
    Map<String, Object> params =
        Map.of(
            "asOf",
            AS_OF,
            "windowStart",
            AS_OF.minusDays(WINDOW),
            "historyTypes",
            List.copyOf(Projection.HISTORY_TYPES));
    return store.read(
        tx ->
            tx.run(FOUR_READS, params)
                .list(
                    r ->
                        new Projection.EventRow(
                            r.get("id").asString(),
                            r.get("date").asLocalDate(),
                            r.get("type").asString(),
                            r.get("subjectId").asString(),
                            r.get("agencyId").asString(),
                            text(r.get("recordedBy")),
                            r.get("participants").asList(Value::asString),
                            text(r.get("subtype")),
                            text(r.get("value")),
                            text(r.get("requestedBy")),
                            r.get("seenAlone").isNull() ? null : r.get("seenAlone").asBoolean())));
  }

  private static String text(Value v) {
    return v.isNull() ? null : v.asString();
  }

  private static List<Projection.EventRow> sorted(List<Projection.EventRow> rows) {
    return rows.stream()
        .sorted(
            Comparator.comparing(Projection.EventRow::id)
                .thenComparing(Projection.EventRow::subjectId)
                .thenComparing(Projection.EventRow::agencyId))
        .toList();
  }
}
