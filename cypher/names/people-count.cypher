// How many people the store holds (from the count store: no scan), to choose how to look names up.
MATCH (p:Person)
RETURN count(p) AS count
