// Children, searched and paged: $q matches the id or the name (case-insensitive, null = all);
// $agencyId keeps the children an agency knows (a professional of it is or was INVOLVED, or it
// recorded an event about the child; null = all).
MATCH (c:Child)
WHERE ($q IS NULL OR toLower(c.name) CONTAINS toLower($q) OR toLower(c.id) CONTAINS toLower($q))
  AND ($agencyId IS NULL
       OR EXISTS { MATCH (c)<-[:INVOLVED]-(:Professional)-[:MEMBER_OF]->(:Agency {id: $agencyId}) }
       OR EXISTS { MATCH (c)<-[:ABOUT]-(:Event)-[:RECORDED_IN]->(:Agency {id: $agencyId}) })
WITH c ORDER BY c.id
WITH collect(c {.id, .name, .birthDate}) AS matched
RETURN size(matched) AS total, matched[$skip..($skip + $limit)] AS items
