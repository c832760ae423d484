// Undo, step 1 of a batch of agencies: gives updated agencies back their old values.
MATCH (u:SgnetUndo {importId: $importId, seq: $seq})-[:BEFORE]->(b:SgnetBefore)
MATCH (a:Agency {id: u.id})
SET a = properties(b)
