// Which of these person ids are already in the store: those rows update, the others are created.
UNWIND $ids AS id
MATCH (p:Person {id: id})
RETURN p.id AS id
