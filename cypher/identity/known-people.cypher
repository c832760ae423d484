// The people that sources built (those with identifiers), as identity matching needs them: a
// source record that shares an identifier with one of them is that person.
MATCH (p:Person)
WHERE p.identifiers IS NOT NULL
OPTIONAL MATCH (p)-[:MEMBER_OF]->(a:Agency)
RETURN p.id AS id, p.kind AS kind, p.name AS name, p.birthDate AS birthDate, a.id AS agencyId,
       p.role AS role, p.identifiers AS identifiers, p.postcode AS postcode,
       p.provenance AS provenance
