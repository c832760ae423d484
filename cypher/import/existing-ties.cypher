// Which of these ties (by type, ends and key) are already in the store, by row number.
// Both ends are found by their id index (the hints) before the tie between them: left to choose on
// a store still filling up, the planner sometimes found one end, expanded all its relationships and
// filtered on the other end's id, which made about one import in three three times slower. The
// journal's tie statements use the same shape for the same reason.
UNWIND $rows AS row
MATCH (a:Person {id: row.from})
USING INDEX SEEK a:Person(id)
MATCH (b:Person {id: row.to})
USING INDEX SEEK b:Person(id)
MATCH (a)-[t]->(b)
WHERE type(t) = row.type AND t.key = row.key
RETURN DISTINCT row.i AS i
