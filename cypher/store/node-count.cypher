// How many nodes the store holds (from the count store: no scan). An import that made a tenth of
// them or more moved the statistics the store's plans were made on (see after-import.cypher).
MATCH (n)
RETURN count(n) AS nodes
