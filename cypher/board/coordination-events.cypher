// For the agency coordination matrix: per pair of agencies (x < y), how many INFORMATION_SHARED or
// MEETING events dated in the window ($windowStart < date <= $asOf), about any child, had among
// their people (recorder and participants) professionals of both agencies.
MATCH (e:Event)
WHERE e.type IN ['INFORMATION_SHARED', 'MEETING'] AND $windowStart < e.date <= $asOf
MATCH (e)-[:RECORDED_BY|PARTICIPANT]->(:Professional)-[:MEMBER_OF]->(a:Agency)
WITH e, collect(DISTINCT a.id) AS present
UNWIND present AS x
UNWIND present AS y
WITH x, y
WHERE x < y
RETURN x, y, count(*) AS events
