// One child's coordination picture as of $asOf over the window ($windowStart < date <= $asOf), by
// the definitions of rules.md: the involved professionals (INVOLVED active on $asOf, or recorder
// or participant of an event about the child in the window) with their agencies, the involved
// agencies (theirs and those of events about the child in the window), and the people of each
// INFORMATION_SHARED or MEETING event about the child in the window.
MATCH (c:Person:Child {id: $childId})
WITH c,
     // include fragments/involved-professionals
WITH c, professionals,
     // include fragments/involved-agencies
RETURN c.id AS childId,
       [p IN professionals |
         p {.id, .name, agencyId: head([(p)-[:MEMBER_OF]->(a:Agency) | a.id])}] AS professionals,
       [a IN agencies | a.id] AS agencies,
       COLLECT {
         MATCH (c)<-[:ABOUT]-(e:Event)
         WHERE e.type IN ['INFORMATION_SHARED', 'MEETING'] AND $windowStart < e.date <= $asOf
         RETURN [(e)-[:RECORDED_BY|PARTICIPANT]->(q:Professional) | q.id] AS people
       } AS gatherings
