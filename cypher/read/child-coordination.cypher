// One child's coordination picture as of $asOf over the window ($windowStart < date <= $asOf), by
// the definitions of rules.md: the involved professionals (INVOLVED active on $asOf, or recorder
// or participant of an event about the child in the window) with their agencies, the involved
// agencies (theirs and those of events about the child in the window), and the people of each
// INFORMATION_SHARED or MEETING event about the child in the window.
MATCH (c:Person:Child {id: $childId})
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
RETURN c.id AS childId,
       [p IN professionals |
         p {.id, .name, agencyId: head([(p)-[:MEMBER_OF]->(a:Agency) | a.id])}] AS professionals,
       COLLECT {
         UNWIND professionals AS p
         MATCH (p)-[:MEMBER_OF]->(a:Agency)
         RETURN a.id AS id
         UNION
         MATCH (c)<-[:ABOUT]-(e:Event)-[:RECORDED_IN]->(a:Agency)
         WHERE $windowStart < e.date <= $asOf
         RETURN a.id AS id
       } AS agencies,
       COLLECT {
         MATCH (c)<-[:ABOUT]-(e:Event)
         WHERE e.type IN ['INFORMATION_SHARED', 'MEETING'] AND $windowStart < e.date <= $asOf
         RETURN [(e)-[:RECORDED_BY|PARTICIPANT]->(q:Professional) | q.id] AS people
       } AS gatherings
