// Display names of every agency, for the messages of findings that name a large share of them:
// reading all is then cheaper than looking each id up (see Analyzer#lookup).
MATCH (a:Agency)
RETURN a.id AS id, a.name AS name
