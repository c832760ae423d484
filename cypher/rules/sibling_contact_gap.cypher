// SIBLING_CONTACT_GAP (rules.md rule 6). Lesson: brothers and sisters who live apart lose each
// other unless contact is kept up on purpose; a sibling tie with no contact in the window is a
// relationship fading unnoticed, most urgently when a child is privately fostered or has asked.
// A SIBLING tie is stored once (either way round) and read here as undirected, one row a pair.
// Two children live apart when each has an active PLACED_WITH and no person is the home of both.
MATCH (a:Child)-[s:SIBLING]-(b:Child)
WHERE a.id < b.id
  AND // include fragments/active-tie(s AS t)
  AND ($childId IS NULL OR a.id = $childId OR b.id = $childId)
WITH DISTINCT a, b
WITH a, b,
     COLLECT {
       MATCH (a)-[t:PLACED_WITH]->(h)
       WHERE // include fragments/active-tie
       RETURN t
     } AS placementsA,
     COLLECT {
       MATCH (b)-[t:PLACED_WITH]->(h)
       WHERE // include fragments/active-tie
       RETURN t
     } AS placementsB
WHERE size(placementsA) > 0 AND size(placementsB) > 0
  AND none(x IN placementsA WHERE any(y IN placementsB WHERE endNode(x) = endNode(y)))
  AND NOT EXISTS {
    MATCH (a)<-[:ABOUT]-(k:Event)-[:PARTICIPANT]->(b)
    WHERE k.type = 'CONTACT' AND $windowStart < k.date <= $asOf
  }
  AND NOT EXISTS {
    MATCH (b)<-[:ABOUT]-(k:Event)-[:PARTICIPANT]->(a)
    WHERE k.type = 'CONTACT' AND $windowStart < k.date <= $asOf
  }
WITH a, b,
     any(t IN placementsA + placementsB WHERE t.legalBasis = 'PRIVATE_FOSTERING') AS privateFostering,
     EXISTS {
       MATCH (a)<-[:ABOUT]-(r:Event)-[:PARTICIPANT]->(b)
       WHERE r.type = 'REQUEST' AND $windowStart < r.date <= $asOf
     } OR EXISTS {
       MATCH (b)<-[:ABOUT]-(r:Event)-[:PARTICIPANT]->(a)
       WHERE r.type = 'REQUEST' AND $windowStart < r.date <= $asOf
     } AS asked
RETURN [a.id, b.id] AS childIds,
       [] AS agencyIds,
       [] AS personIds,
       CASE WHEN privateFostering OR asked THEN 'HIGH' ELSE 'MEDIUM' END AS severity,
       {} AS details
