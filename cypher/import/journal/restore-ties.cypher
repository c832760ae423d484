// Undo, step 1 of a batch of ties: gives updated ties back their old values. Both ends are found
// by their id index before the tie between them (the hints: left to choose, the planner sometimes
// scanned the whole id index for one end per row).
MATCH (u:SgnetUndo {importId: $importId, seq: $seq})-[:BEFORE]->(b:SgnetBefore)
WITH b, u.type AS type, u.from AS from, u.to AS to, u.key AS key
MATCH (x:Person {id: from})
USING INDEX SEEK x:Person(id)
MATCH (y:Person {id: to})
USING INDEX SEEK y:Person(id)
MATCH (x)-[t]->(y)
WHERE type(t) = type AND t.key = key
SET t = properties(b)
