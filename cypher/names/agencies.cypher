// Display names of agencies by id, for the messages of findings.
MATCH (a:Agency)
WHERE a.id IN $ids
RETURN a.id AS id, a.name AS name
