// Makes person $b one with person $a, as an analyst confirmed: every tie, membership and event link
// of $b moves to $a (one link where both had one; a tie between the two goes), events that named $b
// as a participant name $a, $a takes the merged properties, and $b is removed. Ties keep their
// properties and key; a sibling tie is stored from the smaller id to the larger, as the import
// stores it.
MATCH (a:Person {id: $a}), (b:Person {id: $b})
CALL {
  WITH a, b
  MATCH (b)-[r]-(a)
  DELETE r
}
CALL {
  WITH a, b
  MATCH (b)-[r]->(x)
  WHERE type(r) <> 'SIBLING' AND r.key IS NOT NULL
  MERGE (a)-[n:$(type(r)) {key: r.key}]->(x)
  SET n += properties(r)
  DELETE r
}
CALL {
  WITH a, b
  MATCH (b)-[r]->(x)
  WHERE r.key IS NULL
  MERGE (a)-[n:$(type(r))]->(x)
  SET n += properties(r)
  DELETE r
}
CALL {
  WITH a, b
  MATCH (x)-[r]->(b)
  WHERE type(r) <> 'SIBLING' AND r.key IS NOT NULL
  MERGE (x)-[n:$(type(r)) {key: r.key}]->(a)
  SET n += properties(r)
  DELETE r
}
CALL {
  WITH a, b
  MATCH (x)-[r]->(b)
  WHERE r.key IS NULL
  MERGE (x)-[n:$(type(r))]->(a)
  SET n += properties(r)
  DELETE r
}
CALL {
  WITH a, b
  MATCH (b)-[r:SIBLING]-(x)
  WITH a, r, x, CASE WHEN a.id < x.id THEN [a, x] ELSE [x, a] END AS ends
  WITH a, r, ends[0] AS lo, ends[1] AS hi
  MERGE (lo)-[n:SIBLING {key: r.key}]->(hi)
  SET n += properties(r)
  DELETE r
}
CALL {
  WITH a, b
  MATCH (e:Event)
  WHERE b.id IN e.participantIds
  SET e.participantIds = reduce(ids = [], id IN e.participantIds |
    CASE WHEN (CASE WHEN id = b.id THEN a.id ELSE id END) IN ids THEN ids
         ELSE ids + (CASE WHEN id = b.id THEN a.id ELSE id END) END)
}
SET a += $props
DETACH DELETE b
RETURN a.id AS id
