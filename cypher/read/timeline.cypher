// A child's chronology up to $asOf (inclusive), oldest first, with each entry's agency,
// recorder and participants; $agencyId (null = all) keeps one agency's record.
MATCH (c:Person:Child {id: $childId})<-[:ABOUT]-(e:Event)-[:RECORDED_IN]->(a:Agency)
WHERE e.date <= $asOf AND ($agencyId IS NULL OR a.id = $agencyId)
OPTIONAL MATCH (e)-[:RECORDED_BY]->(by:Person)
WITH e, a, by
ORDER BY e.date, e.id
RETURN e.id AS id, e.date AS date, e.type AS type, e.subtype AS subtype, e.value AS value,
       e.requestedBy AS requestedBy, e.seenAlone AS seenAlone, e.summary AS summary,
       a.id AS agencyId, a.name AS agencyName,
       by.id AS recordedById, by.name AS recordedByName,
       e.participantIds AS participantIds,
       [(e)-[:PARTICIPANT]->(p:Person) | p {.id, .name, .kind}] AS participants
