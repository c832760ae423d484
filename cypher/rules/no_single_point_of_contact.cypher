// NO_SINGLE_POINT_OF_CONTACT (rules.md rule 2). Lesson: when several agencies work with a child
// and nobody is named as the lead, the child and family have no single point of contact and
// every agency can assume that another one is coordinating.
MATCH (c:Child)
WHERE ($childId IS NULL OR c.id = $childId)
  AND NOT EXISTS {
    MATCH (:Professional)-[t:INVOLVED]->(c)
    WHERE t.lead = true
      AND (t.start IS NULL OR t.start <= $asOf) AND (t.end IS NULL OR t.end >= $asOf)
  }
WITH c,
     COLLECT {
       MATCH (p:Professional)-[t:INVOLVED]->(c)
       WHERE (t.start IS NULL OR t.start <= $asOf) AND (t.end IS NULL OR t.end >= $asOf)
       RETURN p
       UNION
       MATCH (c)<-[:ABOUT]-(e:Event)-[:RECORDED_BY|PARTICIPANT]->(p:Professional)
       WHERE $windowStart < e.date <= $asOf
       RETURN p
     } AS professionals
WITH c,
     COLLECT {
       UNWIND professionals AS p
       MATCH (p)-[:MEMBER_OF]->(a:Agency)
       RETURN a
       UNION
       MATCH (c)<-[:ABOUT]-(e:Event)-[:RECORDED_IN]->(a:Agency)
       WHERE $windowStart < e.date <= $asOf
       RETURN a
     } AS agencies
WHERE size(agencies) >= $spocAgencies
RETURN [c.id] AS childIds,
       [a IN agencies | a.id] AS agencyIds,
       [] AS personIds,
       'MEDIUM' AS severity,
       {} AS details
