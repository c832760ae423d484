// Every agency, person and event with its labels and properties, in a stable order
// (agencies, then people, then events, each by id) so that two exports of one store are equal.
MATCH (n)
WHERE n:Agency OR n:Person OR n:Event
WITH n, CASE WHEN n:Agency THEN 0 WHEN n:Person THEN 1 ELSE 2 END AS rank
RETURN rank, [l IN labels(n) WHERE l <> 'Person' AND l <> 'Agency' AND l <> 'Event'] AS kinds,
       properties(n) AS props
ORDER BY rank, n.id
