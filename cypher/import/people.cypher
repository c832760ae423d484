// Updates people already in the store: properties, the kind label (a kind may be corrected) and
// a professional's MEMBER_OF, replacing a link to an agency the row no longer names. Returns each
// person's element id, by which the ties and events of the import find them.
UNWIND $rows AS row
MERGE (p:Person {id: row.id})
SET p += row.props
WITH p, row, [l IN labels(p) WHERE l IN ['Child', 'Family', 'Carer', 'Professional', 'Other']
                                AND l <> row.label] AS stale
REMOVE p:$(stale)
SET p:$(row.label)
WITH p, row
CALL {
  WITH p, row
  MATCH (p)-[m:MEMBER_OF]->(old:Agency)
  WHERE row.agencyId IS NULL OR old.id <> row.agencyId
  DELETE m
}
WITH p, row
CALL {
  WITH p, row
  MATCH (a:Agency)
  WHERE elementId(a) = row.agencyEid
  MERGE (p)-[:MEMBER_OF]->(a)
}
RETURN row.id AS id, elementId(p) AS eid
