// SINGLE_AGENCY_ASSESSMENT (rules.md rule 10). Lesson: an assessment written by one agency alone,
// while others know the child, misses their history and their view of the risk.
// The latest ASSESSMENT about the child in the window (ties go to the greater event id); its
// contributing agencies are its own agency_id and the agencies of its professional participants
// (the recorder does not count).
MATCH (e:Event)-[:ABOUT]->(c:Child)
WHERE e.type = 'ASSESSMENT' AND $windowStart < e.date <= $asOf
  AND ($childId IS NULL OR c.id = $childId)
WITH c, e
ORDER BY e.date DESC, e.id DESC
WITH c, head(collect(e)) AS latest
WHERE size(COLLECT {
    MATCH (latest)-[:RECORDED_IN]->(a:Agency)
    RETURN a.id AS id
    UNION
    MATCH (latest)-[:PARTICIPANT]->(:Professional)-[:MEMBER_OF]->(a:Agency)
    RETURN a.id AS id
  }) = 1
WITH c, latest,
     // include fragments/involved-professionals
WITH c, latest,
     // include fragments/involved-agencies
WHERE size(agencies) >= 2
RETURN [c.id] AS childIds,
       [] AS agencyIds,
       [] AS personIds,
       'MEDIUM' AS severity,
       {eventId: latest.id} AS details
