// A child's network as of $asOf: the child, everyone tied to the child by a tie active on that
// date (siblings either way round, parents, placements, involved professionals) and the agencies
// of those professionals.
MATCH (c:Person:Child {id: $childId})
OPTIONAL MATCH (c)-[t:SIBLING|PARENT|PLACED_WITH|INVOLVED]-(p:Person)
WHERE // include fragments/active-tie
OPTIONAL MATCH (p)-[:MEMBER_OF]->(a:Agency)
RETURN c {.id, .name, .kind} AS child,
       collect(CASE WHEN t IS NULL THEN null ELSE {
         type: type(t), fromId: startNode(t).id, toId: endNode(t).id,
         start: t.start, end: t.end, legalBasis: t.legalBasis,
         parentalResponsibility: t.parentalResponsibility, lead: t.lead,
         person: p {.id, .name, .kind, .role},
         agency: CASE WHEN a IS NULL THEN null ELSE a {.id, .name, .sector} END
       } END) AS ties
