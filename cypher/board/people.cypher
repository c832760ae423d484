// The people of a bounded selection of the board ($childIds, at most the board's cap): each child,
// its involved professionals (as of $asOf over the window) who are members of the selected agencies
// ($agencyIds), with whether an active INVOLVED tie makes them its lead, and its siblings among the
// selection by a SIBLING tie active on $asOf (each pair once, from the smaller id).
// By :Person as well as :Child, so that the id is looked up in the index of people.
UNWIND $childIds AS childId
MATCH (c:Person:Child {id: childId})
WITH c,
     // include fragments/involved-professionals
RETURN c.id AS id,
       c.name AS name,
       COLLECT {
         UNWIND professionals AS p
         MATCH (p)-[:MEMBER_OF]->(member:Agency)
         WHERE member.id IN $agencyIds
         OPTIONAL MATCH (p)-[t:INVOLVED]->(c)
         WHERE // include fragments/active-tie
         RETURN {id: p.id, name: p.name, agency: member.id, lead: coalesce(t.lead, false)}
       } AS professionals,
       COLLECT {
         MATCH (c)-[t:SIBLING]-(s:Child)
         WHERE s.id IN $childIds AND c.id < s.id AND // include fragments/active-tie
         RETURN DISTINCT s.id
       } AS siblings
ORDER BY id
