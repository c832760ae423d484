// The batches an unfinished import committed, last first: the order in which they are undone.
MATCH (u:SgnetUndo {importId: $importId})
WHERE u.batch
RETURN u.seq AS seq, u.kind AS kind
ORDER BY seq DESC
