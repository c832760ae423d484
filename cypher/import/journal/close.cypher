// Ends an undone import. It takes the import's lock first, as a batch still being written does to
// record itself, so it sees every batch committed before it; it deletes the import only when none
// of its batches is left to undo, and says whether it did.
OPTIONAL MATCH (i:SgnetImport {id: $importId})
SET i.closing = true
WITH i, EXISTS { MATCH (u:SgnetUndo {importId: $importId}) WHERE u.batch } AS pending
FOREACH (x IN CASE WHEN i IS NOT NULL AND NOT pending THEN [i] ELSE [] END | DELETE x)
RETURN NOT pending AS closed
