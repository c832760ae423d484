// Creates ties that are not yet in the store. A tie is identified by its type, its two people
// and its key (the start date, or '' when absent). Its ends are found by the element ids the
// people of the import returned.
UNWIND $rows AS row
MATCH (a:Person)
WHERE elementId(a) = row.fromEid
MATCH (b:Person)
WHERE elementId(b) = row.toEid
CREATE (a)-[t:$(row.type) {key: row.key}]->(b)
SET t += row.props
