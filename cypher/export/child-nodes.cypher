// The part of the network about one child, for a child's export: the child, everyone tied to the
// child, every event about the child, the people those events name, and the agencies of all of
// them. Same columns and order as export/nodes.cypher.
MATCH (c:Person:Child {id: $childId})
CALL {
  WITH c
  MATCH (c)-[:SIBLING|PARENT|PLACED_WITH|INVOLVED]-(p:Person) RETURN p AS n
  UNION
  WITH c
  MATCH (c)<-[:ABOUT]-(e:Event) RETURN e AS n
  UNION
  WITH c
  MATCH (c)<-[:ABOUT]-(:Event)-[:RECORDED_BY|PARTICIPANT]->(p:Person) RETURN p AS n
  UNION
  WITH c
  RETURN c AS n
}
WITH collect(DISTINCT n) AS inner
CALL {
  WITH inner
  UNWIND inner AS n
  MATCH (n)-[:MEMBER_OF|RECORDED_IN]->(a:Agency)
  RETURN collect(DISTINCT a) AS agencies
}
UNWIND inner + agencies AS n
WITH DISTINCT n
WITH n, CASE WHEN n:Agency THEN 0 WHEN n:Person THEN 1 ELSE 2 END AS rank
RETURN rank, [l IN labels(n) WHERE l <> 'Person' AND l <> 'Agency' AND l <> 'Event'] AS kinds,
       properties(n) AS props
ORDER BY rank, n.id
