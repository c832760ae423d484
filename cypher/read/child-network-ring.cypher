// The second ring of a child's network as of $asOf: ties active that day between the people of
// the first ring ($ids) and anyone else, with the professionals' agencies.
UNWIND $ids AS pid
MATCH (p:Person {id: pid})-[t:SIBLING|PARENT|PLACED_WITH|INVOLVED]-(q:Person)
WHERE // include fragments/active-tie
  AND q.id <> $childId
OPTIONAL MATCH (q)-[:MEMBER_OF]->(a:Agency)
RETURN DISTINCT type(t) AS type, startNode(t).id AS fromId, endNode(t).id AS toId,
       t.start AS start, t.end AS end, t.legalBasis AS legalBasis,
       t.parentalResponsibility AS parentalResponsibility, t.lead AS lead,
       q {.id, .name, .kind, .role} AS person,
       CASE WHEN a IS NULL THEN null ELSE a {.id, .name, .sector} END AS agency
