// Which of these agency ids are already in the store, with their element ids: a staged import keeps
// their old values; a row that links to an agency the bundle does not hold finds it here.
UNWIND $ids AS id
MATCH (a:Agency {id: id})
RETURN a.id AS id, elementId(a) AS eid
