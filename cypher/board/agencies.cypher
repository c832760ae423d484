// The agencies of the coordination matrix, by id.
MATCH (a:Agency)
RETURN a.id AS id, a.name AS name, a.sector AS sector
ORDER BY id
