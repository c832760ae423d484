// AGENCY_SILO (rules.md rule 5). Lesson: two agencies that work with the same children but never
// meet or share information about any of them are a silo; what one knows the other cannot use.
// First the agency pairs that did talk in the window (an INFORMATION_SHARED or MEETING event about
// any child whose people include professionals of both), then the involved agencies of every
// child, then the pairs sharing at least $siloSharedChildren children that never talked.
CALL () {
  MATCH (e:Event)
  WHERE e.type IN ['INFORMATION_SHARED', 'MEETING'] AND $windowStart < e.date <= $asOf
  MATCH (e)-[:RECORDED_BY|PARTICIPANT]->(:Professional)-[:MEMBER_OF]->(a:Agency)
  WITH e, collect(DISTINCT a.id) AS present
  UNWIND present AS x
  UNWIND present AS y
  WITH x, y
  WHERE x < y
  RETURN collect(DISTINCT [x, y]) AS talked
}
MATCH (c:Child)
WITH talked, c,
     COLLECT {
       MATCH (p:Professional)-[t:INVOLVED]->(c)
       WHERE (t.start IS NULL OR t.start <= $asOf) AND (t.end IS NULL OR t.end >= $asOf)
       RETURN p
       UNION
       MATCH (c)<-[:ABOUT]-(e:Event)-[:RECORDED_BY|PARTICIPANT]->(p:Professional)
       WHERE $windowStart < e.date <= $asOf
       RETURN p
     } AS professionals
WITH talked, c,
     COLLECT {
       UNWIND professionals AS p
       MATCH (p)-[:MEMBER_OF]->(a:Agency)
       RETURN a.id AS id
       UNION
       MATCH (c)<-[:ABOUT]-(e:Event)-[:RECORDED_IN]->(a:Agency)
       WHERE $windowStart < e.date <= $asOf
       RETURN a.id AS id
     } AS agencies
UNWIND agencies AS x
UNWIND agencies AS y
WITH talked, c, x, y
WHERE x < y
WITH talked, x, y, collect(c.id) AS shared
WHERE size(shared) >= $siloSharedChildren
  AND ($childId IS NULL OR $childId IN shared)
  AND NOT [x, y] IN talked
RETURN shared AS childIds,
       [x, y] AS agencyIds,
       [] AS personIds,
       'MEDIUM' AS severity,
       {} AS details
