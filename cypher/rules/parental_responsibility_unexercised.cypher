// PARENTAL_RESPONSIBILITY_UNEXERCISED (rules.md rule 15). Lesson: a child accommodated by
// agreement (section 20) still has parents who hold parental responsibility; when they take no
// part in meetings, assessments or decisions, that responsibility is left unexercised and nobody
// is deciding for the child. Contact alone is not exercising responsibility.
// Holders: people with a PARENT tie to the child active on $asOf and parentalResponsibility true.
// daysSinceEngagement counts from the latest MEETING, ASSESSMENT or DECISION about the child up
// to $asOf (at any time) with a holder among its participants; null when there is none.
MATCH (c:Child)-[t:PLACED_WITH]->()
WHERE t.legalBasis = 'S20_VOLUNTARY'
  AND // include fragments/active-tie
  AND ($childId IS NULL OR c.id = $childId)
WITH DISTINCT c
WITH c,
     COLLECT {
       MATCH (h:Person)-[p:PARENT]->(c)
       WHERE p.parentalResponsibility = true
         AND // include fragments/active-tie(p AS t)
       RETURN DISTINCT h
     } AS holders
WHERE NOT EXISTS {
  MATCH (c)<-[:ABOUT]-(e:Event)-[:PARTICIPANT]->(h)
  WHERE e.type IN ['MEETING', 'ASSESSMENT', 'DECISION'] AND $windowStart < e.date <= $asOf
    AND h IN holders
}
WITH c, holders,
     COLLECT {
       MATCH (c)<-[:ABOUT]-(e:Event)-[:PARTICIPANT]->(h)
       WHERE e.type IN ['MEETING', 'ASSESSMENT', 'DECISION'] AND e.date <= $asOf
         AND h IN holders
       RETURN max(e.date) AS last
     }[0] AS last
RETURN [c.id] AS childIds,
       [] AS agencyIds,
       [h IN holders | h.id] AS personIds,
       'HIGH' AS severity,
       {daysSinceEngagement:
          CASE WHEN last IS NULL THEN null ELSE duration.inDays(last, $asOf).days END}
         AS details
