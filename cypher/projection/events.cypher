// JGraphT projection: the events of the window ($windowStart < date <= $asOf) and, before it,
// those of the types the rules read at any date up to $asOf ($historyTypes), read through the
// date index, with their subject, agency, recorder, participants and typed fields, in one pass.
MATCH (e:Event)
WHERE e.date <= $asOf AND ($windowStart < e.date OR e.type IN $historyTypes)
MATCH (e)-[:ABOUT]->(c:Person)
MATCH (e)-[:RECORDED_IN]->(a:Agency)
RETURN e.id AS id, e.date AS date, e.type AS type, c.id AS subjectId, a.id AS agencyId,
       head([(e)-[:RECORDED_BY]->(r:Person) | r.id]) AS recordedBy,
       [(e)-[:PARTICIPANT]->(p:Person) | p.id] AS participants,
       e.subtype AS subtype, e.value AS value, e.requestedBy AS requestedBy,
       e.seenAlone AS seenAlone
