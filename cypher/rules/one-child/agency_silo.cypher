// AGENCY_SILO (rules.md rule 5) for the one child of $childId: the same findings as
// rules/agency_silo.cypher restricted to those whose shared children include that child, without
// visiting every child. An agency x's children are found backwards from x: children that a
// professional of x is actively INVOLVED with, or appears on (recorder or participant) in an event
// about them within the window, and children with an event recorded in x within the window. That
// is exactly the set of children whose involved agencies include x, so the children shared by x
// and y are the intersection of their two sets.
MATCH (c:Child {id: $childId})
WITH c,
     // include fragments/involved-professionals
WITH c,
     // include fragments/involved-agencies
UNWIND agencies AS a
CALL (a) {
  RETURN COLLECT {
    MATCH (a)<-[:MEMBER_OF]-(p:Professional)-[t:INVOLVED]->(d:Child)
    WHERE // include fragments/active-tie
    RETURN d.id AS id
    UNION
    MATCH (a)<-[:MEMBER_OF]-(:Professional)<-[:RECORDED_BY|PARTICIPANT]-(e:Event)-[:ABOUT]->(d:Child)
    WHERE $windowStart < e.date <= $asOf
    RETURN d.id AS id
    UNION
    MATCH (a)<-[:RECORDED_IN]-(e:Event)-[:ABOUT]->(d:Child)
    WHERE $windowStart < e.date <= $asOf
    RETURN d.id AS id
  } AS children
}
WITH collect({agency: a, children: children}) AS involved
UNWIND involved AS x
UNWIND involved AS y
WITH x, y
WHERE x.agency.id < y.agency.id
WITH x.agency AS ax, y.agency AS ay, [d IN x.children WHERE d IN y.children] AS shared
WHERE size(shared) >= $siloSharedChildren
  AND NOT EXISTS {
    MATCH (ax)<-[:MEMBER_OF]-(:Professional)<-[:RECORDED_BY|PARTICIPANT]-(e:Event)
    WHERE e.type IN ['INFORMATION_SHARED', 'MEETING'] AND $windowStart < e.date <= $asOf
      AND EXISTS { (e)-[:RECORDED_BY|PARTICIPANT]->(:Professional)-[:MEMBER_OF]->(ay) }
  }
RETURN shared AS childIds,
       [ax.id, ay.id] AS agencyIds,
       [] AS personIds,
       'MEDIUM' AS severity,
       {} AS details
