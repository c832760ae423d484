// Undo, step 2 of a batch of events: deletes the events it created.
MATCH (u:SgnetUndo {importId: $importId, seq: $seq, batch: true})
UNWIND u.created AS id
MATCH (e:Event {id: id})
DETACH DELETE e
