// Undo, step 1 of a batch of events: old values and old links.
MATCH (u:SgnetUndo {importId: $importId, seq: $seq})-[:BEFORE]->(b:SgnetBefore)
MATCH (e:Event {id: u.id})
SET e = properties(b)
WITH e, u
CALL (e) {
  MATCH (e)-[r:ABOUT|RECORDED_IN|RECORDED_BY|PARTICIPANT]->()
  DELETE r
}
CALL (e, u) {
  UNWIND u.about AS id
  MATCH (n:Person {id: id})
  CREATE (e)-[:ABOUT]->(n)
}
CALL (e, u) {
  UNWIND u.recordedIn AS id
  MATCH (n:Agency {id: id})
  CREATE (e)-[:RECORDED_IN]->(n)
}
CALL (e, u) {
  UNWIND u.recordedBy AS id
  MATCH (n:Person {id: id})
  CREATE (e)-[:RECORDED_BY]->(n)
}
CALL (e, u) {
  UNWIND u.participants AS id
  MATCH (n:Person {id: id})
  CREATE (e)-[:PARTICIPANT]->(n)
}
