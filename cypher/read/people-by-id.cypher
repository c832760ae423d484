// The kind and name of each person among $ids (ids that are not people's are left out): what the
// coded answers of a role that may not read person records need to replace.
MATCH (p:Person)
WHERE p.id IN $ids
RETURN p.id AS id, p.kind AS kind, p.name AS name
