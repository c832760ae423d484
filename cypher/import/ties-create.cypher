// Creates ties that are not yet in the store. A tie is identified by its type, its two people
// and its key (the start date, or '' when absent).
UNWIND $rows AS row
MATCH (a:Person {id: row.from})
USING INDEX SEEK a:Person(id)
MATCH (b:Person {id: row.to})
USING INDEX SEEK b:Person(id)
CREATE (a)-[t:$(row.type) {key: row.key}]->(b)
SET t += row.props
