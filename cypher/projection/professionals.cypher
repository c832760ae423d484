// JGraphT projection: every professional with their agency, in one pass.
MATCH (p:Professional)-[:MEMBER_OF]->(a:Agency)
RETURN p.id AS id, a.id AS agencyId
