// For the agency coordination matrix: per pair of agencies (x < y), the children of whom both are
// involved agencies as of $asOf over the window (rules.md, Terms; fragments/involved-agencies).
MATCH (c:Child)
WITH c,
     // include fragments/involved-professionals
WITH c,
     // include fragments/involved-agencies
UNWIND agencies AS x
UNWIND agencies AS y
WITH c, x, y
WHERE x.id < y.id
WITH x.id AS x, y.id AS y, c.id AS child
ORDER BY child
RETURN x, y, collect(child) AS children
