// The id property of nodes given by element id: query results show a relationship's ends by id.
UNWIND $elementIds AS elementId
MATCH (n)
WHERE elementId(n) = elementId
RETURN elementId, n.id AS id
