// PROFESSIONAL_OVERLOAD (rules.md rule 1). Lesson: a child surrounded by many motivated
// professionals is not thereby protected; past a point their number is itself a burden on the
// child and a sign that nobody holds the whole picture.
// The involved professionals and agencies (rules.md, Terms) are the shared definitions of
// fragments/involved-professionals and fragments/involved-agencies.
MATCH (c:Child)
WHERE $childId IS NULL OR c.id = $childId
WITH c,
     // include fragments/involved-professionals
WITH c, professionals,
     // include fragments/involved-agencies
WITH c, professionals, agencies,
     size(professionals) >= $overloadProfessionals AS manyProfessionals,
     size(agencies) >= $overloadAgencies AS manyAgencies
WHERE manyProfessionals OR manyAgencies
RETURN [c.id] AS childIds,
       [a IN agencies | a.id] AS agencyIds,
       [p IN professionals | p.id] AS personIds,
       CASE WHEN manyProfessionals AND manyAgencies THEN 'HIGH' ELSE 'MEDIUM' END AS severity,
       {} AS details
