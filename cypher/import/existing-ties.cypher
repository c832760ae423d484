// Which of these ties (by type, ends and key) are already in the store, by row number. The ends are
// found by the element ids the people of the import returned, then the tie between them.
UNWIND $rows AS row
MATCH (a:Person)
WHERE elementId(a) = row.fromEid
MATCH (b:Person)
WHERE elementId(b) = row.toEid
MATCH (a)-[t]->(b)
WHERE type(t) = row.type AND t.key = row.key
RETURN DISTINCT row.i AS i
