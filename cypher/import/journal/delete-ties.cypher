// Undo, step 2 of a batch of ties: deletes the ties it created.
MATCH (u:SgnetUndo {importId: $importId, seq: $seq, batch: true})
UNWIND range(0, size(coalesce(u.types, [])) - 1) AS i
MATCH (:Person {id: u.froms[i]})-[t]->(:Person {id: u.tos[i]})
WHERE type(t) = u.types[i] AND t.key = u.keys[i]
DELETE t
