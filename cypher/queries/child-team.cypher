// name: child-team
// description: The professionals involved with a child on a date, lead first, with their agency and the last event about the child they recorded or took part in.
// param: childId string - The child's id.
// param: asOf date today The date the involvement must be active on.
MATCH (:Person:Child {id: $childId})<-[t:INVOLVED]-(p:Professional)
WHERE // include fragments/active-tie
OPTIONAL MATCH (p)-[:MEMBER_OF]->(a:Agency)
OPTIONAL MATCH (:Person:Child {id: $childId})<-[:ABOUT]-(e:Event)-[:RECORDED_BY|PARTICIPANT]->(p)
WHERE e.date <= $asOf
WITH t, p, a, max(e.date) AS lastActive
RETURN p.id AS professionalId, p.name AS professional, p.role AS role, a.id AS agencyId,
       a.name AS agency, coalesce(t.lead, false) AS lead, t.start AS since, lastActive
ORDER BY lead DESC, agencyId, professionalId
LIMIT 200
