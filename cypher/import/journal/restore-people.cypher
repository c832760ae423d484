// Undo, step 1 of a batch of people: old values, old kind label and old agency.
MATCH (u:SgnetUndo {importId: $importId, seq: $seq})-[:BEFORE]->(b:SgnetBefore)
MATCH (p:Person {id: u.id})
SET p = properties(b)
REMOVE p:Child:Family:Carer:Professional:Other
SET p:$(u.labels)
WITH p, u
CALL (p) {
  MATCH (p)-[m:MEMBER_OF]->()
  DELETE m
}
WITH p, u
UNWIND u.memberOf AS agencyId
MATCH (a:Agency {id: agencyId})
CREATE (p)-[:MEMBER_OF]->(a)
