// Deletes up to $limit journal nodes of finished imports (an import whose SgnetImport node is
// gone); returns how many it deleted, so the caller repeats until none are left.
MATCH (u:SgnetUndo)
WHERE NOT EXISTS { MATCH (:SgnetImport {id: u.importId}) }
WITH u LIMIT $limit
OPTIONAL MATCH (u)-[:BEFORE]->(b:SgnetBefore)
DETACH DELETE u, b
RETURN count(*) AS deleted
