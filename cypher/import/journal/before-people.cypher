// Keeps the values, labels and agency of people a batch is about to update.
UNWIND $ids AS id
MATCH (p:Person {id: id})
WITH p, id, labels(p) AS labels, COLLECT { MATCH (p)-[:MEMBER_OF]->(a:Agency) RETURN a.id } AS memberOf
CREATE (:SgnetUndo {importId: $importId, seq: $seq, kind: 'people', id: id, labels: labels,
                    memberOf: memberOf})
       -[:BEFORE]->(b:SgnetBefore)
SET b = properties(p)
