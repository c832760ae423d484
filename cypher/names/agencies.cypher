// Display names of agencies by id, for the messages of findings.
UNWIND $ids AS id
MATCH (a:Agency {id: id})
RETURN a.id AS id, a.name AS name
