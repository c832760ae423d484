// Every relationship of the store with its type and properties, by the element ids of its ends.
MATCH (a)-[r]->(b)
RETURN elementId(a) AS from, elementId(b) AS to, type(r) AS type, properties(r) AS props
