// Evidence for --explain: the source records the given people were built from (people of a case
// bundle have none and are left out).
MATCH (p:Person)
WHERE p.id IN $ids AND p.provenance IS NOT NULL
RETURN p.id AS id, p.provenance AS provenance
