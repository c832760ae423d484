// The relationships between the given people ($personIds), events ($eventIds) and agencies
// ($agencyIds), for a partial export. Same columns and order as export/relationships.cypher.
CALL {
  UNWIND $personIds AS pid
  MATCH (a:Person {id: pid})-[r]->(b)
  WHERE (b:Person AND b.id IN $personIds) OR (b:Agency AND b.id IN $agencyIds)
  RETURN a, r, b
  UNION ALL
  UNWIND $eventIds AS eid
  MATCH (a:Event {id: eid})-[r]->(b)
  WHERE (b:Person AND b.id IN $personIds) OR (b:Agency AND b.id IN $agencyIds)
  RETURN a, r, b
}
WITH a, r, b,
     CASE WHEN a:Person THEN 1 ELSE 2 END AS fromRank,
     CASE WHEN b:Agency THEN 0 ELSE 1 END AS toRank
RETURN type(r) AS type, fromRank, a.id AS fromId, toRank, b.id AS toId, properties(r) AS props
ORDER BY fromRank, fromId, type, toRank, toId, coalesce(r.key, '')
