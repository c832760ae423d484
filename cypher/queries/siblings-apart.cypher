// name: siblings-apart
// description: Siblings who live apart on a date: both have a placement then, and the two share no one they are placed with.
// param: asOf date today The date the sibling ties and placements must be active on.
//
// Siblings without a placement on record are left out: where they live is not known.
MATCH (a:Child)-[s:SIBLING]-(b:Child)
WHERE a.id < b.id
  AND // include fragments/active-tie(s AS t)
MATCH (a)-[pa:PLACED_WITH]->(ha:Person)
WHERE // include fragments/active-tie(pa AS t)
WITH a, b, collect(DISTINCT ha.id) AS homeA, collect(DISTINCT pa.legalBasis) AS basisA
MATCH (b)-[pb:PLACED_WITH]->(hb:Person)
WHERE // include fragments/active-tie(pb AS t)
WITH a, b, homeA, basisA, collect(DISTINCT hb.id) AS homeB, collect(DISTINCT pb.legalBasis) AS basisB
WHERE none(h IN homeA WHERE h IN homeB)
RETURN a.id AS childA, b.id AS childB, homeA AS placedWithA, basisA AS legalBasisA,
       homeB AS placedWithB, basisB AS legalBasisB
ORDER BY childA, childB
LIMIT 500
