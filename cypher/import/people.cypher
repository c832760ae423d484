// Upserts people by id, with one label for their kind and MEMBER_OF to a professional's agency.
// Labels cannot be parameters, so each kind label is set by a FOREACH over a one- or zero-item list.
UNWIND $rows AS row
MERGE (p:Person {id: row.id})
SET p += row.props
REMOVE p:Child:Family:Carer:Professional:Other
FOREACH (_ IN CASE WHEN row.kind = 'CHILD' THEN [1] ELSE [] END | SET p:Child)
FOREACH (_ IN CASE WHEN row.kind = 'FAMILY' THEN [1] ELSE [] END | SET p:Family)
FOREACH (_ IN CASE WHEN row.kind = 'CARER' THEN [1] ELSE [] END | SET p:Carer)
FOREACH (_ IN CASE WHEN row.kind = 'PROFESSIONAL' THEN [1] ELSE [] END | SET p:Professional)
FOREACH (_ IN CASE WHEN row.kind = 'OTHER' THEN [1] ELSE [] END | SET p:Other)
WITH p, row
CALL {
  WITH p, row
  MATCH (p)-[m:MEMBER_OF]->(old:Agency)
  WHERE row.agencyId IS NULL OR old.id <> row.agencyId
  DELETE m
}
WITH p, row
WHERE row.agencyId IS NOT NULL
MATCH (a:Agency {id: row.agencyId})
MERGE (p)-[:MEMBER_OF]->(a)
