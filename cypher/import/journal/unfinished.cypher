// Imports that started and neither finished nor were undone, with when they last wrote a batch.
MATCH (i:SgnetImport)
RETURN i.id AS importId, i.heartbeat AS heartbeat
ORDER BY i.started
