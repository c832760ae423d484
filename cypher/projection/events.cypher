// JGraphT projection: the events of the window ($windowStart < date <= $asOf, read through the
// date index) with their subject, agency, recorder and participants, in one pass.
MATCH (e:Event)
WHERE $windowStart < e.date <= $asOf
MATCH (e)-[:ABOUT]->(c:Person)
MATCH (e)-[:RECORDED_IN]->(a:Agency)
RETURN e.id AS id, e.date AS date, e.type AS type, c.id AS subjectId, a.id AS agencyId,
       head([(e)-[:RECORDED_BY]->(r:Person) | r.id]) AS recordedBy,
       [(e)-[:PARTICIPANT]->(p:Person) | p.id] AS participants
