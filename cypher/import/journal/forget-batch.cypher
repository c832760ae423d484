// Deletes the journal of one batch, in the transaction that undid it, so an interrupted undo
// resumes where it stopped.
MATCH (u:SgnetUndo {importId: $importId, seq: $seq})
OPTIONAL MATCH (u)-[:BEFORE]->(b:SgnetBefore)
DETACH DELETE u, b
