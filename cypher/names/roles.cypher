// Roles and agencies of people by id, for the evidence of --explain.
MATCH (p:Person)
WHERE p.id IN $ids
OPTIONAL MATCH (p)-[:MEMBER_OF]->(a:Agency)
RETURN p.id AS id, p.role AS role, a.id AS agencyId
