// Keeps the values of agencies a batch is about to update, in the batch's own transaction.
UNWIND $ids AS id
MATCH (a:Agency {id: id})
CREATE (:SgnetUndo {importId: $importId, seq: $seq, kind: 'agencies', id: id})
       -[:BEFORE]->(b:SgnetBefore)
SET b = properties(a)
