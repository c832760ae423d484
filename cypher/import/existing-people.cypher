// Which of these person ids are already in the store, with their element ids: those rows update,
// the others are created; a row that links to a person the bundle does not hold finds them here.
UNWIND $ids AS id
MATCH (p:Person {id: id})
RETURN p.id AS id, elementId(p) AS eid
