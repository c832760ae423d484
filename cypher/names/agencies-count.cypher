// How many agencies the store holds (from the count store: no scan), to choose how to look names up.
MATCH (a:Agency)
RETURN count(a) AS count
