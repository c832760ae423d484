// Upserts agencies by id: a later bundle with the same ids updates them in place.
UNWIND $rows AS row
MERGE (a:Agency {id: row.id})
SET a += row.props
