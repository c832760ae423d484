// name: children-without-lead
// description: Children an agency's professionals are involved with on a date who have no lead professional from any agency.
// param: agencyId string - The agency whose children to look at.
// param: asOf date today The date the involvement must be active on.
//
// Without a lead nobody is sure to pull the agencies' worries together; the children with the
// most professionals come first because they need one most.
MATCH (:Agency {id: $agencyId})<-[:MEMBER_OF]-(p:Professional)-[t:INVOLVED]->(c:Child)
WHERE // include fragments/active-tie
WITH c, p
ORDER BY p.id
WITH c, collect(DISTINCT p.id) AS agencyProfessionalIds
WHERE NOT EXISTS {
  MATCH (:Professional)-[l:INVOLVED]->(c)
  WHERE l.lead = true
    AND // include fragments/active-tie(l AS t)
}
OPTIONAL MATCH (o:Professional)-[ot:INVOLVED]->(c)
WHERE // include fragments/active-tie(ot AS t)
WITH c, agencyProfessionalIds, count(DISTINCT o) AS involvedProfessionals
RETURN c.id AS childId, c.name AS child, involvedProfessionals, agencyProfessionalIds
ORDER BY involvedProfessionals DESC, childId
LIMIT 500
