// Creates people that are not yet in the store, with their kind label and a professional's
// MEMBER_OF. Creating rather than merging spares an index lock and a lookup per row. Returns each
// person's element id, by which the ties and events of the import find them.
UNWIND $rows AS row
CREATE (p:Person:$(row.label) {id: row.id})
SET p += row.props
WITH p, row
CALL {
  WITH p, row
  MATCH (a:Agency)
  WHERE elementId(a) = row.agencyEid
  CREATE (p)-[:MEMBER_OF]->(a)
}
RETURN row.id AS id, elementId(p) AS eid
