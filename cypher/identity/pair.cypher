// The two people of an identity decision, as identity matching needs them.
MATCH (p:Person)
WHERE p.id IN $ids
OPTIONAL MATCH (p)-[:MEMBER_OF]->(a:Agency)
RETURN p.id AS id, p.kind AS kind, p.name AS name, p.birthDate AS birthDate, a.id AS agencyId,
       p.role AS role, coalesce(p.identifiers, []) AS identifiers, p.postcode AS postcode,
       coalesce(p.provenance, []) AS provenance
