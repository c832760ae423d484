// Records, in the batch's own transaction, which rows the batch created: undoing the batch deletes
// them. A tie is named by four parallel lists (type, ends and key). Also shows the import is alive.
MATCH (i:SgnetImport {id: $importId})
SET i.heartbeat = datetime()
CREATE (:SgnetUndo {importId: $importId, seq: $seq, kind: $kind, batch: true, created: $created,
                    types: $types, froms: $froms, tos: $tos, keys: $keys})
