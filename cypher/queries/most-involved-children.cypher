// name: most-involved-children
// description: Children with the most involved professionals on a date, with how many agencies those come from and how many lead.
// param: asOf date today The date the involvement must be active on.
// param: top integer 20 How many children to list.
MATCH (p:Professional)-[t:INVOLVED]->(c:Child)
WHERE // include fragments/active-tie
OPTIONAL MATCH (p)-[:MEMBER_OF]->(a:Agency)
WITH c, count(DISTINCT p) AS professionals, count(DISTINCT a) AS agencies,
     count(DISTINCT CASE WHEN t.lead = true THEN p END) AS leads
RETURN c.id AS childId, c.name AS child, professionals, agencies, leads
ORDER BY professionals DESC, agencies DESC, childId
LIMIT $top
