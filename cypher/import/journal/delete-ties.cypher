// Undo, step 2 of a batch of ties: deletes the ties it created. Both ends are found by their id
// index before the tie between them (the hints: left to choose, the planner sometimes scanned the
// whole id index for one end per row).
MATCH (u:SgnetUndo {importId: $importId, seq: $seq, batch: true})
UNWIND range(0, size(coalesce(u.types, [])) - 1) AS i
WITH u.types[i] AS type, u.froms[i] AS from, u.tos[i] AS to, u.keys[i] AS key
MATCH (x:Person {id: from})
USING INDEX SEEK x:Person(id)
MATCH (y:Person {id: to})
USING INDEX SEEK y:Person(id)
MATCH (x)-[t]->(y)
WHERE type(t) = type AND t.key = key
DELETE t
