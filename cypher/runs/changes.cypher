// The changes after a cursor, in order, at most $limit of them.
MATCH (c:SgnetFindingChange)
WHERE c.seq > $after
RETURN c {.*} AS change
ORDER BY c.seq
LIMIT $limit
