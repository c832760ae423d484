// Upserts agencies by id: a later bundle with the same ids updates them in place. Returns each
// agency's element id, by which the people and events of the import find it.
UNWIND $rows AS row
MERGE (a:Agency {id: row.id})
SET a += row.props
RETURN row.id AS id, elementId(a) AS eid
