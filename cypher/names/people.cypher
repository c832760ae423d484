// Display names of people by id, for the messages of findings.
MATCH (p:Person)
WHERE p.id IN $ids
RETURN p.id AS id, p.name AS name
