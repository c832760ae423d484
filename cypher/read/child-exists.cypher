// Whether a child has this id.
OPTIONAL MATCH (c:Person:Child {id: $childId})
RETURN c IS NOT NULL AS found
