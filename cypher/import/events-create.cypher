// Creates chronology events that are not yet in the store, linked to their subject (ABOUT), the
// agency whose record they are (RECORDED_IN), their recorder (RECORDED_BY) and each distinct
// participant (PARTICIPANT).
UNWIND $rows AS row
MATCH (c:Person {id: row.subjectId})
MATCH (ag:Agency {id: row.agencyId})
CREATE (e:Event {id: row.id})
SET e += row.props
CREATE (e)-[:ABOUT]->(c)
CREATE (e)-[:RECORDED_IN]->(ag)
WITH e, row
CALL {
  WITH e, row
  MATCH (by:Person {id: row.recordedBy})
  CREATE (e)-[:RECORDED_BY]->(by)
}
CALL {
  WITH e, row
  UNWIND row.participants AS pid
  MATCH (p:Person {id: pid})
  CREATE (e)-[:PARTICIPANT]->(p)
}
