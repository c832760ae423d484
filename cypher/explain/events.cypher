// Evidence for --explain: the events about the given children dated up to $asOf, with their
// agency, recorder and participants (ordered as recorded), oldest first. The date is projected
// once before filtering and sorting on it (Neo4j 5.26's planner rejects the plan otherwise).
MATCH (c:Child)
WHERE c.id IN $childIds
MATCH (e:Event)-[:ABOUT]->(c)
WITH e, c, e.date AS date, e.id AS id
WHERE date <= $asOf
MATCH (e)-[:RECORDED_IN]->(a:Agency)
WITH e, c, a, date, id
ORDER BY date, id
RETURN id, date, e.type AS type, e.subtype AS subtype, e.value AS value,
       e.requestedBy AS requestedBy, e.seenAlone AS seenAlone, c.id AS subjectId,
       a.id AS agencyId, head([(e)-[:RECORDED_BY]->(r:Person) | r.id]) AS recordedBy,
       coalesce(e.participantIds, []) AS participants, coalesce(e.provenance, []) AS provenance
