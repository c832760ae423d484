// Updates ties already in the store (found by type, ends and key) with the row's properties. The
// ends are found by the element ids the people of the import returned.
UNWIND $rows AS row
MATCH (a:Person)
WHERE elementId(a) = row.fromEid
MATCH (b:Person)
WHERE elementId(b) = row.toEid
MERGE (a)-[t:$(row.type) {key: row.key}]->(b)
SET t += row.props
