// For the agency coordination matrix: per pair of agencies (x < y), the children of whom both are
// involved agencies as of $asOf (rules.md: the agencies of the child's involved professionals —
// an INVOLVED tie active on $asOf, or the recorder or a participant of an event about the child in
// the window — and the agency of every event about the child in the window).
MATCH (c:Child)
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
       RETURN a.id AS id
       UNION
       MATCH (c)<-[:ABOUT]-(e:Event)-[:RECORDED_IN]->(a:Agency)
       WHERE $windowStart < e.date <= $asOf
       RETURN a.id AS id
     } AS agencies
UNWIND agencies AS x
UNWIND agencies AS y
WITH c, x, y
WHERE x < y
WITH x, y, c.id AS child
ORDER BY child
RETURN x, y, collect(child) AS children
