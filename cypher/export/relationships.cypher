// Every relationship between agencies, people and events, in a stable order.
MATCH (a)-[r]->(b)
WHERE (a:Person OR a:Event) AND (b:Person OR b:Agency)
WITH a, r, b,
     CASE WHEN a:Person THEN 1 ELSE 2 END AS fromRank,
     CASE WHEN b:Agency THEN 0 ELSE 1 END AS toRank
RETURN type(r) AS type, fromRank, a.id AS fromId, toRank, b.id AS toId, properties(r) AS props
ORDER BY fromRank, fromId, type, toRank, toId, coalesce(r.key, '')
