// Whether the store holds any agency, person or event before an import: rows of a kind the store
// holds none of are all new, so the import asks no questions about them. Counts come from the
// count store, not a scan.
CALL { MATCH (a:Agency) RETURN count(a) AS agencies }
CALL { MATCH (p:Person) RETURN count(p) AS people }
CALL { MATCH (e:Event) RETURN count(e) AS events }
RETURN agencies > 0 AS agencies, people > 0 AS people, events > 0 AS events
