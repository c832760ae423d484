// Creates chronology events that are not yet in the store, linked to their subject (ABOUT), the
// agency whose record they are (RECORDED_IN), their recorder (RECORDED_BY) and each distinct
// participant (PARTICIPANT). Those are found by the element ids the import's people and agencies
// returned, which is cheaper than a search of the id index per link.
UNWIND $rows AS row
MATCH (c:Person)
WHERE elementId(c) = row.subjectEid
MATCH (ag:Agency)
WHERE elementId(ag) = row.agencyEid
CREATE (e:Event {id: row.id})
SET e += row.props
CREATE (e)-[:ABOUT]->(c)
CREATE (e)-[:RECORDED_IN]->(ag)
WITH e, row
CALL {
  WITH e, row
  MATCH (by:Person)
  WHERE elementId(by) = row.recordedByEid
  CREATE (e)-[:RECORDED_BY]->(by)
}
CALL {
  WITH e, row
  UNWIND row.participantEids AS pid
  MATCH (p:Person)
  WHERE elementId(p) = pid
  CREATE (e)-[:PARTICIPANT]->(p)
}
