// name: s20-parental-engagement
// description: Children placed under section 20 on a date, with each parent holding parental responsibility and the last meeting, assessment or decision about the child that parent took part in.
// param: asOf date today The date the placement and parental responsibility must be active on.
//
// Section 20 placements rest on the parents' agreement, so parents who drop out of the decisions
// are a warning sign; those never engaged come first, then the longest since.
MATCH (c:Child)-[pl:PLACED_WITH]->(carer:Person)
WHERE pl.legalBasis = 'S20_VOLUNTARY'
  AND // include fragments/active-tie(pl AS t)
MATCH (parent:Person)-[pr:PARENT]->(c)
WHERE pr.parentalResponsibility = true
  AND // include fragments/active-tie(pr AS t)
OPTIONAL MATCH (c)<-[:ABOUT]-(e:Event)-[:PARTICIPANT]->(parent)
WHERE e.type IN ['MEETING', 'ASSESSMENT', 'DECISION'] AND e.date <= $asOf
WITH c, pl, carer, parent, e
ORDER BY e.date DESC, e.id DESC
WITH c, pl, carer, parent, collect(e)[0] AS last
RETURN c.id AS childId, c.name AS child, carer.id AS placedWithId, pl.start AS placedSince,
       parent.id AS parentId, parent.name AS parent, last.id AS lastEventId,
       last.date AS lastEngagement, last.type AS lastEngagementType,
       CASE WHEN last IS NULL THEN null ELSE duration.inDays(last.date, $asOf).days END
         AS daysSinceEngagement
ORDER BY lastEngagement IS NULL DESC, daysSinceEngagement DESC, childId, parentId
LIMIT 500
