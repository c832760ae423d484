// name: siblings-apart
// description: Siblings who live apart on a date: both have a placement then, and the two share no one they are placed with.
// param: asOf date today The date the sibling ties and placements must be active on.
//
// Siblings without a placement on record are left out: where they live is not known.
MATCH (a:Child)-[s:SIBLING]-(b:Child)
WHERE a.id < b.id
  AND (s.start IS NULL OR s.start <= $asOf) AND (s.end IS NULL OR s.end >= $asOf)
MATCH (a)-[pa:PLACED_WITH]->(ha:Person)
WHERE (pa.start IS NULL OR pa.start <= $asOf) AND (pa.end IS NULL OR pa.end >= $asOf)
WITH a, b, collect(DISTINCT ha.id) AS homeA, collect(DISTINCT pa.legalBasis) AS basisA
MATCH (b)-[pb:PLACED_WITH]->(hb:Person)
WHERE (pb.start IS NULL OR pb.start <= $asOf) AND (pb.end IS NULL OR pb.end >= $asOf)
WITH a, b, homeA, basisA, collect(DISTINCT hb.id) AS homeB, collect(DISTINCT pb.legalBasis) AS basisB
WHERE none(h IN homeA WHERE h IN homeB)
RETURN a.id AS childA, b.id AS childB, homeA AS placedWithA, basisA AS legalBasisA,
       homeB AS placedWithB, basisB AS legalBasisB
ORDER BY childA, childB
LIMIT 500
