// Which of these agency ids are already in the store: a staged import keeps their old values.
UNWIND $ids AS id
MATCH (a:Agency {id: id})
RETURN a.id AS id
