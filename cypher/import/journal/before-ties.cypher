// Keeps the values of ties a batch is about to update (a tie is its type, ends and key).
UNWIND $rows AS row
MATCH (x:Person {id: row.from})
USING INDEX SEEK x:Person(id)
MATCH (y:Person {id: row.to})
USING INDEX SEEK y:Person(id)
MATCH (x)-[t]->(y)
WHERE type(t) = row.type AND t.key = row.key
CREATE (:SgnetUndo {importId: $importId, seq: $seq, kind: 'ties', type: row.type,
                    from: row.from, to: row.to, key: row.key})
       -[:BEFORE]->(b:SgnetBefore)
SET b = properties(t)
