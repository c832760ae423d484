// Undo, step 1 of a batch of ties: gives updated ties back their old values.
MATCH (u:SgnetUndo {importId: $importId, seq: $seq})-[:BEFORE]->(b:SgnetBefore)
MATCH (:Person {id: u.from})-[t]->(:Person {id: u.to})
WHERE type(t) = u.type AND t.key = u.key
SET t = properties(b)
