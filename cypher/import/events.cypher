// Updates chronology events already in the store and links each to its subject (ABOUT), the agency whose record
// it is (RECORDED_IN), its recorder (RECORDED_BY) and its participants (PARTICIPANT). Links that a
// newer row no longer names are removed, so re-importing the same rows changes nothing. The linked
// people and agency are found by the element ids the import's people and agencies returned.
UNWIND $rows AS row
MERGE (e:Event {id: row.id})
SET e += row.props
WITH e, row
CALL {
  WITH e, row
  MATCH (e)-[r:ABOUT|RECORDED_IN|RECORDED_BY|PARTICIPANT]->(n)
  WHERE (type(r) = 'ABOUT' AND n.id <> row.subjectId)
     OR (type(r) = 'RECORDED_IN' AND n.id <> row.agencyId)
     OR (type(r) = 'RECORDED_BY' AND (row.recordedBy IS NULL OR n.id <> row.recordedBy))
     OR (type(r) = 'PARTICIPANT' AND NOT n.id IN row.participants)
  DELETE r
}
WITH e, row
MATCH (c:Person)
WHERE elementId(c) = row.subjectEid
MATCH (ag:Agency)
WHERE elementId(ag) = row.agencyEid
MERGE (e)-[:ABOUT]->(c)
MERGE (e)-[:RECORDED_IN]->(ag)
WITH e, row
CALL {
  WITH e, row
  MATCH (by:Person)
  WHERE elementId(by) = row.recordedByEid
  MERGE (e)-[:RECORDED_BY]->(by)
}
CALL {
  WITH e, row
  UNWIND row.participantEids AS pid
  MATCH (p:Person)
  WHERE elementId(p) = pid
  MERGE (e)-[:PARTICIPANT]->(p)
}
