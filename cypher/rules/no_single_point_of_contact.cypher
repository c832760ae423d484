// NO_SINGLE_POINT_OF_CONTACT (rules.md rule 2). Lesson: when several agencies work with a child
// and nobody is named as the lead, the child and family have no single point of contact and
// every agency can assume that another one is coordinating.
MATCH (c:Child)
WHERE ($childId IS NULL OR c.id = $childId)
  AND NOT EXISTS {
    MATCH (:Professional)-[t:INVOLVED]->(c)
    WHERE t.lead = true
      AND // include fragments/active-tie
  }
WITH c,
     // include fragments/involved-professionals
WITH c,
     // include fragments/involved-agencies
WHERE size(agencies) >= $spocAgencies
RETURN [c.id] AS childIds,
       [a IN agencies | a.id] AS agencyIds,
       [] AS personIds,
       'MEDIUM' AS severity,
       {} AS details
