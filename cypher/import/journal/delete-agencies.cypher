// Undo, step 2 of a batch of agencies: deletes the agencies it created.
MATCH (u:SgnetUndo {importId: $importId, seq: $seq, batch: true})
UNWIND u.created AS id
MATCH (a:Agency {id: id})
DETACH DELETE a
