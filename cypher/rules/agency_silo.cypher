// AGENCY_SILO (rules.md rule 5). Lesson: two agencies that work with the same children but never
// meet or share information about any of them are a silo; what one knows the other cannot use.
// First the involved agencies of every child and the pairs among them sharing at least
// $siloSharedChildren children; then, one agency x at a time, the agencies x talked to in the window
// (an INFORMATION_SHARED or MEETING event whose people include professionals of both), read once
// per x and kept out of the pair aggregation: carried through it as a grouping key, that list
// multiplied the transaction's memory by the number of pairs (4 GiB were not enough at 30,000
// children). The memory now grows with the pairs' shared children only. A one-child run uses
// rules/one-child/agency_silo.cypher instead, so $childId plays no part here.
MATCH (c:Child)
WITH c,
     // include fragments/involved-professionals
WITH c,
     // include fragments/involved-agencies
UNWIND agencies AS x
UNWIND agencies AS y
WITH c, x, y
WHERE x.id < y.id
WITH x, y, collect(c.id) AS shared
WHERE size(shared) >= $siloSharedChildren
WITH x, collect({agency: y, shared: shared}) AS candidates
WITH x, candidates,
     COLLECT {
       MATCH (x)<-[:MEMBER_OF]-(:Professional)<-[:RECORDED_BY|PARTICIPANT]-(e:Event)
       WHERE e.type IN ['INFORMATION_SHARED', 'MEETING'] AND $windowStart < e.date <= $asOf
       MATCH (e)-[:RECORDED_BY|PARTICIPANT]->(:Professional)-[:MEMBER_OF]->(z:Agency)
       WHERE z.id > x.id
       RETURN DISTINCT z.id
     } AS talked
UNWIND candidates AS candidate
WITH x, candidate
WHERE NOT candidate.agency.id IN talked
RETURN candidate.shared AS childIds,
       [x.id, candidate.agency.id] AS agencyIds,
       [] AS personIds,
       'MEDIUM' AS severity,
       {} AS details
