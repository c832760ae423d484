// Undo, step 2 of a batch of people: deletes the people it created.
MATCH (u:SgnetUndo {importId: $importId, seq: $seq, batch: true})
UNWIND u.created AS id
MATCH (p:Person {id: id})
DETACH DELETE p
