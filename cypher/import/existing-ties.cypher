// Which of these ties (by type, ends and key) are already in the store, by row number.
UNWIND $rows AS row
MATCH (a:Person {id: row.from})-[t]->(b:Person {id: row.to})
WHERE type(t) = row.type AND t.key = row.key
RETURN DISTINCT row.i AS i
