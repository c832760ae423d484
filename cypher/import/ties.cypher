// Updates ties already in the store (found by type, ends and key) with the row's properties.
UNWIND $rows AS row
MATCH (a:Person {id: row.from})
USING INDEX SEEK a:Person(id)
MATCH (b:Person {id: row.to})
USING INDEX SEEK b:Person(id)
MERGE (a)-[t:$(row.type) {key: row.key}]->(b)
SET t += row.props
