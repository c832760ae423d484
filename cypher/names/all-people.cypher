// Display names of every person, for the messages of findings that name a large share of them:
// reading all is then cheaper than looking each id up (see Analyzer#lookup).
MATCH (p:Person)
RETURN p.id AS id, p.name AS name
