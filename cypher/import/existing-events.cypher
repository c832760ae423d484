// Which of these event ids are already in the store: those rows update, the others are created.
UNWIND $ids AS id
MATCH (e:Event {id: id})
RETURN e.id AS id
