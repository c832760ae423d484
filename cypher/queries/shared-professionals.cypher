// name: shared-professionals
// description: Professionals involved with at least minChildren children on a date, with the children they share.
// param: minChildren integer 2 The least number of children a professional must be involved with.
// param: asOf date today The date the involvement must be active on.
//
// A professional who knows several children can carry what one child's network learns to another,
// or hold more than anyone can follow.
MATCH (p:Professional)-[t:INVOLVED]->(c:Child)
WHERE // include fragments/active-tie
WITH p, c
ORDER BY c.id
WITH p, collect(DISTINCT c.id) AS childIds
WHERE size(childIds) >= $minChildren
OPTIONAL MATCH (p)-[:MEMBER_OF]->(a:Agency)
RETURN p.id AS professionalId, p.name AS professional, p.role AS role, a.id AS agencyId,
       size(childIds) AS children, childIds
ORDER BY children DESC, professionalId
LIMIT 500
